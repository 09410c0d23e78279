import type { ReviewQuery } from '../../../shared/api/review';

/** The orders the log offers, each one of the API's sort and order pairs. */
export const sortOptions = {
  newest: { label: 'Newest first', sort: 'created', order: 'desc' },
  oldest: { label: 'Oldest first', sort: 'created', order: 'asc' },
  decided: { label: 'Recently decided', sort: 'decided', order: 'desc' },
  title: { label: 'Title A–Z', sort: 'title', order: 'asc' },
} as const satisfies Record<
  string,
  { label: string; sort: ReviewQuery['sort']; order: ReviewQuery['order'] }
>;

export type SortKey = keyof typeof sortOptions;

const sortKeys = Object.keys(sortOptions) as SortKey[];

/** The choices for the sort select. */
export const sortSelectData = sortKeys.map((key) => ({
  value: key,
  label: sortOptions[key].label,
}));

export function isSortKey(value: string): value is SortKey {
  return (sortKeys as string[]).includes(value);
}

/**
 * The option an API sort and order pair names; a pair the log does not offer (or none) is
 * the default, newest first. A missing order means the API's default, descending.
 */
export function sortOptionOf(sort: string | null, order: string | null): SortKey {
  const wanted = order ?? 'desc';
  return (
    sortKeys.find((key) => sortOptions[key].sort === sort && sortOptions[key].order === wanted) ??
    'newest'
  );
}
