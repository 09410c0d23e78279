import { describe, expect, it } from 'vitest';
import { toSearchTerms } from './searchTerms';

describe('toSearchTerms', () => {
  it('ignores a search with no letter or digit', () => {
    expect(toSearchTerms(undefined)).toBeNull();
    expect(toSearchTerms('  ')).toBeNull();
    expect(toSearchTerms(`"-:*&|!()'`)).toBeNull();
  });

  it('takes the last word as a prefix too', () => {
    expect(toSearchTerms(' reteach Fract ')).toEqual({
      text: 'reteach Fract',
      prefix: { head: 'reteach ', word: 'fract' },
    });
    expect(toSearchTerms('Núñ')).toEqual({ text: 'Núñ', prefix: { head: '', word: 'núñ' } });
  });

  it('keeps only letters and digits in the prefix, so no tsquery operator gets through', () => {
    expect(toSearchTerms("o'brien:*")).toEqual({ text: "o'brien:*", prefix: null });
    expect(toSearchTerms('a & b:*|c')?.prefix).toEqual({ head: 'a & b:*|', word: 'c' });
  });

  it('leaves excluded words and open phrases whole', () => {
    expect(toSearchTerms('exit -fract')?.prefix).toBeNull();
    expect(toSearchTerms('"exit tick')?.prefix).toBeNull();
    expect(toSearchTerms('"exit tickets" fract')?.prefix).toEqual({
      head: '"exit tickets" ',
      word: 'fract',
    });
  });

  it('composes decomposed accents before matching', () => {
    expect(toSearchTerms('Nu\u0301n\u0303ez')?.prefix?.word).toBe('n\u00fa\u00f1ez');
  });
});
