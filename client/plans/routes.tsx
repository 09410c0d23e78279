import type { RouteObject } from 'react-router';

const loaders = () => import('./planLoaders');
const page = async () => (await import('./WorkPlanPage')).WorkPlanPage;

/**
 * The work plan screens: this school year's plan, or an earlier year's (read-only), and the
 * improvement cycles under its goals.
 */
export const planRoutes: RouteObject[] = [
  {
    path: '/teams/:teamId/plan',
    lazy: { loader: async () => (await loaders()).planLoader, Component: page },
  },
  {
    path: '/teams/:teamId/plan/:planId',
    lazy: { loader: async () => (await loaders()).planLoader, Component: page },
  },
  {
    path: '/teams/:teamId/plan/:planId/cycles/:cycleId',
    lazy: {
      loader: async () => (await import('./cycleLoader')).cycleLoader,
      Component: async () => (await import('./CyclePage')).CyclePage,
    },
  },
];
