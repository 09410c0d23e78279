import { Text } from '@mantine/core';
import styles from './review.module.css';

/**
 * Text from the log as people typed it: line breaks kept, rendered as text (never as HTML).
 * Empty text says so in words.
 */
export function PlainText({ text, empty }: { text: string; empty: string }) {
  if (text.trim() === '') return <Text fs="italic">{empty}</Text>;
  return <Text className={styles.plainText}>{text}</Text>;
}
