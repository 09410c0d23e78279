import { Text } from '@mantine/core';
import { looksLikeFullName } from '../../shared/purpose/purposeDoc';

/**
 * A gentle privacy nudge under the "Initials or group" field. The live region is always
 * present so that screen readers announce the hint when it appears; it never blocks saving.
 */
export function FullNameHint({ id, label }: { id: string; label: string }) {
  return (
    <div id={id} aria-live="polite">
      {looksLikeFullName(label) && (
        <Text size="sm" c="orange.9" mt={4}>
          This looks like a full name. For privacy, use initials (such as “M.L.”) or a group (such
          as “6th grade multilingual learners”).
        </Text>
      )}
    </div>
  );
}
