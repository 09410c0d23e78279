/** The only link schemes the purpose statement keeps; `javascript:`, `data:` and the rest are refused. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so do we. */
function squeeze(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/** Whether a link target is an absolute http, https or mailto URL. */
export function isAllowedLink(url: string | null | undefined): boolean {
  if (!url) return false;
  const scheme = SCHEME.exec(squeeze(url))?.[1]?.toLowerCase();
  if (!scheme || !(allowedLinkProtocols as readonly string[]).includes(scheme)) return false;
  if (scheme === 'mailto') return true;
  try {
    return new URL(url.trim()).hostname !== '';
  } catch {
    return false;
  }
}

/**
 * What a person typed into the link field, made into an allowed URL: "example.org" becomes
 * "https://example.org", an email address becomes a mailto link. Null when not allowed.
 */
export function normalizeLink(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  if (SCHEME.test(squeeze(trimmed)) && !/^[^:/]+\.[^:/]+:\d/.test(trimmed)) {
    return isAllowedLink(trimmed) ? trimmed : null;
  }
  const candidate = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)
    ? `mailto:${trimmed}`
    : `https://${trimmed.replace(/^\/\//, '')}`;
  return isAllowedLink(candidate) ? candidate : null;
}
