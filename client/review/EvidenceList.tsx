import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { EvidenceLink } from '../../shared/decision-log/decisionDoc';
import { evidenceName } from '../decisions/evidenceLink';
import { artifactPath, runPagePath } from './reviewPaths';

const kindLabels: Record<EvidenceLink['kind'], string> = {
  'run-card': 'Protocol run card',
  artifact: 'Student work',
  url: 'Web page',
};

/** Where a piece of evidence leads: its run, the uploaded file, or the web page (new tab). */
function EvidenceTarget({ teamId, link }: { teamId: string; link: EvidenceLink }) {
  const name = evidenceName(link);
  switch (link.kind) {
    case 'run-card':
      return (
        <Anchor component={Link} to={runPagePath(teamId, link.runId)}>
          {name}
        </Anchor>
      );
    case 'artifact':
      return <Anchor href={artifactPath(teamId, link.artifactId)}>{name}</Anchor>;
    case 'url':
      return (
        <Anchor href={link.url} target="_blank" rel="noopener noreferrer">
          {name}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </Anchor>
      );
  }
}

/** What the decision rests on, each with its kind and a link. */
export function EvidenceList({ teamId, evidence }: { teamId: string; evidence: EvidenceLink[] }) {
  if (evidence.length === 0) return <Text fs="italic">No evidence linked.</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {evidence.map((link, index) => (
        <Group component="li" key={`${index}-${link.kind}`} gap="sm" wrap="nowrap" align="baseline">
          <Badge variant="light" color="gray" c="dark.9" style={{ flexShrink: 0 }}>
            {kindLabels[link.kind]}
          </Badge>
          <div style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            <EvidenceTarget teamId={teamId} link={link} />
          </div>
        </Group>
      ))}
    </Stack>
  );
}
