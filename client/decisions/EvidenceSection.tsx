import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { Trash2 } from 'lucide-react';
import { useRef } from 'react';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import type { EvidenceLink } from '../../shared/decision-log/decisionDoc';
import { AddEvidenceLinkForm } from './AddEvidenceLinkForm';
import { AddStudentWorkForm } from './AddStudentWorkForm';
import { evidenceName, shortName } from './evidenceLink';
import { useEvidence } from './useEvidence';

const kindLabels: Record<EvidenceLink['kind'], string> = {
  'run-card': 'Protocol run card',
  artifact: 'Student work',
  url: 'Web page',
};

/** The link itself: run cards open their run, web pages open in a new tab. */
function EvidenceTarget({ teamId, link }: { teamId: string; link: EvidenceLink }) {
  const name = evidenceName(link);
  switch (link.kind) {
    case 'run-card':
      return (
        <Anchor component={Link} to={`/teams/${teamId}/runs/${encodeURIComponent(link.runId)}`}>
          {name}
        </Anchor>
      );
    case 'artifact':
      return (
        <Anchor
          href={`/api/teams/${encodeURIComponent(teamId)}/artifacts/${encodeURIComponent(link.artifactId)}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {name}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </Anchor>
      );
    case 'url':
      return (
        <Anchor href={link.url} target="_blank" rel="noopener noreferrer">
          {name}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </Anchor>
      );
  }
}

interface EvidenceSectionProps {
  teamId: string;
  doc: Y.Doc;
  canWrite: boolean;
}

/** What the decision rests on: cards from protocol runs, student work, web pages. */
export function EvidenceSection({ teamId, doc, canWrite }: EvidenceSectionProps) {
  const evidence = useEvidence(doc);
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <Stack component="section" aria-labelledby="decision-evidence-heading" gap="md">
      <Title order={2} id="decision-evidence-heading" ref={headingRef} tabIndex={-1}>
        Evidence
      </Title>
      {evidence.items.length === 0 ? (
        <Text fs="italic">No evidence linked yet.</Text>
      ) : (
        <Stack
          component="ul"
          aria-label="Evidence"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {evidence.items.map(({ index, link }) => {
            const label = `Remove evidence: ${shortName(evidenceName(link))}`;
            return (
              <Paper component="li" key={`${index}-${evidenceName(link)}`} withBorder p="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Badge variant="light" color="gray" c="dark.9">
                      {kindLabels[link.kind]}
                    </Badge>
                    <div style={{ overflowWrap: 'anywhere' }}>
                      <EvidenceTarget teamId={teamId} link={link} />
                    </div>
                  </Stack>
                  {canWrite && (
                    <Tooltip label={label} withArrow openDelay={400}>
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        size="lg"
                        aria-label={label}
                        onClick={() => {
                          evidence.remove({ index, link });
                          headingRef.current?.focus();
                        }}
                      >
                        <Trash2 size={18} aria-hidden="true" />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      {canWrite && (
        <Paper withBorder p="md" bg="gray.0">
          <Stack gap="md">
            <AddEvidenceLinkForm onAdd={evidence.add} />
            <AddStudentWorkForm teamId={teamId} onAdd={evidence.add} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
