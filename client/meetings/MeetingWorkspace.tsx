import { Grid, Group, Stack, Text } from '@mantine/core';
import { Eye } from 'lucide-react';
import { useMemo } from 'react';
import { useRevalidator } from 'react-router';
import { canDo } from '../../shared/access/roles';
import { documentAccess } from '../../shared/access/documentAccess';
import type { MeetingDetail } from '../../shared/api/meetings';
import type { ProtocolListItem } from '../../shared/api/runs';
import type { TeamDetail, TeamSummary } from '../../shared/api/teams';
import { meetingDocumentName } from '../../shared/documents/documentName';
import { agenda } from '../../shared/meetings/meetingDoc';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { AccessProblemNotice } from '../collab/AccessProblemNotice';
import { LiveConnectionStatus } from '../collab/LiveConnectionStatus';
import { LivePresenceAvatars } from '../collab/LivePresenceAvatars';
import type { PresenceUser } from '../collab/presenceUser';
import { useServerAccess } from '../collab/useServerAccess';
import { useCommentsDocument } from '../comments/useCommentsDocument';
import { HistoryButton } from '../versions/HistoryButton';
import { teamVersionNames } from '../versions/versionNames';
import { useServerClock } from '../protocol-runs/useServerClock';
import { useOrderedList } from '../collab/useOrderedList';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { ClosedNotice } from './ClosedNotice';
import { FacilitatorActions } from './FacilitatorActions';
import { FocusCheckNotice } from './FocusCheckNotice';
import { MadeInMeetingSection } from './MadeInMeetingSection';
import type { MeetingContext } from './meetingContext';
import { MeetingHeader } from './MeetingHeader';
import { NotesSection } from './NotesSection';
import { PurposePanel } from './PurposePanel';
import { useAttendance, useMeetingFields } from './useMeetingDoc';
import type { MeetingDocuments } from './useMeetingDocuments';
import { useMeetingControl } from './useMeetingControl';
import { useMeetingDetail } from './useMeetingDetail';

interface MeetingWorkspaceProps {
  team: TeamDetail;
  teams: TeamSummary[];
  meeting: MeetingDetail;
  protocols: ProtocolListItem[];
  documents: MeetingDocuments;
  user: PresenceUser;
}

const READ_ONLY_NOTE_ID = 'meeting-read-only-note';

/** The meeting page once its documents are open. */
export function MeetingWorkspace({
  team,
  teams,
  meeting: initial,
  protocols,
  documents,
  user,
}: MeetingWorkspaceProps) {
  const revalidator = useRevalidator();
  const { doc, provider } = documents.meeting;
  // A live role change is enforced by the server at once; reload the team for the new rights.
  const access = useServerAccess(provider, {
    onAccessChanged: () => void revalidator.revalidate(),
  });
  const controlAccess = useServerAccess(documents.control.provider);
  const control = useMeetingControl(documents.control.doc);
  const offset = useServerClock(documents.control.provider);
  const { fields, rename } = useMeetingFields(doc);
  const { attendance, mark } = useAttendance(doc);
  const live = useOrderedList(agenda, doc);
  // Runs and decisions linked from the agenda (here or elsewhere): ask the database again.
  const linked = live.items
    .flatMap((item) => [item.runId, item.decisionId])
    .filter(Boolean)
    .join();
  const { detail, refresh } = useMeetingDetail(team.id, initial, linked);
  const runMinutes = useMemo(
    () =>
      new Map(
        detail.runs.flatMap((run) =>
          run.plannedMinutes === null ? [] : [[run.id, run.plannedMinutes] as const],
        ),
      ),
    [detail.runs],
  );
  const canWrite = access.canWrite ?? documentAccess(team.role, 'meeting').canWrite;
  const canFacilitate = canDo(team.role, 'meeting.facilitate');
  const comments = useCommentsDocument(
    { kind: 'meeting', teamId: team.id, meetingId: initial.id },
    user,
    canWrite,
  );
  const problem = access.problem ?? controlAccess.problem;
  // The control document says it live; the database answers too (e.g. before it has synced).
  const closed =
    control.closed ??
    (detail.closedAt
      ? { at: Date.parse(detail.closedAt), byName: detail.closedByName ?? 'a facilitator' }
      : null);

  const context: MeetingContext = useMemo(
    () => ({
      teamId: team.id,
      meetingId: initial.id,
      timeZone: team.timeZone,
      canWrite,
      canFacilitate,
      canStartRun: canDo(team.role, 'run.facilitate'),
      canDecide: canDo(team.role, 'decision.participate'),
      protocols,
      onCreated: () => void refresh(),
    }),
    [team, initial.id, canWrite, canFacilitate, protocols, refresh],
  );

  const title = fields?.title || detail.title;
  const actions = <SignedInActions teams={teams} currentTeamId={team.id} />;

  if (problem) {
    return (
      <PageShell title="Meeting" actions={actions}>
        <h1 className="visually-hidden">Meeting</h1>
        <AccessProblemNotice problem={problem} />
      </PageShell>
    );
  }

  const header = (
    <MeetingHeader
      teamId={team.id}
      title={title}
      date={fields?.date ?? detail.date}
      timeZone={team.timeZone}
      canWrite={canWrite}
      onRename={rename}
      status={
        <>
          <LiveConnectionStatus provider={provider} />
          <LivePresenceAvatars provider={provider} selfId={user.id} />
          <HistoryButton
            teamId={team.id}
            documentName={meetingDocumentName(team.id, initial.id)}
            title={title}
            canWrite={canWrite}
            timeZone={team.timeZone}
            liveDoc={doc}
            names={teamVersionNames(team.members)}
          />
        </>
      }
    >
      <FocusCheckNotice focusCheck={control.focusCheck} />
      <ClosedNotice closed={closed} timeZone={team.timeZone} />
      {canFacilitate && (
        <FacilitatorActions
          teamId={team.id}
          meetingId={initial.id}
          isRaised={control.focusCheck !== null}
          isClosed={closed !== null}
          onClosed={() => void refresh()}
        />
      )}
    </MeetingHeader>
  );

  return (
    <PageShell title={`${title}: meeting`} actions={actions} header={header} size="lg">
      <Stack gap="xl">
        {!canWrite && (
          <Group gap={6} id={READ_ONLY_NOTE_ID} c="gray.8">
            <Eye size={18} aria-hidden="true" />
            <Text fw={600} c="inherit">
              Read-only: your role lets you follow the meeting but not change it.
            </Text>
          </Group>
        )}
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="xl">
              <AgendaSection
                live={live}
                meeting={context}
                running={control.agenda}
                offset={offset}
                runMinutes={runMinutes}
                isClosed={closed !== null}
              />
              <NotesSection
                doc={doc}
                provider={provider}
                user={user}
                canWrite={canWrite}
                describedBy={canWrite ? undefined : READ_ONLY_NOTE_ID}
                comments={comments}
              />
              <MadeInMeetingSection teamId={team.id} detail={detail} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="xl">
              <AttendanceSection
                members={team.members}
                attendance={attendance}
                onMark={mark}
                canWrite={canWrite}
              />
              <PurposePanel teamId={team.id} doc={documents.purpose.doc} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </PageShell>
  );
}
