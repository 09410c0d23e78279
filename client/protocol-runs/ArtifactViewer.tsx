import { Anchor, Modal, Stack } from '@mantine/core';
import type { RunArtifact } from '../../shared/protocol-runs/runControlDoc';

interface ArtifactViewerProps {
  artifact: RunArtifact | null;
  url: string;
  onClose: () => void;
}

/** A piece of student work, large: an image, or a PDF in the browser's own viewer. */
export function ArtifactViewer({ artifact, url, onClose }: ArtifactViewerProps) {
  return (
    <Modal opened={artifact !== null} onClose={onClose} title={artifact?.name} size="90%">
      {artifact && (
        <Stack gap="sm">
          {artifact.mimeType === 'application/pdf' ? (
            <iframe
              src={url}
              title={artifact.name}
              style={{ width: '100%', height: '75vh', border: 0 }}
            />
          ) : (
            <img
              src={url}
              alt={artifact.name}
              style={{ maxWidth: '100%', maxHeight: '75vh', objectFit: 'contain' }}
            />
          )}
          <Anchor href={url} download={artifact.name}>
            Download {artifact.name}
          </Anchor>
        </Stack>
      )}
    </Modal>
  );
}
