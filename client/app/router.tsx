import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../auth/SignInPage';
import { SignUpPage } from '../auth/SignUpPage';
import { JoinPage } from '../join/JoinPage';
import { joinLoader } from '../join/joinLoader';
import { teamLoader } from '../team/teamLoader';
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
