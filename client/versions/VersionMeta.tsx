import { Text } from '@mantine/core';
import type { VersionSummary } from '../../shared/api/versions';
import { formatMoment } from '../../shared/time/teamTime';
import { editorsText, versionAuthor } from './versionLabels';

/** When a version was kept (in the team's zone), by whom, and who edited since the one before. */
export function VersionMeta({ version, timeZone }: { version: VersionSummary; timeZone: string }) {
  const author = versionAuthor(version);
  return (
    <>
      <Text size="sm" c="dimmed">
        <time dateTime={version.createdAt}>{formatMoment(version.createdAt, timeZone)}</time>
        {author && ` · ${author}`}
      </Text>
      <Text size="sm">{editorsText(version.editors)}</Text>
    </>
  );
}
