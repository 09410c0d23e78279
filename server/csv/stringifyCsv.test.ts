import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, stringifyCsv } from './stringifyCsv';

describe('neutralizeFormula', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'prefixes text led by %j with an apostrophe',
    (lead) => {
      expect(neutralizeFormula(`${lead}1+1`)).toBe(`'${lead}1+1`);
    },
  );

  it('leaves other text as it is', () => {
    for (const text of ['', 'Plain text', 'a=b+c', ' =1+1', "'=already quoted", '3 agree, -1']) {
      expect(neutralizeFormula(text)).toBe(text);
    }
  });
});

describe('stringifyCsv', () => {
  it('neutralizes text cells and keeps numbers as numbers', () => {
    const text = stringifyCsv([['=HYPERLINK("http://evil.example","x")', -2, 1.5, 'safe', '-2+3']]);
    expect(parse(text)).toEqual([
      ['\'=HYPERLINK("http://evil.example","x")', '-2', '1.5', 'safe', "'-2+3"],
    ]);
  });
});
