import { describe, expect, it } from 'vitest';
import { colorForUser, userPalette } from './userColor';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

describe('user colours', () => {
  it.each(userPalette)('%s keeps 4.5:1 contrast with white caret labels', (color) => {
    expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives a person the same colour every time', () => {
    const id = '3f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f';
    expect(colorForUser(id)).toBe(colorForUser(id));
    expect(userPalette).toContain(colorForUser(id));
  });
});
