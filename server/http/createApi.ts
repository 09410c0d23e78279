import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { authRoutes } from '../auth/authRoutes';
import { teamRoutes } from '../teams/teamRoutes';
import { apiError } from './apiErrors';
import type { ApiDeps, ApiEnv } from './types';

/** Largest JSON body the API reads. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * The HTTP side of the server: the JSON API under `/api/` and, when `clientDir` is given,
 * the built client with a fallback to `index.html` for client-side routes.
 */
export function createApi(deps: ApiDeps, clientDir: string | null) {
  const app = new Hono<ApiEnv>();

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => apiError(c, 413, 'payload_too_large', 'The request body is too large'),
    }),
  );
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/ready', async (c) => {
    const { ready, details } = await deps.readiness();
    return c.json({ ready, ...details }, ready ? 200 : 503);
  });
  app.route('/api/auth', authRoutes(deps));
  app.route('/api', teamRoutes(deps));
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such API route'));

  if (clientDir) {
    app.use('/*', serveStatic({ root: clientDir }));
    app.get('*', serveStatic({ root: clientDir, path: 'index.html' }));
  }

  app.onError((error, c) => {
    deps.logger.error({ err: error, path: c.req.path }, 'request failed');
    return apiError(c, 500, 'internal', 'Something went wrong on the server');
  });
  return app;
}
