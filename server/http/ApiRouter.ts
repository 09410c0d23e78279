import type { Handler, Hono, MiddlewareHandler } from 'hono';
import type { TeamAction } from '../../shared/access/roles';
import { authorizeTeamAction } from '../access/authorize';
import { apiError } from './apiErrors';
import { crossSiteGuard } from './crossSiteGuard';
import { requireUser } from './requireUser';
import type { ApiDeps, ApiEnv } from './types';

/** Who may call a route. Every API route declares one; the access matrix test reads them. */
export type RouteRule =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'team'; action: TeamAction };

export const publicRoute: RouteRule = { kind: 'public' };
export const signedIn: RouteRule = { kind: 'signed-in' };
export const teamRule = (action: TeamAction): RouteRule => ({ kind: 'team', action });

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One registered API route with its rule. */
export interface RouteSpec {
  method: Method;
  path: string;
  rule: RouteRule;
}

/**
 * Registers API routes together with their access rule, so that no route exists without
 * one. Team routes (`/api/teams/:teamId/…`) ask the access module before the handler runs;
 * a non-member gets 404 and a member without the right role 403. State changes then pass the
 * cross-site guard (JSON bodies only; no foreign origin with the cookie).
 */
export class ApiRouter {
  readonly specs: RouteSpec[] = [];
  private readonly refuseCrossSite: MiddlewareHandler;

  constructor(
    private readonly app: Hono<ApiEnv>,
    private readonly deps: ApiDeps,
  ) {
    this.refuseCrossSite = crossSiteGuard(deps.allowedOrigins);
  }

  add(method: Method, path: string, rule: RouteRule, handler: Handler<ApiEnv>): void {
    this.specs.push({ method, path, rule });
    const chain: MiddlewareHandler<ApiEnv>[] = [];
    if (rule.kind !== 'public') chain.push(requireUser(this.deps));
    if (rule.kind === 'team') chain.push(this.requireTeamAction(rule.action));
    if (method !== 'GET') chain.push(this.refuseCrossSite);
    this.app.on(method, [path], ...chain, handler);
  }

  private requireTeamAction(action: TeamAction): MiddlewareHandler<ApiEnv> {
    return async (c, next) => {
      const teamId = c.req.param('teamId') ?? '';
      const decision = await authorizeTeamAction(this.deps.db, c.get('user').id, teamId, action);
      if (!decision.allowed) {
        return decision.reason === 'not-member'
          ? apiError(c, 404, 'not_found', 'No such team, or you are not a member')
          : apiError(c, 403, 'forbidden', 'Your role in this team does not allow this');
      }
      c.set('teamId', teamId);
      c.set('teamRole', decision.role);
      await next();
    };
  }
}
