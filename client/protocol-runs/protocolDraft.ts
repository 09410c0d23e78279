import type {
  CollectMode,
  Protocol,
  ShownColumnRef,
  SpeakingRule,
} from '../../shared/protocol-runs/protocolSchema';
import { protocolSchema } from '../../shared/protocol-runs/protocolSchema';

/** One step as the editor holds it: text fields as typed, columns as a comma list. */
export interface StepDraft {
  id: string;
  title: string;
  /** As the number field gives it: a number, or '' while empty. */
  minutes: number | string;
  prompt: string;
  speaking: SpeakingRule;
  columns: string;
  collect: CollectMode;
  /** Earlier steps' columns this step shows, kept as picked even if those steps change. */
  shows: ShownColumnRef[];
}

export interface ProtocolDraft {
  name: string;
  description: string;
  /** Comma list of the roles the protocol names. */
  roles: string;
  steps: StepDraft[];
}

/** Field path (`name`, `steps.2.title`) to the first message for it. */
export type DraftErrors = Partial<Record<string, string>>;

/** Splits a comma list into trimmed, non-empty, distinct entries. */
export function splitList(text: string): string[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return [...new Set(entries)];
}

/** The editor path segment for a protocol written from scratch. */
export const NEW_PROTOCOL_ID = 'new';

export function draftFromProtocol(protocol: Protocol, name = protocol.name): ProtocolDraft {
  return {
    name,
    description: protocol.description,
    roles: protocol.roles.join(', '),
    steps: protocol.steps.map((step) => ({
      ...step,
      columns: step.columns.join(', '),
      shows: step.shows ?? [],
    })),
  };
}

export function newStep(): StepDraft {
  return {
    id: `step-${crypto.randomUUID()}`,
    title: '',
    minutes: 5,
    prompt: '',
    speaking: 'everyone',
    columns: '',
    collect: 'open',
    shows: [],
  };
}

function minutesOf(value: number | string): number {
  if (typeof value === 'number') return value;
  const parsed = Number(value.trim());
  // An empty or unreadable field is "no duration", which the schema reports in its own words.
  return value.trim() === '' || Number.isNaN(parsed) ? 0 : parsed;
}

function toProtocol(draft: ProtocolDraft) {
  return {
    name: draft.name,
    description: draft.description,
    roles: splitList(draft.roles),
    steps: draft.steps.map((step) => ({
      ...step,
      minutes: minutesOf(step.minutes),
      columns: splitList(step.columns),
    })),
  };
}

/**
 * Errors are shown per field: a column's or role's error goes to its comma list, and a shown
 * column's to the step's list of shown columns.
 */
function fieldOf(path: readonly PropertyKey[]): string {
  const [first, index, field] = path;
  if (first === 'steps' && typeof index === 'number' && typeof field === 'string') {
    return `steps.${index}.${field}`;
  }
  return typeof first === 'string' ? first : 'form';
}

/** Validates the draft with the shared schema: the protocol to save, or errors by field. */
export function validateDraft(
  draft: ProtocolDraft,
): { protocol: Protocol; errors: null } | { protocol: null; errors: DraftErrors } {
  const result = protocolSchema.safeParse(toProtocol(draft));
  if (result.success) return { protocol: result.data, errors: null };
  const errors: DraftErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= issue.message;
  }
  return { protocol: null, errors };
}

/** One choice in a step's "shows cards from earlier steps" list. */
export interface ShownColumnOption {
  value: string;
  label: string;
}

/** A shown column as one select value (JSON, so that any step id or column name survives). */
export function shownColumnValue(ref: ShownColumnRef): string {
  return JSON.stringify([ref.stepId, ref.column]);
}

export function shownColumnOfValue(value: string): ShownColumnRef {
  const [stepId = '', column = ''] = JSON.parse(value) as [string?, string?];
  return { stepId, column };
}

/**
 * The columns the step at `index` can show: every column of the steps before it, as their
 * comma lists stand now. A column it already shows but that is no longer available (renamed,
 * or its step moved or removed) stays listed, so that the person sees and removes it; saving
 * names the problem.
 */
export function shownColumnOptions(steps: StepDraft[], index: number): ShownColumnOption[] {
  const options = steps.slice(0, index).flatMap((step, i) =>
    splitList(step.columns).map((column) => ({
      value: shownColumnValue({ stepId: step.id, column }),
      label: `${i + 1}. ${step.title.trim() || 'Untitled step'}: ${column}`,
    })),
  );
  const known = new Set(options.map((o) => o.value));
  const stale = (steps[index]?.shows ?? [])
    .map((ref) => ({ ref, value: shownColumnValue(ref) }))
    .filter(({ value }) => !known.has(value))
    .map(({ ref, value }) => {
      const step = steps.find((s) => s.id === ref.stepId);
      const where = step ? `“${step.title.trim() || 'Untitled step'}”` : 'a removed step';
      return { value, label: `${ref.column} (no longer available from ${where})` };
    });
  return [...options, ...stale];
}
