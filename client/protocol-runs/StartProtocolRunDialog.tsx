import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ProtocolListItem } from '../../shared/api/runs';
import { createRunInput } from '../../shared/api/runs';
import { plannedMinutes } from '../../shared/protocol-runs/protocolSchema';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import type { FieldErrors } from '../forms/validate';
import { validate } from '../forms/validate';
import { formatMinutes, plural } from './runLabels';
import { createRun } from './runsApi';

interface StartProtocolRunDialogProps {
  teamId: string;
  protocol: ProtocolListItem;
  onClose: () => void;
}

/**
 * Starts a run of one protocol from the library, the way the runs page creates them (the
 * creator becomes its facilitator), and opens the new run.
 */
export function StartProtocolRunDialog({ teamId, protocol, onClose }: StartProtocolRunDialogProps) {
  const navigate = useNavigate();
  const [title, setTitle] = useState(protocol.name.slice(0, 160));
  const [presenter, setPresenter] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(createRunInput, { protocolId: protocol.id, title, presenter });
    setErrors(result.errors ?? {});
    if (!result.data) return focusFirstInvalid(form);
    const body = result.data;
    const created = await run(() => createRun(teamId, body));
    if (created) await navigate(`/teams/${teamId}/runs/${created.id}`);
  }

  return (
    <Modal opened onClose={onClose} title={`Start a run of ${protocol.name}`}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {plural(protocol.steps.length, 'step')}, {formatMinutes(plannedMinutes(protocol))}{' '}
            planned. You facilitate the run.
          </Text>
          <TextInput
            label="Run title"
            description="For example: 7th grade argument essays, October."
            required
            maxLength={160}
            value={title}
            error={errors.title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            data-autofocus
          />
          <TextInput
            label="Presenter"
            description="Who brings the student work: a name or a role. Optional."
            maxLength={120}
            value={presenter}
            error={errors.presenter}
            onChange={(event) => setPresenter(event.currentTarget.value)}
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
              Start run
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
