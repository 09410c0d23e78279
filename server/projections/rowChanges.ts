/** How the projector tells what a fresh projection changes in a stored row. */

/** JSON with object keys sorted, so values read back from jsonb compare equal to fresh ones. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

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
