import type { RouteObject } from 'react-router';

const loaders = () => import('./meetingLoaders');
const planReview = () => import('./plan-review/planReviewLoader');

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
  {
    path: '/teams/:teamId/meetings/:meetingId/plan-review/:itemId',
    lazy: {
      loader: async () => (await planReview()).planReviewLoader,
      Component: async () => (await import('./plan-review/PlanReviewPage')).PlanReviewPage,
    },
  },
  {
    // The projector view: full screen, no app chrome.
    path: '/teams/:teamId/meetings/:meetingId/plan-review/:itemId/present',
    lazy: {
      loader: async () => (await planReview()).planReviewLoader,
      Component: async () =>
        (await import('./plan-review/PlanReviewProjector')).PlanReviewProjector,
    },
  },
];
