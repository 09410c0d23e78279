import type { RouteObject } from 'react-router';
import { decisionLoader } from './decisionLoader';
import { DecisionRouteError } from './DecisionRouteError';

/**
 * The decision screens, for the app router's children. The page (Tiptap and Yjs with it)
 * downloads on first visit, in parallel with its data.
 */
export const decisionRoutes: RouteObject[] = [
  {
    path: '/teams/:teamId/decisions/:decisionId',
    loader: decisionLoader,
    ErrorBoundary: DecisionRouteError,
    lazy: { Component: async () => (await import('./DecisionPage')).DecisionPage },
  },
];
