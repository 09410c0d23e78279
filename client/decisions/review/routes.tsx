import type { RouteObject } from 'react-router';

const loaders = () => import('./reviewLoaders');
const decisionError = async () => (await import('../DecisionRouteError')).DecisionRouteError;
const planReport = {
  loader: async () => (await import('./planReportLoader')).planReportLoader,
  Component: async () => (await import('./PlanReportPage')).PlanReportPage,
};

/**
 * The principal's review of the decision log, for the app router's children: the log with its
 * overview, one decision in full, follow-ups due, a printable report, and the work plan report
 * (this school year's plan, or an earlier one's). Each page (the charts with the log) and its
 * loader download on first visit, in parallel.
 */
export const reviewRoutes: RouteObject[] = [
  {
    path: '/teams/:teamId/review',
    lazy: {
      loader: async () => (await loaders()).reviewLogLoader,
      Component: async () => (await import('./ReviewLogPage')).ReviewLogPage,
    },
  },
  {
    path: '/teams/:teamId/review/decisions/:decisionId',
    lazy: {
      loader: async () => (await loaders()).reviewDecisionLoader,
      ErrorBoundary: decisionError,
      Component: async () => (await import('./ReviewDecisionPage')).ReviewDecisionPage,
    },
  },
  {
    path: '/teams/:teamId/review/follow-ups',
    lazy: {
      loader: async () => (await loaders()).dueFollowUpsLoader,
      Component: async () => (await import('./DueFollowUpsPage')).DueFollowUpsPage,
    },
  },
  {
    path: '/teams/:teamId/review/print',
    lazy: {
      loader: async () => (await loaders()).reviewPrintLoader,
      Component: async () => (await import('./PrintReportPage')).PrintReportPage,
    },
  },
  { path: '/teams/:teamId/review/plan', lazy: planReport },
  { path: '/teams/:teamId/review/plan/:planId', lazy: planReport },
];
