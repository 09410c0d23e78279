import { Badge, Group, Stack, Text } from '@mantine/core';
import type { EvidenceLink } from '../../../shared/decisions/decisionDoc';
import { EvidenceTarget, evidenceKindLabels } from '../EvidenceTarget';

/** What the decision rests on, each with its kind and a link. */
export function EvidenceList({ teamId, evidence }: { teamId: string; evidence: EvidenceLink[] }) {
  if (evidence.length === 0) return <Text fs="italic">No evidence linked.</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {evidence.map((link, index) => (
        <Group component="li" key={`${index}-${link.kind}`} gap="sm" wrap="nowrap" align="baseline">
          <Badge variant="light" color="gray" c="dark.9" style={{ flexShrink: 0 }}>
            {evidenceKindLabels[link.kind]}
          </Badge>
          <div style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            <EvidenceTarget teamId={teamId} link={link} isArtifactInNewTab={false} />
          </div>
        </Group>
      ))}
    </Stack>
  );
}
