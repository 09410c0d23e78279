import type { Context } from 'hono';
import { z } from 'zod';
import { reviewQuery } from '../../../shared/api/review';
import { isUuid } from '../../../shared/documents/documentName';
import { apiError, type BodyResult } from '../../http/apiErrors';
import { type ApiRouter, teamRule } from '../../http/ApiRouter';
import type { ApiDeps } from '../../http/types';
import { ReviewService } from './ReviewService';

/** `GET …/review/follow-ups` query: how many days ahead counts as due soon. */
const dueFollowUpsQuery = z.strictObject({
  within: z.coerce.number().int().min(1).max(90).default(14),
});

/**
 * Reads the query string with a shared schema. An empty parameter (`?status=`) means no
 * filter; anything else the schema refuses answers 400 with a message that names the problem.
 */
function readQuery<S extends z.ZodType>(c: Context, schema: S): BodyResult<z.output<S>> {
  const raw = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'Invalid query';
  return { ok: false, response: apiError(c, 400, 'invalid_input', message) };
}

/** The review query, also refusing a date range that ends before it starts. */
function readReviewQuery(c: Context) {
  const query = readQuery(c, reviewQuery);
  if (!query.ok) return query;
  const { from, to } = query.value;
  if (from && to && from > to) {
    const response = apiError(c, 400, 'invalid_input', 'to: must be on or after from');
    return { ok: false as const, response };
  }
  return query;
}

/**
 * `/api/teams/:teamId/review/*`: the principal's review of the decision log. Every member may
 * read it, as they may read the log itself.
 */
export function registerReviewRoutes(router: ApiRouter, deps: ApiDeps): void {
  const review = new ReviewService(deps.db);
  const base = '/api/teams/:teamId/review';

  router.add('GET', `${base}/decisions`, teamRule('team.view'), async (c) => {
    const query = readReviewQuery(c);
    if (!query.ok) return query.response;
    return c.json(await review.page(c.get('teamId'), query.value));
  });

  // Registered before `decisions/:decisionId`; the paths differ anyway (no slash before .csv).
  router.add('GET', `${base}/decisions.csv`, teamRule('team.view'), async (c) => {
    const query = readReviewQuery(c);
    if (!query.ok) return query.response;
    const { csv, filename, truncated } = await review.exportCsv(c.get('teamId'), query.value);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
      ...(truncated ? { 'X-Export-Truncated': 'true' } : {}),
    });
  });

  router.add('GET', `${base}/decisions/:decisionId`, teamRule('team.view'), async (c) => {
    const decisionId = c.req.param('decisionId') ?? '';
    const detail = isUuid(decisionId) ? await review.detail(c.get('teamId'), decisionId) : null;
    if (!detail) return apiError(c, 404, 'decision_not_found', 'No such decision');
    return c.json(detail);
  });

  router.add('GET', `${base}/follow-ups`, teamRule('team.view'), async (c) => {
    const query = readQuery(c, dueFollowUpsQuery);
    if (!query.ok) return query.response;
    return c.json(await review.dueFollowUps(c.get('teamId'), query.value.within));
  });

  router.add('GET', `${base}/overview`, teamRule('team.view'), async (c) => {
    return c.json(await review.overview(c.get('teamId')));
  });
}
