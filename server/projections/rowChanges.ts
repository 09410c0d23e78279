/** How the projector tells what a fresh projection changes in a stored row. */
import { stableJson } from '../../shared/util/stableJson';

/** The keys whose values differ between a stored row and freshly projected columns. */
export function changedKeys<T extends object>(stored: Record<string, unknown>, fresh: T) {
  return (Object.keys(fresh) as (keyof T & string)[]).filter(
    (key) => stableJson(normalise(stored[key])) !== stableJson(normalise(fresh[key])),
  );
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  return value ?? null;
}
