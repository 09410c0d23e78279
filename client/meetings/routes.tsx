import type { RouteObject } from 'react-router';

const loaders = () => import('./meetingLoaders');

/**
 * The meeting screens, for the app router's children. Each page (and Yjs with it) and its
 * loader download on first visit, in parallel.
 */
export const meetingRoutes: RouteObject[] = [
  {
    path: '/teams/:teamId/meetings',
    lazy: {
      loader: async () => (await loaders()).meetingsLoader,
      Component: async () => (await import('./MeetingsPage')).MeetingsPage,
    },
  },
  {
    path: '/teams/:teamId/meetings/:meetingId',
    lazy: {
      loader: async () => (await loaders()).meetingLoader,
      Component: async () => (await import('./MeetingPage')).MeetingPage,
    },
  },
];
