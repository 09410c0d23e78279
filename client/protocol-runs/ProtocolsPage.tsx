import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { Pencil, Play, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, useRevalidator } from 'react-router';
import { NEW_PROTOCOL_ID } from './protocolDraft';
import type { ProtocolListItem } from '../../shared/api/runs';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { PageHeading } from './PageHeading';
import { ProtocolCard } from './ProtocolCard';
import { canFacilitate } from './runAccess';
import type { protocolsLoader } from './runLoaders';
import { deleteProtocol } from './runsApi';
import { StartRunDialog } from './StartRunDialog';

/** What the editor passes back through navigation state after a save. */
export interface ProtocolSavedState {
  savedName: string;
}

function savedNameOf(state: unknown): string | null {
  const name = (state as Partial<ProtocolSavedState> | null)?.savedName;
  return typeof name === 'string' ? name : null;
}

/**
 * The library's protocols and the team's own copies; facilitators start runs of them, copy
 * and edit them.
 */
export function ProtocolsPage() {
  const { team, teams, protocols } = useLoaderData<typeof protocolsLoader>();
  const savedName = savedNameOf(useLocation().state);
  const revalidator = useRevalidator();
  const [deleting, setDeleting] = useState<ProtocolListItem | null>(null);
  const [starting, setStarting] = useState<ProtocolListItem | null>(null);
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const canEdit = canFacilitate(team.role);
  const library = protocols.filter((p) => p.origin === 'library');
  const copies = protocols.filter((p) => p.origin === 'team');
  const editPath = (protocol: ProtocolListItem) =>
    `/teams/${team.id}/protocols/${encodeURIComponent(protocol.id)}/edit`;

  // The server lets the same roles start runs as edit protocols (`run.facilitate`).
  const startAction = (protocol: ProtocolListItem) => (
    <Button
      leftSection={<Play size={16} aria-hidden="true" />}
      aria-label={`Start a run of ${protocol.name}`}
      onClick={() => setStarting(protocol)}
    >
      Start a run
    </Button>
  );
  const libraryActions = (protocol: ProtocolListItem) =>
    canEdit && (
      <>
        {startAction(protocol)}
        <Button
          component={Link}
          to={editPath(protocol)}
          variant="default"
          aria-label={`Copy and edit ${protocol.name}`}
        >
          Copy and edit
        </Button>
      </>
    );
  const copyActions = (protocol: ProtocolListItem) =>
    canEdit && (
      <>
        {startAction(protocol)}
        <Button
          component={Link}
          to={editPath(protocol)}
          variant="default"
          leftSection={<Pencil size={16} aria-hidden="true" />}
          aria-label={`Edit ${protocol.name}`}
        >
          Edit
        </Button>
        <Button
          variant="default"
          color="red.9"
          leftSection={<Trash2 size={16} aria-hidden="true" />}
          aria-label={`Delete ${protocol.name}`}
          onClick={() => setDeleting(protocol)}
        >
          Delete
        </Button>
      </>
    );

  return (
    <PageShell
      title={`${team.name}: protocol library`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="xl">
        <PageHeading
          back={{ to: `/teams/${team.id}/runs`, label: 'Back to protocol runs' }}
          title="Protocol library"
          subtitle={team.name}
        />
        <Text role="status" fw={600} c="green.9">
          {status || (savedName ? `Saved “${savedName}”.` : '')}
        </Text>
        <Stack component="section" aria-labelledby="team-copies-heading" gap="md">
          <Title order={2} id="team-copies-heading">
            Our team’s copies
          </Title>
          {canEdit && (
            <Button
              component={Link}
              to={`/teams/${team.id}/protocols/${NEW_PROTOCOL_ID}/edit`}
              variant="default"
              leftSection={<Plus size={16} aria-hidden="true" />}
              style={{ alignSelf: 'flex-start' }}
            >
              Write a new protocol
            </Button>
          )}
          {copies.length === 0 ? (
            <Alert variant="light" color="gray" role="none">
              No copies yet. {canEdit && 'Copy a library protocol below to adapt it to your team.'}
            </Alert>
          ) : (
            copies.map((p) => <ProtocolCard key={p.id} protocol={p} actions={copyActions(p)} />)
          )}
        </Stack>
        <Stack component="section" aria-labelledby="library-heading" gap="md">
          <Title order={2} id="library-heading">
            Library
          </Title>
          <Text>Published discussion protocols, with their prompts in our own words.</Text>
          {library.map((p) => (
            <ProtocolCard key={p.id} protocol={p} actions={libraryActions(p)} />
          ))}
        </Stack>
      </Stack>
      {starting && (
        <StartRunDialog
          teamId={team.id}
          protocol={starting}
          defaultTitle={starting.name}
          onClose={() => setStarting(null)}
          onCreated={(runId) => navigate(`/teams/${team.id}/runs/${runId}`)}
        />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete protocol"
        isDanger
        errorTitle="Could not delete the protocol"
        onConfirm={() => deleteProtocol(team.id, deleting?.id ?? '')}
        onDone={() => {
          setStatus(`Deleted “${deleting?.name ?? ''}”.`);
          void revalidator.revalidate();
        }}
      >
        <Text>Runs already made with it keep their own copy of its steps.</Text>
      </ConfirmDialog>
    </PageShell>
  );
}
