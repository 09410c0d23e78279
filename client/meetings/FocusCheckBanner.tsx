import { useMemo } from 'react';
import { isUuid, meetingControlDocumentName } from '../../shared/documents/documentName';
import type { CollabSession } from '../collab/openCollabDocument';
import { presenceUserFor } from '../collab/presenceUser';
import { useCollabDocument } from '../collab/useCollabDocument';
import { FocusCheckNotice } from './FocusCheckNotice';
import { signalFocusCheck } from './meetingsApi';
import { useMeetingControl } from './useMeetingControl';

export interface FocusCheckBannerProps {
  teamId: string;
  /** The meeting whose focus check to follow (a run's or decision's `meetingId`). */
  meetingId: string;
  /** The signed-in person (keys this device's copy of the control document). */
  user: { id: string; name: string };
  /** Shows "Lower focus check": `canDo(role, 'meeting.facilitate')`. */
  canFacilitate: boolean;
  /** `projector` for the presentation view's dark, large style. */
  variant?: 'page' | 'projector';
}

function LiveNotice({
  session,
  teamId,
  meetingId,
  canFacilitate,
  variant,
}: Omit<FocusCheckBannerProps, 'user'> & { session: CollabSession }) {
  const control = useMeetingControl(session.doc);
  return (
    <FocusCheckNotice
      focusCheck={control.focusCheck}
      onLower={canFacilitate ? () => signalFocusCheck(teamId, meetingId, false) : undefined}
      variant={variant}
    />
  );
}

function OpenFocusCheck({ user, teamId, meetingId, ...rest }: FocusCheckBannerProps) {
  const { id, name } = user;
  const presenceUser = useMemo(() => presenceUserFor({ id, name }), [id, name]);
  const session = useCollabDocument(meetingControlDocumentName(teamId, meetingId), presenceUser);
  if (!session) return <FocusCheckNotice focusCheck={null} />;
  return <LiveNotice session={session} teamId={teamId} meetingId={meetingId} {...rest} />;
}

/**
 * A meeting's focus check on any screen held in the meeting (a run, its projector, a decision):
 * opens the meeting's control document itself and shows the question while a facilitator has it
 * raised; otherwise only an empty status region. Do not mount it where the same meeting's
 * control document is already open (the meeting page shows `FocusCheckNotice` instead).
 */
export function FocusCheckBanner(props: FocusCheckBannerProps) {
  if (!isUuid(props.teamId) || !isUuid(props.meetingId)) return null;
  return <OpenFocusCheck {...props} />;
}
