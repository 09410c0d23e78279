import { ActionIcon, Badge, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Trash2 } from 'lucide-react';
import { useRef } from 'react';
import type * as Y from 'yjs';
import { AddEvidenceLinkForm } from './AddEvidenceLinkForm';
import { AddStudentWorkForm } from './AddStudentWorkForm';
import { evidenceName } from '../../shared/decisions/decisionLabels';
import { shortName } from './evidenceLink';
import { EvidenceTarget, evidenceKindLabels } from './EvidenceTarget';
import { useEvidence } from './useEvidence';

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
                      {evidenceKindLabels[link.kind]}
                    </Badge>
                    <div style={{ overflowWrap: 'anywhere' }}>
                      <EvidenceTarget teamId={teamId} link={link} isArtifactInNewTab />
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
