import { Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { presenceUserFor } from '../collab/presenceUser';
import type { decisionLoader } from './decisionLoader';
import { DecisionWorkspace } from './DecisionWorkspace';
import { useDecisionDocuments } from './useDecisionDocuments';

type DecisionPageData = Awaited<ReturnType<typeof decisionLoader>>;

function DecisionDocumentsGate({ data }: { data: DecisionPageData }) {
  const { user, team, teams, summary } = data;
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  const documents = useDecisionDocuments(team.id, summary.id, presenceUser);
  if (documents) return <DecisionWorkspace data={data} documents={documents} user={presenceUser} />;
  return (
    <PageShell
      title={`${summary.title}: decision`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <h1 className="visually-hidden">Opening the decision</h1>
      <Center py="xl">
        <Loader aria-label="Opening the decision" />
      </Center>
    </PageShell>
  );
}

/** A decision, co-edited live: what, why, evidence, how the team decides, its vote and status. */
export function DecisionPage() {
  const data = useLoaderData<typeof decisionLoader>();
  // Another decision means other documents: remount rather than reuse the previous sessions.
  return <DecisionDocumentsGate key={`${data.team.id}/${data.summary.id}`} data={data} />;
}
