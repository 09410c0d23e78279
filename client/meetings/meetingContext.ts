import type { ProtocolListItem } from '../../shared/api/runs';

/** What the parts of a meeting page need to know about the meeting and the person. */
export interface MeetingContext {
  teamId: string;
  meetingId: string;
  /** The team's time zone: dates and times on the page are shown in it. */
  timeZone: string;
  /** The server accepts this person's edits to the meeting document. */
  canWrite: boolean;
  /** Facilitators and the principal: focus check, closing, starting runs. */
  canFacilitate: boolean;
  /** Starts protocol runs from the agenda (`run.facilitate`). */
  canStartRun: boolean;
  /** Proposes decisions from the agenda (`decision.participate`). */
  canDecide: boolean;
  /** The protocols a run can follow. */
  protocols: ProtocolListItem[];
  /** Call after creating a run or decision here, to refresh "Made in this meeting". */
  onCreated: () => void;
}
