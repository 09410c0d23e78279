import type { EvidenceLink } from '../../shared/decisions/decisionDoc';
import { evidenceLinkSchema } from '../../shared/decisions/decisionDoc';

type UrlEvidence = Extract<EvidenceLink, { kind: 'url' }>;

/** What the add-a-link form reports: the link to add, or a message per field. */
export type UrlEvidenceResult =
  { link: UrlEvidence; errors: null } | { link: null; errors: { url?: string; label?: string } };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Checks a web page typed as evidence with the document's own schema (its `url` branch: http
 * and https only). "example.org/report" is completed to "https://example.org/report".
 */
export function parseUrlEvidence(url: string, label: string): UrlEvidenceResult {
  const trimmed = url.trim();
  if (trimmed === '') return { link: null, errors: { url: "Enter the page's web address" } };
  const candidate = {
    kind: 'url' as const,
    url: HAS_SCHEME.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/\//, '')}`,
    label: label.trim(),
  };
  const parsed = evidenceLinkSchema.safeParse(candidate);
  if (parsed.success && parsed.data.kind === 'url') return { link: parsed.data, errors: null };
  const errors: { url?: string; label?: string } = {};
  for (const issue of parsed.error?.issues ?? []) {
    if (issue.path[0] === 'label') errors.label = 'Keep the label under 200 characters';
    else errors.url = 'Enter a web address that starts with http:// or https://';
  }
  return { link: null, errors };
}

/** Button names quote the evidence; long ones are cut so names stay readable. */
export function shortName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
