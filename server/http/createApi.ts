import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { MAX_ARTIFACT_BYTES } from '../../shared/api/runs';
import { registerCommentRoutes } from '../comments/commentRoutes';
import { registerDecisionRoutes } from '../decisions/decisionRoutes';
import { registerVersionRoutes } from '../versions/versionRoutes';
import { registerMeetingRoutes } from '../meetings/meetingRoutes';
import { registerCycleRoutes } from '../plans/cycleRoutes';
import { registerPlanRoutes } from '../plans/planRoutes';
import { registerNextStepRoutes } from '../protocol-runs/nextStepRoutes';
import { registerProtocolRoutes } from '../protocol-runs/protocolRoutes';
import { registerRunRoutes } from '../protocol-runs/runRoutes';
import { registerReviewRoutes } from '../decisions/review/reviewRoutes';
import { bodyLimit } from 'hono/body-limit';
import { registerAccountRoutes } from '../auth/accountRoutes';
import { registerAuthRoutes } from '../auth/authRoutes';
import { registerEmailVerificationRoutes } from '../auth/emailVerificationRoutes';
import { registerPasswordResetRoutes } from '../auth/passwordResetRoutes';
import { registerAuditRoutes } from '../teams/auditRoutes';
import { registerInviteRoutes } from '../teams/inviteRoutes';
import { registerMemberRoutes } from '../teams/memberRoutes';
import { registerTeamRoutes } from '../teams/teamRoutes';
import { hideSourceMaps, securityHeaders } from './securityHeaders';
import { apiError } from './apiErrors';
import { ApiRouter, publicRoute } from './ApiRouter';
import { isUploadRoute } from './crossSiteGuard';
import { requireJsonObjectBody } from './requireJsonObjectBody';
import type { ApiDeps, ApiEnv } from './types';

/** Largest JSON body the API reads. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * The HTTP side of the server: the JSON API under `/api/` and, when `clientDir` is given,
 * the built client with a fallback to `index.html` for client-side routes. Returns the app
 * and the list of API routes with their access rules.
 */
export function createApi(deps: ApiDeps, clientDir: string | null) {
  const app = new Hono<ApiEnv>();
  app.use(securityHeaders(deps.env));
  const tooLarge = (c: Context) => {
    // The rest of the body is never read: the connection cannot carry another request.
    c.header('Connection', 'close');
    return apiError(c, 413, 'payload_too_large', 'The request body is too large');
  };
  const jsonLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });
  // Uploads of student work get a larger limit (plus room for the multipart envelope).
  const uploadLimit = bodyLimit({ maxSize: MAX_ARTIFACT_BYTES + 64 * 1024, onError: tooLarge });
  app.use('/api/*', (c, next) =>
    isUploadRoute(c.req.method, c.req.path) ? uploadLimit(c, next) : jsonLimit(c, next),
  );
  app.use('/api/*', requireJsonObjectBody);

  const router = new ApiRouter(app, deps);
  router.add('GET', '/api/health', publicRoute, (c) => c.json({ ok: true }));
  router.add('GET', '/api/ready', publicRoute, async (c) => {
    const { ready, details } = await deps.readiness();
    return c.json({ ready, ...details }, ready ? 200 : 503);
  });
  registerAuthRoutes(router, deps);
  registerAccountRoutes(router, deps);
  registerPasswordResetRoutes(router, deps);
  registerEmailVerificationRoutes(router, deps);
  registerTeamRoutes(router, deps);
  registerMemberRoutes(router, deps);
  registerInviteRoutes(router, deps);
  registerAuditRoutes(router, deps);
  registerProtocolRoutes(router, deps);
  registerRunRoutes(router, deps);
  registerNextStepRoutes(router, deps);
  registerMeetingRoutes(router, deps);
  registerDecisionRoutes(router, deps);
  registerPlanRoutes(router, deps);
  registerCycleRoutes(router, deps);
  registerCommentRoutes(router, deps);
  registerReviewRoutes(router, deps);
  registerVersionRoutes(router, deps);
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such API route'));

  if (clientDir) {
    app.use('/*', hideSourceMaps(deps.env));
    app.use('/*', serveStatic({ root: clientDir }));
    app.get('*', serveStatic({ root: clientDir, path: 'index.html' }));
  }

  app.onError((error, c) => {
    deps.logger.error({ err: error, path: c.req.path }, 'request failed');
    return apiError(c, 500, 'internal', 'Something went wrong on the server');
  });
  return { app, routes: router.specs };
}
