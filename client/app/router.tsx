import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../account/AccountPage';
import { accountLoader } from '../account/accountLoader';
import { SignInPage } from '../auth/SignInPage';
import { SignUpPage } from '../auth/SignUpPage';
import { decisionRoutes } from '../decisions/routes';
import { JoinPage } from '../join/JoinPage';
import { joinLoader } from '../join/joinLoader';
import { meetingRoutes } from '../meetings/routes';
import { PasswordResetPage } from '../password-reset/PasswordResetPage';
import { protocolRunRoutes } from '../protocol-runs/routes';
import { passwordResetLoader } from '../password-reset/passwordResetLoader';
import { reviewRoutes } from '../review/routes';
import { teamLoader } from '../team/teamLoader';
import { TeamSettingsPage } from '../team-settings/TeamSettingsPage';
import { TeamsPage } from '../teams/TeamsPage';
import { teamsLoader } from '../teams/teamsLoader';
import { LoadingPage } from './LoadingPage';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

// The team page carries the rich-text editor (Tiptap, ProseMirror, Yjs): load it on demand.
const TeamPage = lazy(() => import('../team/TeamPage').then((m) => ({ default: m.TeamPage })));

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingPage />,
    children: [
      { path: '/', loader: teamsLoader, element: <TeamsPage /> },
      { path: '/signin', element: <SignInPage /> },
      { path: '/signup', element: <SignUpPage /> },
      { path: '/account', loader: accountLoader, element: <AccountPage /> },
      { path: '/reset/:code', loader: passwordResetLoader, element: <PasswordResetPage /> },
      { path: '/join/:code', loader: joinLoader, element: <JoinPage /> },
      {
        path: '/teams/:teamId',
        loader: teamLoader,
        element: (
          <Suspense fallback={<LoadingPage />}>
            <TeamPage />
          </Suspense>
        ),
      },
      { path: '/teams/:teamId/settings', loader: teamLoader, element: <TeamSettingsPage /> },
      ...protocolRunRoutes,
      ...decisionRoutes,
      ...meetingRoutes,
      ...reviewRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
