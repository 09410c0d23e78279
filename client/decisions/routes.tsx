import type { RouteObject } from 'react-router';

/**
 * The decision screens, for the app router's children. The page (Tiptap and Yjs with it), its
 * loader and its error screen download on first visit, in parallel.
 */
export const decisionRoutes: RouteObject[] = [
  {
    path: '/teams/:teamId/decisions/:decisionId',
    lazy: {
      loader: async () => (await import('./decisionLoader')).decisionLoader,
      ErrorBoundary: async () => (await import('./DecisionRouteError')).DecisionRouteError,
      Component: async () => (await import('./DecisionPage')).DecisionPage,
    },
  },
];
