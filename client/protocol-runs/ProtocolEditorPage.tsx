import { Alert, Stack } from '@mantine/core';
import { useLoaderData, useNavigate, useParams } from 'react-router';
import type { ProtocolListItem } from '../../shared/api/runs';
import type { Protocol } from '../../shared/protocol-runs/protocolSchema';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { PageHeading } from './PageHeading';
import { draftFromProtocol, NEW_PROTOCOL_ID, newStep } from './protocolDraft';
import { ProtocolEditor } from './ProtocolEditor';
import type { ProtocolSavedState } from './ProtocolsPage';
import { canFacilitate } from './runAccess';
import type { protocolsLoader } from './runLoaders';
import { createProtocol, updateProtocol } from './runsApi';

const blankProtocol: ProtocolListItem = {
  id: NEW_PROTOCOL_ID,
  origin: 'library',
  name: '',
  description: '',
  roles: ['Facilitator', 'Participants'],
  steps: [],
};

/**
 * Edits a team copy, or a library protocol as a new team copy ("Copy and edit"): saving a
 * library protocol creates the copy; saving a copy updates it.
 */
export function ProtocolEditorPage() {
  const { team, teams, protocols } = useLoaderData<typeof protocolsLoader>();
  const { protocolId } = useParams();
  const navigate = useNavigate();
  // `new` starts from a blank protocol, saved as a new team copy like a library one.
  const source =
    protocolId === NEW_PROTOCOL_ID ? blankProtocol : protocols.find((p) => p.id === protocolId);
  const isCopy = source?.origin === 'library';
  const isNew = source === blankProtocol;
  const back = { to: `/teams/${team.id}/protocols`, label: 'Back to the protocol library' };

  async function handleSave(protocol: Protocol) {
    if (!source) return;
    if (isCopy) await createProtocol(team.id, protocol);
    else await updateProtocol(team.id, source.id, protocol);
    const state: ProtocolSavedState = { savedName: protocol.name };
    await navigate(back.to, { state });
  }

  const title = !source
    ? 'Protocol not found'
    : isNew
      ? 'Write a new protocol'
      : isCopy
        ? 'Copy and edit'
        : 'Edit protocol';
  let body;
  if (!source) {
    body = (
      <Alert color="orange" variant="light" title="This protocol does not exist" role="none">
        It may have been deleted. Go back to the library to choose another.
      </Alert>
    );
  } else if (!canFacilitate(team.role)) {
    body = (
      <Alert color="orange" variant="light" title="Only facilitators edit protocols" role="none">
        Ask a facilitator or the principal to adapt this protocol for the team.
      </Alert>
    );
  } else {
    const name = isNew ? '' : isCopy ? `${source.name} (our copy)` : source.name;
    const initial = isNew
      ? { ...draftFromProtocol(source, name), steps: [newStep()] }
      : draftFromProtocol(source, name);
    body = <ProtocolEditor key={source.id} initial={initial} onSave={handleSave} />;
  }

  return (
    <PageShell
      title={`${team.name}: ${title}`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="xl">
        <PageHeading
          back={back}
          title={title}
          subtitle={source && isCopy && !isNew ? `From the library: ${source.name}` : team.name}
        />
        {body}
      </Stack>
    </PageShell>
  );
}
