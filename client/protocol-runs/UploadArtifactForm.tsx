import { Alert, Input, Loader, Stack, Text } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useId, useState } from 'react';
import { artifactTypes, MAX_ARTIFACT_BYTES } from '../../shared/api/runs';
import { useApiAction } from '../forms/useApiAction';
import styles from './run.module.css';
import type { RunView } from './runView';
import { uploadArtifact } from './uploadArtifact';

const MEGABYTE = 1024 * 1024;

/**
 * The facilitator's upload of student work (images or PDF). A native file input keeps its
 * label and keyboard behaviour; the upload starts as soon as a file is chosen. The server
 * checks the type by content and the size again.
 */
export function UploadArtifactForm({ run }: { run: RunView }) {
  const inputId = useId();
  const hintId = useId();
  const [done, setDone] = useState('');
  const { pending, error, setError, run: call } = useApiAction();

  async function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setDone('');
    if (file.size > MAX_ARTIFACT_BYTES) {
      setError(`“${file.name}” is larger than ${MAX_ARTIFACT_BYTES / MEGABYTE} MB.`);
      input.value = '';
      return;
    }
    const uploaded = await call(() => uploadArtifact(run.teamId, run.runId, file));
    input.value = '';
    if (uploaded) setDone(`Added “${uploaded.name}”.`);
  }

  return (
    <Stack gap="xs">
      <Input.Wrapper
        label="Add student work"
        labelProps={{ htmlFor: inputId }}
        description="Images or PDF, up to 10 MB."
      >
        <Text id={hintId} size="sm" fw={700} c="orange.9" mb={6}>
          Remove student names before uploading.
        </Text>
        <input
          id={inputId}
          type="file"
          accept={artifactTypes.join(',')}
          aria-describedby={hintId}
          className={styles.fileInput}
          disabled={pending}
          onChange={(event) => void handleChange(event)}
        />
      </Input.Wrapper>
      {pending && <Loader size="sm" aria-label="Uploading" />}
      <Text role="status" size="sm" c="green.9" fw={600}>
        {done}
      </Text>
      {error && (
        <Alert color="red" variant="light" title="Could not add the file">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
