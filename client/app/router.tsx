import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../auth/SignInPage';
import { decisionRoutes } from '../decisions/routes';
import { meetingRoutes } from '../meetings/routes';
import { planRoutes } from '../plans/routes';
import { protocolRunRoutes } from '../protocol-runs/routes';
import { reviewRoutes } from '../decisions/review/routes';
import { teamLoader } from '../teams/members/teamLoader';
import { TeamsPage } from '../teams/TeamsPage';
import { teamsLoader } from '../teams/teamsLoader';
import { LoadingPage } from './LoadingPage';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/**
 * Only the team list and sign-in ship with the app: every other screen (and its loader when
 * that pulls in more than the API client) downloads on first visit, in parallel with its data,
 * so the initial JavaScript stays within budget (see e2e/bundle-size.spec.ts). React Router
 * keeps the current page on screen while a lazy route loads; a first load shows LoadingPage.
 */
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingPage />,
    children: [
      { path: '/', loader: teamsLoader, element: <TeamsPage /> },
      { path: '/signin', element: <SignInPage /> },
      {
        path: '/signup',
        lazy: { Component: async () => (await import('../auth/SignUpPage')).SignUpPage },
      },
      {
        path: '/account',
        lazy: {
          loader: async () => (await import('../account/accountLoader')).accountLoader,
          Component: async () => (await import('../account/AccountPage')).AccountPage,
        },
      },
      {
        path: '/reset/:code',
        lazy: {
          loader: async () =>
            (await import('../password-reset/passwordResetLoader')).passwordResetLoader,
          Component: async () =>
            (await import('../password-reset/PasswordResetPage')).PasswordResetPage,
        },
      },
      {
        path: '/forgot-password',
        lazy: {
          Component: async () =>
            (await import('../password-reset/ForgotPasswordPage')).ForgotPasswordPage,
        },
      },
      {
        path: '/verify-email/:code',
        lazy: {
          Component: async () => (await import('../verify-email/VerifyEmailPage')).VerifyEmailPage,
        },
      },
      {
        path: '/join/:code',
        lazy: {
          loader: async () => (await import('../teams/join/joinLoader')).joinLoader,
          Component: async () => (await import('../teams/join/JoinPage')).JoinPage,
        },
      },
      {
        // The team page carries the rich-text editor (Tiptap, ProseMirror, Yjs).
        path: '/teams/:teamId',
        loader: teamLoader,
        lazy: { Component: async () => (await import('../teams/members/TeamPage')).TeamPage },
      },
      {
        path: '/teams/:teamId/settings',
        loader: teamLoader,
        lazy: {
          Component: async () =>
            (await import('../teams/settings/TeamSettingsPage')).TeamSettingsPage,
        },
      },
      ...protocolRunRoutes,
      ...decisionRoutes,
      ...meetingRoutes,
      ...planRoutes,
      ...reviewRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
