import type { RouteObject } from 'react-router';
import { DecisionRouteError } from '../decisions/DecisionRouteError';
import {
  dueFollowUpsLoader,
  reviewDecisionLoader,
  reviewLogLoader,
  reviewPrintLoader,
} from './reviewLoaders';

/**
 * The principal's review of the decision log, for the app router's children: the log with its
 * overview, one decision in full, follow-ups due, and a printable report. Each page (the charts
 * with the log) downloads on first visit, in parallel with its data.
 */
export const reviewRoutes: RouteObject[] = [
  {
    path: '/teams/:teamId/review',
    loader: reviewLogLoader,
    lazy: { Component: async () => (await import('./ReviewLogPage')).ReviewLogPage },
  },
  {
    path: '/teams/:teamId/review/decisions/:decisionId',
    loader: reviewDecisionLoader,
    ErrorBoundary: DecisionRouteError,
    lazy: { Component: async () => (await import('./ReviewDecisionPage')).ReviewDecisionPage },
  },
  {
    path: '/teams/:teamId/review/follow-ups',
    loader: dueFollowUpsLoader,
    lazy: { Component: async () => (await import('./DueFollowUpsPage')).DueFollowUpsPage },
  },
  {
    path: '/teams/:teamId/review/print',
    loader: reviewPrintLoader,
    lazy: { Component: async () => (await import('./PrintReportPage')).PrintReportPage },
  },
];
