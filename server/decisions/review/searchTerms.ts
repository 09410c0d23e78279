import type { SearchTerms } from '../../../db/queries/review';

/** A run of letters and digits (with combining marks) at the end of the text. */
const LAST_WORD = /[\p{L}\p{M}\p{N}]+$/u;

/**
 * Prepares a search for the database, or null when there is nothing to search for (no letter
 * or digit at all). The last word also counts as a prefix, since people type partial words,
 * unless it is excluded (`-word`) or inside an open "quoted phrase".
 */
export function toSearchTerms(q: string | undefined): SearchTerms | null {
  const text = (q ?? '').normalize('NFC').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const word = LAST_WORD.exec(text)?.[0];
  if (!word) return { text, prefix: null };
  const head = text.slice(0, text.length - word.length);
  const excluded = /(^|\s)-$/.test(head);
  const inPhrase = (head.match(/"/g)?.length ?? 0) % 2 === 1;
  if (excluded || inPhrase || !/[\p{L}\p{N}]/u.test(word)) return { text, prefix: null };
  return { text, prefix: { head, word: word.toLowerCase() } };
}
