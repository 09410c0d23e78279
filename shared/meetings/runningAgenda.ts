import { z } from 'zod';
import type { AgendaItem } from './meetingDoc';

/**
 * The running agenda of a meeting: which item the facilitator has taken up, since when, and the
 * time spent on every item so far. Times are on the server's clock (ms since the epoch there);
 * devices never count on their own, they compute time left from this state and their estimate
 * of the server's clock, as the protocol run timer does. Only the server changes it, on the
 * facilitator's commands, in the meeting's control document.
 */

const MINUTE = 60_000;

/** The item under way. Title and minutes are copied so that a deleted item still reads. */
export const currentAgendaItemSchema = z.object({
  itemId: z.string(),
  title: z.string(),
  /** The item's time box when it was taken up. */
  plannedMinutes: z.number(),
  /** Server ms. */
  startedAt: z.number(),
});
export type CurrentAgendaItem = z.infer<typeof currentAgendaItemSchema>;

/** Time spent on one item; an item taken up twice adds up. */
export const agendaItemTimeSchema = z.object({
  itemId: z.string(),
  title: z.string(),
  /** The item's time box when it was last left. */
  plannedMinutes: z.number(),
  /** Time spent on it, on the server's clock. */
  spentMs: z.number(),
});
export type AgendaItemTime = z.infer<typeof agendaItemTimeSchema>;

export const runningAgendaSchema = z.object({
  current: currentAgendaItemSchema.nullable().default(null),
  /** In the order the items were first taken up. */
  times: z.array(agendaItemTimeSchema).default([]),
});
export type RunningAgenda = z.infer<typeof runningAgendaSchema>;

export const emptyRunningAgenda: RunningAgenda = { current: null, times: [] };

/** The facilitator's commands; `next` after the last item finishes the agenda. */
export type AgendaCommand =
  { type: 'start'; itemId: string } | { type: 'next' } | { type: 'finish' };

/** What the commands need of an agenda item. */
export type AgendaEntry = Pick<AgendaItem, 'id' | 'title' | 'minutes'>;

/** Why a command does not apply. */
export interface AgendaRefusal {
  code: 'item_not_found' | 'invalid_state';
  message: string;
}

/** Why a command does not apply to this state and agenda; null when it does. */
export function refuseAgendaCommand(
  state: RunningAgenda,
  command: AgendaCommand,
  items: readonly AgendaEntry[],
): AgendaRefusal | null {
  switch (command.type) {
    case 'start':
      if (!items.some((item) => item.id === command.itemId)) {
        return { code: 'item_not_found', message: 'No such item on this meeting’s agenda' };
      }
      return state.current?.itemId === command.itemId
        ? { code: 'invalid_state', message: 'This item is already under way' }
        : null;
    case 'next':
    case 'finish':
      return state.current ? null : { code: 'invalid_state', message: 'No item is under way' };
  }
}

/** Adds the current item's time up to `now` to its record and leaves it. */
function leaveCurrent(
  state: RunningAgenda,
  items: readonly AgendaEntry[],
  now: number,
): RunningAgenda {
  const { current } = state;
  if (!current) return state;
  const spentMs = Math.max(0, now - current.startedAt);
  const item = items.find((i) => i.id === current.itemId);
  const title = item?.title ?? current.title;
  const plannedMinutes = item?.minutes ?? current.plannedMinutes;
  const known = state.times.some((t) => t.itemId === current.itemId);
  const times = known
    ? state.times.map((t) =>
        t.itemId === current.itemId
          ? { ...t, title, plannedMinutes, spentMs: t.spentMs + spentMs }
          : t,
      )
    : [...state.times, { itemId: current.itemId, title, plannedMinutes, spentMs }];
  return { current: null, times };
}

/** The state with `item` under way from `now`. */
function takeUp(state: RunningAgenda, item: AgendaEntry | undefined, now: number): RunningAgenda {
  if (!item) return state;
  return {
    ...state,
    current: { itemId: item.id, title: item.title, plannedMinutes: item.minutes, startedAt: now },
  };
}

/**
 * Applies a facilitator's command at server time `now` (check `refuseAgendaCommand` first).
 * `next` takes up the item after the current one in agenda order; after the last item, or
 * when the current item was removed from the agenda, it finishes.
 */
export function applyAgendaCommand(
  state: RunningAgenda,
  command: AgendaCommand,
  items: readonly AgendaEntry[],
  now: number,
): RunningAgenda {
  const left = leaveCurrent(state, items, now);
  switch (command.type) {
    case 'start':
      return takeUp(
        left,
        items.find((item) => item.id === command.itemId),
        now,
      );
    case 'next': {
      const index = items.findIndex((item) => item.id === state.current?.itemId);
      return index === -1 ? left : takeUp(left, items[index + 1], now);
    }
    case 'finish':
      return left;
  }
}

/** Time left for the item under way at server time `now`; negative in overtime. */
export function agendaRemainingMs(current: CurrentAgendaItem, now: number): number {
  return current.plannedMinutes * MINUTE - (now - current.startedAt);
}

/** Whole minutes spent, rounded to the nearest: what "Actual 18" says. */
export function actualMinutes(spentMs: number): number {
  return Math.round(spentMs / MINUTE);
}
