/**
 * The page to return to after signing in. Only same-site paths are accepted, so an invite
 * link cannot be turned into a redirect to another site (`//evil.example`, `/\evil`).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/';
  }
  return next;
}

/** `/signin?next=…` or `/signup?next=…`, leaving out `next` when it is the home page. */
export function authPath(page: '/signin' | '/signup', next: string): string {
  const safe = safeNextPath(next);
  return safe === '/' ? page : `${page}?next=${encodeURIComponent(safe)}`;
}

/** The path and query of a loader's request, to come back to after signing in. */
export function requestPath(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}
