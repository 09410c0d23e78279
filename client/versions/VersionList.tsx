import { Button, Group, List, Stack, Text } from '@mantine/core';
import type { VersionSummary } from '../../shared/api/versions';
import { CURRENT, type ComparePair } from './CompareForm';
import { versionTitle } from './versionLabels';
import { VersionMeta } from './VersionMeta';

/** The id of a version's button, so that focus can come back to it. */
export type VersionButtonId = (button: 'view' | 'compare', versionId: string) => string;

interface VersionListProps {
  versions: VersionSummary[];
  timeZone: string;
  /** Whether the live document is at hand to compare with. */
  hasCurrent: boolean;
  buttonId: VersionButtonId;
  onView: (versionId: string) => void;
  /** Compares a version with the live document; `focusId` is the button to come back to. */
  onCompareWithCurrent: (pair: ComparePair, focusId: string) => void;
}

/** The kept versions, newest first: what each is, when, who edited since the one before. */
export function VersionList({
  versions,
  timeZone,
  hasCurrent,
  buttonId,
  onView,
  onCompareWithCurrent,
}: VersionListProps) {
  return (
    <List aria-label="Versions, newest first" spacing="md" listStyleType="none" p={0}>
      {versions.map((version) => {
        const titleId = `${buttonId('view', version.id)}-title`;
        const compareId = buttonId('compare', version.id);
        return (
          <List.Item key={version.id}>
            <Stack gap={2}>
              <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
                {versionTitle(version)}
              </Text>
              <VersionMeta version={version} timeZone={timeZone} />
              <Group gap="xs" mt={4}>
                <Button
                  id={buttonId('view', version.id)}
                  size="xs"
                  variant="default"
                  aria-describedby={titleId}
                  onClick={() => onView(version.id)}
                >
                  View
                </Button>
                {hasCurrent && (
                  <Button
                    id={compareId}
                    size="xs"
                    variant="default"
                    aria-describedby={titleId}
                    onClick={() =>
                      onCompareWithCurrent({ from: version.id, to: CURRENT }, compareId)
                    }
                  >
                    Compare with current
                  </Button>
                )}
              </Group>
            </Stack>
          </List.Item>
        );
      })}
    </List>
  );
}
