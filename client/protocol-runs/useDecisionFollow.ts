import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  DECISION_FOLLOW_FRESH_MS,
  type DecisionFollow,
} from '../../shared/protocol-runs/runDecisions';

/** The decision's page, under the run's team. */
export function decisionPath(teamId: string, decisionId: string): string {
  return `/teams/${encodeURIComponent(teamId)}/decisions/${encodeURIComponent(decisionId)}`;
}

/**
 * Fields of the page that hold text a person types before sending it: not a select's shown
 * choice (read-only), nor the hidden copy an autosizing text area measures itself with.
 */
const TEXT_FIELDS = ['textarea', 'input:not([type])', 'input[type="text"]']
  .map((field) => `main ${field}:not([readonly]):not([aria-hidden="true"])`)
  .join(', ');

/**
 * Whether the page holds text its person typed and has not sent (a card half written). Each
 * form keeps its own draft, so the page asks the document rather than every form.
 */
function hasUnsentText(page: Document): boolean {
  return [...page.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_FIELDS)].some(
    (field) => field.value.trim() !== '',
  );
}

/**
 * "Bring everyone to this decision" on this device. A request made since the run page opened
 * shows as `prompt` (with the link) until the person follows it or dismisses it. If it is
 * fresh, it also takes them there at once, as "Bring everyone here" does for steps, unless
 * they have text on the page they have not sent (a card half written): that text stays, and
 * the prompt waits for them. A request from before the page opened moves nobody; one heard
 * long after it was made (a device back online) only prompts. `offset` is this device's
 * clock offset from the server's.
 */
export function useDecisionFollow(
  follow: DecisionFollow | null,
  teamId: string,
  offset: number,
): { prompt: DecisionFollow | null; dismiss: () => void } {
  const navigate = useNavigate();
  const [openedAtSeq] = useState(() => follow?.seq ?? 0);
  const [dismissedSeq, setDismissedSeq] = useState(0);
  // Each request acts once: posting the card later does not carry the person off.
  const actedSeq = useRef(openedAtSeq);
  const prompt = follow && follow.seq > openedAtSeq && follow.seq !== dismissedSeq ? follow : null;

  useEffect(() => {
    if (!prompt || prompt.seq <= actedSeq.current) return;
    actedSeq.current = prompt.seq;
    const isFresh = Date.now() + offset - prompt.at <= DECISION_FOLLOW_FRESH_MS;
    if (isFresh && !hasUnsentText(document)) {
      void navigate(decisionPath(teamId, prompt.decisionId));
    }
  }, [prompt, offset, teamId, navigate]);

  return { prompt, dismiss: () => setDismissedSeq(prompt?.seq ?? 0) };
}
