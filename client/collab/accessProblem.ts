import type { CloseCode } from '../../shared/collab/closeCodes';
import { closeCodes } from '../../shared/collab/closeCodes';
import { refusalReasons } from '../../shared/collab/serverNotices';

/**
 * Why the server refused a document, or refused a change to it, in words for the person at
 * the keyboard. Pages show it instead of the document: editing on would only make changes
 * the server refuses again.
 */
export interface AccessProblem {
  kind: 'signed-out' | 'forbidden' | 'unknown-document' | 'unavailable' | 'too-large';
  title: string;
  message: string;
}

const problems: Record<AccessProblem['kind'], AccessProblem> = {
  'signed-out': {
    kind: 'signed-out',
    title: 'Your sign-in has ended',
    message: 'Sign in again to keep working. Anything you wrote is kept on this device.',
  },
  forbidden: {
    kind: 'forbidden',
    title: 'You no longer have access to this team',
    message: "Ask the team's principal for a new invite link if you still need access.",
  },
  'unknown-document': {
    kind: 'unknown-document',
    title: 'This document does not exist',
    message: 'The link may be wrong or the team may have been deleted.',
  },
  unavailable: {
    kind: 'unavailable',
    title: 'The server cannot reach its database right now',
    message:
      'Nothing stored is affected, and anything you wrote is kept on this device. Reload the page in a minute to continue.',
  },
  // The refused change stays in this browser's copy and goes out again on the next
  // connection: it is accepted once the document has room for it.
  'too-large': {
    kind: 'too-large',
    title: 'This document has reached its size limit',
    message:
      'Your last change was not saved, so others do not see it; everything saved before it is safe. It is kept on this device only: if it was a long paste, put that text in a separate document instead. Once older material has been moved out of this one, reload the page to send your change again.',
  },
};

const byCloseCode: Partial<Record<CloseCode, AccessProblem>> = {
  [closeCodes.unauthorized]: problems['signed-out'],
  [closeCodes.forbidden]: problems.forbidden,
  [closeCodes.unknownDocument]: problems['unknown-document'],
  [closeCodes.documentTooLarge]: problems['too-large'],
};

/** The problem a socket close code means, or null for ordinary disconnects. */
export function problemFromCloseCode(code: number | undefined): AccessProblem | null {
  if (code === undefined) return null;
  return byCloseCode[code as CloseCode] ?? null;
}

const byCloseReason: Record<string, AccessProblem> = {
  [refusalReasons.unauthorized]: problems['signed-out'],
  [refusalReasons.forbidden]: problems.forbidden,
  [refusalReasons.unknownDocument]: problems['unknown-document'],
  [refusalReasons.databaseUnavailable]: problems.unavailable,
  [refusalReasons.documentTooLarge]: problems['too-large'],
};

/**
 * The problem behind the server closing one document's connection (a CLOSE message, which
 * the provider reports with code 1000 and the server's reason), or null for any other close.
 */
export function problemFromCloseReason(reason: string | undefined): AccessProblem | null {
  return reason ? (byCloseReason[reason] ?? null) : null;
}

/**
 * The problem behind a refused authentication. The reason is free text from the server;
 * it may carry a close code or a word such as "unauthorized". Anything else means forbidden.
 */
export function problemFromReason(reason: string): AccessProblem {
  const code = /\b(4\d{3})\b/.exec(reason)?.[1];
  const fromCode = problemFromCloseCode(code === undefined ? undefined : Number(code));
  if (fromCode) return fromCode;
  if (reason.includes(refusalReasons.databaseUnavailable)) return problems.unavailable;
  if (/unauthori[sz]ed|sign.?in|session|expired/i.test(reason)) return problems['signed-out'];
  if (/unknown|not.?found/i.test(reason)) return problems['unknown-document'];
  return problems.forbidden;
}
