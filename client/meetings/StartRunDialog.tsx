import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import type { ProtocolListItem } from '../../shared/api/runs';
import { createRunInput } from '../../shared/api/runs';
import { plannedMinutes } from '../../shared/protocol-runs/protocolSchema';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import type { FieldErrors } from '../forms/validate';
import { validate } from '../forms/validate';
import { formatMinutes } from '../protocol-runs/runLabels';
import { createRun } from '../protocol-runs/runsApi';

interface StartRunDialogProps {
  opened: boolean;
  onClose: () => void;
  teamId: string;
  meetingId: string;
  protocols: ProtocolListItem[];
  /** The agenda item's title: the run's title unless changed. */
  defaultTitle: string;
  /** Called with the new run's id (to link the agenda item and open the run). */
  onCreated: (runId: string) => unknown;
}

function protocolOptions(protocols: ProtocolListItem[]) {
  return protocols.map((protocol) => ({
    value: protocol.id,
    label: `${protocol.name} (${formatMinutes(plannedMinutes(protocol))})${
      protocol.origin === 'team' ? ', our copy' : ''
    }`,
  }));
}

/** Creates a protocol run held in this meeting, from an agenda item. */
export function StartRunDialog({
  opened,
  onClose,
  teamId,
  meetingId,
  protocols,
  defaultTitle,
  onCreated,
}: StartRunDialogProps) {
  const [protocolId, setProtocolId] = useState(protocols[0]?.id ?? '');
  const [title, setTitle] = useState(defaultTitle);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(createRunInput, { protocolId, title, meetingId });
    setErrors(result.errors ?? {});
    if (!result.data) return focusFirstInvalid(form);
    const body = result.data;
    const created = await run(() => createRun(teamId, body));
    if (created) await onCreated(created.id);
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Start a protocol run">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <NativeSelect
            label="Protocol"
            data={protocolOptions(protocols)}
            value={protocolId}
            error={errors.protocolId}
            onChange={(event) => setProtocolId(event.currentTarget.value)}
            data-autofocus
          />
          <TextInput
            label="Run title"
            required
            maxLength={160}
            value={title}
            error={errors.title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          {error && (
            <Alert color="red" variant="light" title="Could not start the run">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Create run
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
