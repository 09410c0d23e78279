import type { RouteObject } from 'react-router';
import { meetingLoader, meetingsLoader } from './meetingLoaders';

/**
 * The meeting screens, for the app router's children. Each page (and Yjs with it) downloads
 * on first visit, in parallel with its data.
 */
export const meetingRoutes: RouteObject[] = [
  {
    path: '/teams/:teamId/meetings',
    loader: meetingsLoader,
    lazy: { Component: async () => (await import('./MeetingsPage')).MeetingsPage },
  },
  {
    path: '/teams/:teamId/meetings/:meetingId',
    loader: meetingLoader,
    lazy: { Component: async () => (await import('./MeetingPage')).MeetingPage },
  },
];
