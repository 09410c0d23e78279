import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FileText } from 'lucide-react';
import { useState } from 'react';
import type { RunArtifact } from '../../shared/protocol-runs/runControlDoc';
import { ArtifactViewer } from './ArtifactViewer';
import styles from './run.module.css';
import { artifactUrl } from './runsApi';
import type { RunView } from './runView';
import { UploadArtifactForm } from './UploadArtifactForm';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The student work under discussion: thumbnails that open large, and the facilitator's upload. */
export function StudentWorkPanel({ run }: { run: RunView }) {
  const [open, setOpen] = useState<RunArtifact | null>(null);
  const { artifacts } = run.control;
  const urlOf = (artifact: RunArtifact) => artifactUrl(run.teamId, artifact.id);
  return (
    <Paper component="section" aria-labelledby="student-work-heading" withBorder p="lg">
      <Stack gap="md">
        <Title order={2} size="h3" id="student-work-heading">
          Student work
        </Title>
        {artifacts.length === 0 ? (
          <Text fs="italic">No student work yet.</Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {artifacts.map((artifact) => (
              <li key={artifact.id}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  {/* The name below is the keyboard's way in; the thumbnail is for the mouse. */}
                  <div
                    aria-hidden="true"
                    onClick={() => setOpen(artifact)}
                    style={{ cursor: 'pointer' }}
                  >
                    {artifact.mimeType.startsWith('image/') ? (
                      <img
                        src={urlOf(artifact)}
                        alt=""
                        className={styles.thumbnail}
                        loading="lazy"
                      />
                    ) : (
                      <Group className={styles.thumbnail} justify="center" align="center">
                        <FileText size={32} />
                      </Group>
                    )}
                  </div>
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setOpen(artifact)}
                      ta="left"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {artifact.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {artifact.mimeType === 'application/pdf' ? 'PDF' : 'Image'} ·{' '}
                      {formatSize(artifact.size)} ·{' '}
                      <Anchor
                        href={urlOf(artifact)}
                        download={artifact.name}
                        size="sm"
                        aria-label={`Download ${artifact.name}`}
                      >
                        Download
                      </Anchor>
                    </Text>
                  </Stack>
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {run.isFacilitator && <UploadArtifactForm run={run} />}
      </Stack>
      <ArtifactViewer artifact={open} url={open ? urlOf(open) : ''} onClose={() => setOpen(null)} />
    </Paper>
  );
}
