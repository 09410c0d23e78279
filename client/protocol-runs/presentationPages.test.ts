import { describe, expect, it } from 'vitest';
import {
  cardLevels,
  MIN_CARD_FONT_PX,
  type MeasuredSection,
  packPages,
  type Page,
} from './presentationPages';

/** A page as text: columns joined by " | ", e.g. "H0 C0.0 C0.1 | C0.2". */
function show(pages: Page[]): string[] {
  return pages.map((page) =>
    page
      .map((column) =>
        column
          .map((item) =>
            item.kind === 'heading'
              ? `H${item.section}${item.isContinued ? '+' : ''}`
              : `C${item.section}.${item.card}`,
          )
          .join(' '),
      )
      .join(' | '),
  );
}

const section = (cards: number[], heading = 10): MeasuredSection => ({ heading, cards });

describe('packing cards into pages', () => {
  it('fills columns top to bottom, then the next page, repeating the heading', () => {
    // Columns of 100 px, gap 10: a heading of 10 and three cards of 20 fit (10 + 3 × 30).
    const pages = packPages([section([20, 20, 20, 20, 20, 20, 20, 20])], [100, 100], 10);
    expect(show(pages)).toEqual(['H0 C0.0 C0.1 C0.2 | C0.3 C0.4 C0.5', 'H0+ C0.6 C0.7 | ']);
  });

  it('gives each board column its own column when there are enough', () => {
    const pages = packPages([section([20]), section([20, 20])], [100, 100, 100], 10);
    expect(show(pages)).toEqual(['H0 C0.0 | H1 C1.0 C1.1 | ']);
  });

  it('stacks board columns when there are more of them than columns', () => {
    const pages = packPages([section([20]), section([20]), section([20])], [100, 100], 10);
    expect(show(pages)).toEqual(['H0 C0.0 H1 C1.0 | H2 C2.0']);
  });

  it('never leaves a heading at the foot of a column', () => {
    const pages = packPages([section([60]), section([60])], [100, 100, 100, 100, 100], 10);
    expect(show(pages)).toEqual(['H0 C0.0 | H1 C1.0 |  |  | ']);
    const stacked = packPages([section([50]), section([50]), section([50])], [100, 100], 10);
    expect(show(stacked)).toEqual(['H0 C0.0 | H1 C1.0', 'H2 C2.0 | ']);
  });

  it('skips a short column that cannot hold the next card', () => {
    const pages = packPages([section([20, 60, 20])], [40, 100], 10);
    expect(show(pages)).toEqual(['H0 C0.0 | C0.1 C0.2']);
  });

  it('fills the room a long card leaves with the cards after it', () => {
    const pages = packPages([section([20, 85, 20, 50])], [100, 100, 100], 10);
    expect(show(pages)).toEqual(['H0 C0.0 C0.2 | C0.1 | C0.3']);
  });

  it('lets a card with no room wait for the next page while later ones fill this one', () => {
    const pages = packPages([section([20, 90, 30, 40])], [100, 50], 10);
    expect(show(pages)).toEqual(['H0 C0.0 C0.2 | C0.3', 'H0+ C0.1 | ']);
  });

  it('lets a card taller than every column fill one', () => {
    const pages = packPages([section([20, 500, 500, 20])], [100, 100], 10);
    expect(show(pages)).toEqual(['H0 C0.0 C0.3 | C0.1', 'H0+ C0.2 | ']);
    const single = packPages([section([500, 20])], [100], 10);
    expect(show(single)).toEqual(['H0 C0.0', 'H0+ C0.1']);
  });

  it('still shows a heading taller than every column, with its first card', () => {
    const pages = packPages([section([20, 20], 150)], [100], 10);
    expect(show(pages)).toEqual(['H0 C0.0', 'H0+ C0.1']);
  });

  it('shows an empty board column by its heading alone', () => {
    expect(show(packPages([section([]), section([20])], [100, 100], 10))).toEqual(['H0 | H1 C1.0']);
    expect(packPages([], [100], 10)).toEqual([]);
    expect(packPages([section([20])], [], 10)).toEqual([]);
  });
});

describe('card sizes to try', () => {
  it('shrinks the text towards a readable minimum, with more columns as it shrinks', () => {
    const levels = cardLevels({
      underClock: { width: 1200, height: 200 },
      underPrompt: { width: 700, height: 180 },
      baseFont: 22,
    });
    expect(levels.map((l) => l.font)).toEqual([22, 18.9, MIN_CARD_FONT_PX]);
    const columns = levels.map((l) => l.underClockColumns);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    for (const level of levels) {
      const { underClockColumns: n, columnWidth, gap } = level;
      expect(n * columnWidth + (n - 1) * gap).toBeLessThanOrEqual(1200);
      expect(columnWidth).toBeGreaterThanOrEqual(level.font * 12);
      expect(level.slotHeights).toEqual([
        ...Array<number>(n).fill(200),
        ...Array<number>(level.underPromptColumns).fill(180),
      ]);
    }
    expect(levels[0]?.underPromptColumns).toBe(2);
  });

  it('leaves out the area under the prompt when it is too short, and keeps one column', () => {
    const [level] = cardLevels({
      underClock: { width: 100, height: 200 },
      underPrompt: { width: 700, height: 30 },
      baseFont: 30,
    });
    expect(level).toMatchObject({
      underClockColumns: 1,
      underPromptColumns: 0,
      columnWidth: 100,
    });
  });
});
