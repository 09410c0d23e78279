/** How far ahead the follow-ups page looks, in days; the URL's `within` holds one of these. */
export const dueWindows = [7, 14, 30] as const;
export type DueWindow = (typeof dueWindows)[number];

export const DEFAULT_DUE_WINDOW: DueWindow = 14;

/** The window a URL asks for; anything else is the default two weeks. */
export function parseDueWindow(params: URLSearchParams): DueWindow {
  const wanted = Number(params.get('within'));
  return dueWindows.find((days) => days === wanted) ?? DEFAULT_DUE_WINDOW;
}

/** The choices for the select: "7 days", "14 days", "30 days". */
export const dueWindowSelectData = dueWindows.map((days) => ({
  value: String(days),
  label: `${days} days`,
}));
