import type { RouteObject } from 'react-router';

const loaders = () => import('./runLoaders');

/**
 * The protocol-run screens, for the app router's children. Each page (and Yjs with it) and its
 * loader download on first visit, in parallel.
 */
export const protocolRunRoutes: RouteObject[] = [
  {
    path: '/teams/:teamId/runs',
    lazy: {
      loader: async () => (await loaders()).runsLoader,
      Component: async () => (await import('./RunsPage')).RunsPage,
    },
  },
  {
    path: '/teams/:teamId/protocols',
    lazy: {
      loader: async () => (await loaders()).protocolsLoader,
      Component: async () => (await import('./ProtocolsPage')).ProtocolsPage,
    },
  },
  {
    path: '/teams/:teamId/protocols/:protocolId/edit',
    lazy: {
      loader: async () => (await loaders()).protocolsLoader,
      Component: async () => (await import('./ProtocolEditorPage')).ProtocolEditorPage,
    },
  },
  {
    path: '/teams/:teamId/runs/:runId',
    lazy: {
      loader: async () => (await loaders()).runLoader,
      Component: async () => (await import('./RunPage')).RunPage,
    },
  },
  {
    path: '/teams/:teamId/runs/:runId/present',
    lazy: {
      loader: async () => (await loaders()).runLoader,
      Component: async () => (await import('./PresentPage')).PresentPage,
    },
  },
];
