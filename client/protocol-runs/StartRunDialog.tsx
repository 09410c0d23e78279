import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import type { ProtocolListItem } from '../../shared/api/runs';
import { createRunInput } from '../../shared/api/runs';
import { plannedMinutes } from '../../shared/protocol-runs/protocolSchema';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import type { FieldErrors } from '../forms/validate';
import { validate } from '../forms/validate';
import { protocolOptions } from './CreateRunForm';
import { initialRunDetails, RunDetailsFields, runDetailsBody } from './RunDetailsFields';
import { formatMinutes, plural } from './runLabels';
import { createRun } from './runsApi';

type StartRunDialogProps = {
  teamId: string;
  /** The run's title unless changed (the agenda item's, or the protocol's name). */
  defaultTitle: string;
  /** The meeting the run is held in, if any. */
  meetingId?: string;
  /** The improvement cycle whose data the run studies, if any. */
  cycleId?: string;
  /** The cycles to choose from for a cycle study (an agenda item's "Start cycle study"). */
  cycleChoices?: { id: string; label: string }[];
  onClose: () => void;
  /** Called with the new run's id (to link an agenda item, or open the run). */
  onCreated: (runId: string) => unknown;
} & (
  | { /** One protocol, chosen before (the library's "Start a run"). */ protocol: ProtocolListItem }
  | {
      /** The protocols to choose from (an agenda item's "Start protocol run"). */ protocols: ProtocolListItem[];
    }
);

/**
 * Creates a protocol run, from the library or from a meeting's agenda item; the person who
 * creates it facilitates it.
 */
export function StartRunDialog(props: StartRunDialogProps) {
  const { teamId, meetingId, onClose, onCreated, cycleChoices } = props;
  const [cycleId, setCycleId] = useState(props.cycleId ?? cycleChoices?.[0]?.id);
  const fixed = 'protocol' in props ? props.protocol : null;
  const choices = 'protocols' in props ? props.protocols : [];
  const [protocolId, setProtocolId] = useState(fixed?.id ?? choices[0]?.id ?? '');
  const [details, setDetails] = useState(() => initialRunDetails(props.defaultTitle));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(createRunInput, {
      protocolId,
      meetingId,
      cycleId,
      ...runDetailsBody(details),
    });
    setErrors(result.errors ?? {});
    if (!result.data) return focusFirstInvalid(form);
    const body = result.data;
    const created = await run(() => createRun(teamId, body));
    if (created) await onCreated(created.id);
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={fixed ? `Start a run of ${fixed.name}` : 'Start a protocol run'}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {fixed ? (
            <Text size="sm">
              {plural(fixed.steps.length, 'step')}, {formatMinutes(plannedMinutes(fixed))} planned.
              You facilitate the run.
            </Text>
          ) : (
            <NativeSelect
              label="Protocol"
              data={protocolOptions(choices)}
              value={protocolId}
              error={errors.protocolId}
              onChange={(event) => setProtocolId(event.currentTarget.value)}
              data-autofocus
            />
          )}
          {cycleChoices && (
            <NativeSelect
              label="Cycle to study"
              description="Its run charts show beside the run."
              data={cycleChoices.map((choice) => ({ value: choice.id, label: choice.label }))}
              value={cycleId ?? ''}
              onChange={(event) => setCycleId(event.currentTarget.value)}
            />
          )}
          <RunDetailsFields
            details={details}
            errors={errors}
            onChange={setDetails}
            titleLabel="Run title"
            autoFocusTitle={fixed !== null}
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
