import { describe, expect, it } from 'vitest';
import { evidenceName } from '../../shared/decisions/decisionLabels';
import { parseUrlEvidence } from './evidenceLink';

describe('web pages as evidence', () => {
  it('accepts http and https pages, completing a bare address', () => {
    expect(parseUrlEvidence(' https://example.org/report ', ' Report ').link).toEqual({
      kind: 'url',
      url: 'https://example.org/report',
      label: 'Report',
    });
    expect(parseUrlEvidence('example.org/data', '').link?.url).toBe('https://example.org/data');
  });

  it('refuses other schemes, empty addresses and long labels', () => {
    expect(parseUrlEvidence('javascript:alert(1)', '').errors?.url).toMatch(/http/);
    expect(parseUrlEvidence('mailto:a@b.org', '').errors?.url).toMatch(/http/);
    expect(parseUrlEvidence('  ', '').errors?.url).toMatch(/web address/);
    expect(parseUrlEvidence('https://example.org', 'x'.repeat(201)).errors).toEqual({
      label: 'Keep the label under 200 characters',
    });
  });

  it('names a link by its label, falling back to the address', () => {
    expect(evidenceName({ kind: 'url', url: 'https://example.org', label: '' })).toBe(
      'https://example.org',
    );
    expect(evidenceName({ kind: 'artifact', artifactId: 'a', name: 'Essay.pdf' })).toBe(
      'Essay.pdf',
    );
  });
});
