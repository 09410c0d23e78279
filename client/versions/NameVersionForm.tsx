import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { VersionSummary } from '../../shared/api/versions';
import { createVersionInput } from '../../shared/api/versions';
import { useValidatedForm } from '../forms/useValidatedForm';
import { versionTitle } from './versionLabels';
import { createVersion } from './versionsApi';

const nameOnly = createVersionInput.pick({ name: true });

interface NameVersionFormProps {
  teamId: string;
  documentName: string;
  /** Called with the version just kept, to show it in the list. */
  onSaved: (version: VersionSummary) => void;
}

/** Keeps the document as it is now under a name people will recognise later. */
export function NameVersionForm({ teamId, documentName, onSaved }: NameVersionFormProps) {
  const headingId = useId();
  const [status, setStatus] = useState('');
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    nameOnly,
    ['name'],
    (data) => {
      setStatus('');
      return createVersion(teamId, { document: documentName, name: data.name });
    },
    (version, form) => {
      form?.reset();
      setStatus(`Saved “${versionTitle(version)}”.`);
      onSaved(version);
    },
  );

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} id={headingId}>
        Name this version
      </Title>
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        <Stack gap="xs">
          <TextInput
            name="name"
            label="Version name"
            description="Keeps the document as it is now, e.g. “Before the retreat”."
            maxLength={120}
            required
            withAsterisk={false}
            error={errors.name}
          />
          {error && (
            <Alert color="red" variant="light" title="Could not save the version">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
            Save version
          </Button>
          <Text role="status" fw={600} c="green.9">
            {status}
          </Text>
        </Stack>
      </form>
    </Stack>
  );
}
