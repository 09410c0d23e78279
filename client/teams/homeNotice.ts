/** A sentence for the team list to announce after navigating there (e.g. after leaving). */
interface HomeNoticeState {
  homeNotice: string;
}

/** Router state carrying a notice to the team list. */
export function homeNoticeState(message: string): HomeNoticeState {
  return { homeNotice: message };
}

/** The notice in a location's state, if any (state may hold anything). */
export function readHomeNotice(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('homeNotice' in state)) return null;
  const { homeNotice } = state as { homeNotice: unknown };
  return typeof homeNotice === 'string' ? homeNotice : null;
}
