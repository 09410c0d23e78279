import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import { reviewReasonLabels } from '../../../shared/plans/planReview';
import { actionStatusLabels } from '../../../shared/plans/planRules';
import { formatCalendarDate } from '../../../shared/time/teamTime';
import { presenceUserFor } from '../../collab/presenceUser';
import { useConnectionState } from '../../collab/useConnectionState';
import { StatusLight } from '../../plans/ActionSteps';
import { RunConnectionStatus } from '../../protocol-runs/RunConnectionStatus';
import { useWakeLock } from '../../protocol-runs/useWakeLock';
import type { ReviewView } from './PlanReviewGate';
import { PlanReviewGate } from './PlanReviewGate';
import type { planReviewLoader } from './planReviewLoader';
import screen from '../../protocol-runs/presentation.module.css';
import styles from './planReview.module.css';

function Screen({ view, meetingTitle }: { view: ReviewView; meetingTitle: string }) {
  useWakeLock();
  const connection = useConnectionState(view.provider);
  const { review } = view;
  const entry = review.entries[review.currentIndex];
  const total = review.entries.length;
  return (
    // The screen is exactly the viewport on a projector: nothing scrolls.
    <div className={screen.screen} data-fit>
      <title>{`Plan review: ${meetingTitle} · ILT Workspace`}</title>
      <header className={screen.bar}>
        <p className={screen.barText}>Plan review · {meetingTitle}</p>
        <RunConnectionStatus state={connection} color="#c3d6dc" />
      </header>
      <main className={styles.main}>
        {!entry ? (
          <h1 className={styles.title}>
            {review.started ? 'Nothing is due or at risk.' : 'The plan review starts soon.'}
          </h1>
        ) : (
          <>
            <p className={styles.kicker}>
              Step {review.currentIndex + 1} of {total}
              {entry.reason ? ` · ${reviewReasonLabels[entry.reason]}` : ''}
            </p>
            <h1 className={styles.title}>{entry.action.task}</h1>
            {entry.place && (
              <p className={styles.context}>
                {entry.place}
                {entry.practiceIf ? `: if we ${entry.practiceIf}` : ''}
              </p>
            )}
            <p className={styles.detail}>
              {entry.ownerName} · due {formatCalendarDate(entry.action.dueDate)}
            </p>
            <p className={styles.status}>
              <StatusLight status={entry.action.status} />
              <span>{actionStatusLabels[entry.action.status]}</span>
            </p>
          </>
        )}
        <p role="status" className="visually-hidden">
          {entry
            ? `Step ${review.currentIndex + 1} of ${total}: ${entry.action.task}, ${actionStatusLabels[entry.action.status]}`
            : ''}
        </p>
      </main>
    </div>
  );
}

/**
 * The projector view of a plan review, opened in its own tab: the step under discussion,
 * large, following whoever moves the review on and every status change, with nothing to edit.
 */
export function PlanReviewProjector() {
  const { user, team, meeting, currentPlanId, itemId } = useLoaderData<typeof planReviewLoader>();
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  return (
    <PlanReviewGate
      team={team}
      meetingId={meeting.id}
      itemId={itemId}
      currentPlanId={currentPlanId}
      user={presenceUser}
      render={(view) => <Screen view={view} meetingTitle={meeting.title} />}
    />
  );
}
