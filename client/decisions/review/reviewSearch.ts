import { reviewQuery } from '../../../shared/api/review';
import type { DecisionModel, DecisionStatus } from '../../../shared/decisions/decisionRules';
import { sortOptionOf, sortOptions, type SortKey } from './reviewSorts';

/**
 * The decision log's view as it lives in the page's URL: the filters, the sort and the page.
 * The URL uses the API's own parameter names (`q`, `from`, `status`, `sort`, `order`, `page`…)
 * so a filtered view is linkable, Back works, and the API query is the URL's query.
 */

/** The filters, as form controls hold them: an empty string means "any". */
export interface ReviewFilters {
  q: string;
  from: string;
  to: string;
  status: DecisionStatus | '';
  model: DecisionModel | '';
  owner: string;
  student: string;
  meetingId: string;
}

export interface ReviewSearch {
  filters: ReviewFilters;
  sort: SortKey;
  page: number;
}

export const filterKeys = [
  'q',
  'from',
  'to',
  'status',
  'model',
  'owner',
  'student',
  'meetingId',
] as const satisfies readonly (keyof ReviewFilters)[];

export const noFilters: ReviewFilters = {
  q: '',
  from: '',
  to: '',
  status: '',
  model: '',
  owner: '',
  student: '',
  meetingId: '',
};

const shape = reviewQuery.shape;

/** One parameter checked by the API's own schema; a value it would refuse counts as absent. */
function readParam<K extends keyof ReviewFilters>(params: URLSearchParams, key: K): string {
  const raw = params.get(key);
  if (raw === null) return '';
  const parsed = shape[key].safeParse(raw);
  return parsed.success && typeof parsed.data === 'string' ? parsed.data : '';
}

/** The view a URL's query describes; anything malformed falls back to its default. */
export function parseReviewSearch(params: URLSearchParams): ReviewSearch {
  const filters = { ...noFilters };
  for (const key of filterKeys) Object.assign(filters, { [key]: readParam(params, key) });
  const sort = sortOptionOf(params.get('sort'), params.get('order'));
  const page = shape.page.safeParse(params.get('page') ?? undefined);
  return { filters, sort, page: page.success ? page.data : 1 };
}

/**
 * The query for a view: only the filters that are set, the sort unless it is the default,
 * and the page past the first. `include` leaves out the sort or the page (CSV, print links).
 */
export function toSearchParams(
  search: ReviewSearch,
  include: { sort?: boolean; page?: boolean } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = search.filters[key].trim();
    if (value !== '') params.set(key, value);
  }
  const option = sortOptions[search.sort];
  if ((include.sort ?? true) && search.sort !== 'newest') {
    params.set('sort', option.sort);
    params.set('order', option.order);
  }
  if ((include.page ?? true) && search.page > 1) params.set('page', String(search.page));
  return params;
}

/** "?a=b" or "" for links. */
export function toQueryString(params: URLSearchParams): string {
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Whether any filter narrows the log. */
export function hasFilters(filters: ReviewFilters): boolean {
  return filterKeys.some((key) => filters[key].trim() !== '');
}

/** Whether two filter sets ask for the same decisions. */
export function sameFilters(a: ReviewFilters, b: ReviewFilters): boolean {
  return filterKeys.every((key) => a[key].trim() === b[key].trim());
}

/** What is wrong with the filters before they are applied (the date range), or null. */
export function filtersProblem(filters: ReviewFilters): { to: string } | null {
  if (filters.from && filters.to && filters.to < filters.from) {
    return { to: 'Choose a date on or after the From date' };
  }
  return null;
}
