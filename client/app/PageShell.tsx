import { Anchor, Box, Container, Group } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router';

interface PageShellProps {
  /** The page's own part of the document title, e.g. "Sign in". */
  title: string;
  /** Controls at the right of the app bar (sign-out). */
  actions?: ReactNode;
  /** Extra header rows below the app bar (the team bar). */
  header?: ReactNode;
  /** Width of the main column. */
  size?: 'xs' | 'sm' | 'md' | 'lg';
  children: ReactNode;
}

const APP_NAME = 'ILT Workspace';

/** Moves focus to <main> without changing the URL, so the router does not navigate. */
function handleSkip(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** Every page's frame: skip link, a <header> with the app name, and one <main>. */
export function PageShell({ title, actions, header, size = 'md', children }: PageShellProps) {
  return (
    <>
      <title>{`${title} · ${APP_NAME}`}</title>
      <a className="skip-link" href="#main" onClick={handleSkip}>
        Skip to main content
      </a>
      <Box component="header" className="app-header">
        {/* Wide pages widen the header too, so that both line up. */}
        <Container size={size === 'lg' ? 'lg' : 'md'} py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Anchor component={Link} to="/" fw={700} fz="lg" c="lake.9" underline="hover">
              {APP_NAME}
            </Anchor>
            {actions}
          </Group>
          {header}
        </Container>
      </Box>
      {/* Wide pages are working rooms (a meeting, a run): less space above, more for the work. */}
      <Container
        component="main"
        id="main"
        tabIndex={-1}
        size={size}
        py={size === 'lg' ? 'md' : 'xl'}
      >
        {children}
      </Container>
    </>
  );
}
