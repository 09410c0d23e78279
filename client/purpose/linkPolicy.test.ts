import { describe, expect, it } from 'vitest';
import { isAllowedLink, normalizeLink } from './linkPolicy';

describe('link policy', () => {
  it.each([
    ['https://example.org/a?b#c', true],
    ['http://example.org', true],
    ['mailto:principal@school.org', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['//evil.example', false],
    ['/relative', false],
    ['https://', false],
    ['', false],
  ])('%j allowed: %s', (url, allowed) => {
    expect(isAllowedLink(url)).toBe(allowed);
  });

  it('completes what people type', () => {
    expect(normalizeLink('example.org/page')).toBe('https://example.org/page');
    expect(normalizeLink('coach@district.org')).toBe('mailto:coach@district.org');
    expect(normalizeLink('  https://example.org ')).toBe('https://example.org');
    expect(normalizeLink('javascript:alert(1)')).toBeNull();
    expect(normalizeLink('data:text/html,hi')).toBeNull();
    expect(normalizeLink('')).toBeNull();
  });
});
