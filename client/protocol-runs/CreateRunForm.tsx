import { Alert, Button, NativeSelect, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ProtocolListItem } from '../../shared/api/runs';
import { createRunInput } from '../../shared/api/runs';
import { plannedMinutes } from '../../shared/protocol-runs/protocolSchema';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import type { FieldErrors } from '../forms/validate';
import { validate } from '../forms/validate';
import { initialRunDetails, RunDetailsFields, runDetailsBody } from './RunDetailsFields';
import { formatMinutes, plural } from './runLabels';
import { createRun } from './runsApi';

interface CreateRunFormProps {
  teamId: string;
  protocols: ProtocolListItem[];
}

function optionOf(protocol: ProtocolListItem) {
  return {
    value: protocol.id,
    label: `${protocol.name} (${formatMinutes(plannedMinutes(protocol))})`,
  };
}

/** The protocols as select options: the library's, then the team's own copies. */
export function protocolOptions(protocols: ProtocolListItem[]) {
  const library = protocols.filter((p) => p.origin === 'library').map(optionOf);
  const copies = protocols.filter((p) => p.origin === 'team').map(optionOf);
  const groups = [{ group: 'Library', items: library }];
  return copies.length > 0 ? [...groups, { group: 'Our team’s copies', items: copies }] : groups;
}

/** Creates a run of a protocol (the creator becomes its facilitator) and opens it. */
export function CreateRunForm({ teamId, protocols }: CreateRunFormProps) {
  const navigate = useNavigate();
  const [protocolId, setProtocolId] = useState(protocols[0]?.id ?? '');
  const [details, setDetails] = useState(initialRunDetails);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { pending, error, run } = useApiAction();
  const selected = protocols.find((p) => p.id === protocolId);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(createRunInput, { protocolId, ...runDetailsBody(details) });
    setErrors(result.errors ?? {});
    if (!result.data) return focusFirstInvalid(form);
    const body = result.data;
    const created = await run(() => createRun(teamId, body));
    if (created) await navigate(`/teams/${teamId}/runs/${created.id}`);
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <NativeSelect
          label="Protocol"
          data={protocolOptions(protocols)}
          value={protocolId}
          error={errors.protocolId}
          description={
            selected
              ? `${plural(selected.steps.length, 'step')}. ${selected.description}`
              : undefined
          }
          onChange={(event) => setProtocolId(event.currentTarget.value)}
        />
        <RunDetailsFields
          details={details}
          errors={errors}
          onChange={setDetails}
          titleLabel="Title"
        />
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Create run
        </Button>
        {error && (
          <Alert color="red" variant="light" title="Could not create the run">
            {error}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
