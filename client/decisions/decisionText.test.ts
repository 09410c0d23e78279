import { describe, expect, it } from 'vitest';
import { asSentence, describeDecided } from './decisionText';

describe('decision text', () => {
  it('records who decided, when in the team time zone, how and with what result', () => {
    const text = describeDecided(
      {
        at: Date.parse('2026-03-07T02:30:00Z'),
        byId: 'u1',
        byName: 'Ana Ruiz',
        model: 'fist-to-five',
        result: 'Everyone showed three or more',
      },
      'America/Chicago',
      'en-US',
    );
    expect(text).toBe(
      'Decided by Ana Ruiz on Mar 6, 2026, 8:30 PM by fist to five: Everyone showed three or more',
    );
  });

  it('ends the shared rules’ messages with a full stop once', () => {
    expect(asSentence('Close the vote first')).toBe('Close the vote first.');
    expect(asSentence('Does it affect them?')).toBe('Does it affect them?');
  });
});
