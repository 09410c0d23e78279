import type { RouteObject } from 'react-router';
import { protocolsLoader, runLoader, runsLoader } from './runLoaders';

/**
 * The protocol-run screens, for the app router's children. Loaders are small and load with
 * the app; each page (and Yjs with it) downloads on first visit, in parallel with its data.
 */
export const protocolRunRoutes: RouteObject[] = [
  {
    path: '/teams/:teamId/runs',
    loader: runsLoader,
    lazy: { Component: async () => (await import('./RunsPage')).RunsPage },
  },
  {
    path: '/teams/:teamId/protocols',
    loader: protocolsLoader,
    lazy: { Component: async () => (await import('./ProtocolsPage')).ProtocolsPage },
  },
  {
    path: '/teams/:teamId/protocols/:protocolId/edit',
    loader: protocolsLoader,
    lazy: { Component: async () => (await import('./ProtocolEditorPage')).ProtocolEditorPage },
  },
  {
    path: '/teams/:teamId/runs/:runId',
    loader: runLoader,
    lazy: { Component: async () => (await import('./RunPage')).RunPage },
  },
  {
    path: '/teams/:teamId/runs/:runId/present',
    loader: runLoader,
    lazy: { Component: async () => (await import('./PresentPage')).PresentPage },
  },
];
