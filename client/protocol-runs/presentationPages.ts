/**
 * How the projector lays out cards: sized by measuring them, packed into columns, and paged
 * when even the smallest readable size does not fit them all on one screen. Pure, so that the
 * rules are tested without a browser; `useCardPages` feeds it real measurements.
 */

/** Card text sizes to try, as shares of the normal size, largest first. */
export const CARD_SCALES = [1, 0.86, 0.74] as const;
/** Card text never gets smaller than this (px), whatever the screen. */
export const MIN_CARD_FONT_PX = 17.6;
/** A column is at least this many widths of the card text size wide. */
export const MIN_COLUMN_EMS = 12;
/** Space between columns and between cards, in card text sizes. */
export const GAP_EMS = 0.6;
/** The area under the prompt is used when it holds at least this many lines of card text. */
const MIN_AREA_EMS = 4.5;

interface Size {
  width: number;
  height: number;
}

/** The free areas of the screen (px) and the card text size the screen gives (px). */
export interface StageGeometry {
  /** Under the clock, down to the foot of the screen: the main area. */
  underClock: Size;
  /** Under the step's title and prompt, when they leave room: may be 0 × 0. */
  underPrompt: Size;
  /** Card text size at scale 1 (from the style sheet, e.g. 1.9vw). */
  baseFont: number;
}

/** One size to try: text size, column width and the columns it gives on one page. */
export interface CardLevel {
  font: number;
  gap: number;
  columnWidth: number;
  underClockColumns: number;
  underPromptColumns: number;
  /** Heights of the page's columns in reading order: under the clock first, then the prompt. */
  slotHeights: number[];
}

function columnsIn(width: number, minWidth: number, gap: number): number {
  return Math.max(0, Math.floor((width + gap) / (minWidth + gap)));
}

/** The sizes to try on this screen, largest text first (distinct sizes only). */
export function cardLevels(geometry: StageGeometry): CardLevel[] {
  const fonts = [
    ...new Set(
      CARD_SCALES.map(
        (scale) => Math.round(Math.max(MIN_CARD_FONT_PX, geometry.baseFont * scale) * 10) / 10,
      ),
    ),
  ];
  const { underClock, underPrompt } = geometry;
  return fonts.map((font) => {
    const gap = Math.round(font * GAP_EMS);
    const underClockColumns = Math.max(1, columnsIn(underClock.width, font * MIN_COLUMN_EMS, gap));
    const columnWidth = Math.floor(
      (underClock.width - (underClockColumns - 1) * gap) / underClockColumns,
    );
    const underPromptColumns =
      underPrompt.height >= font * MIN_AREA_EMS
        ? columnsIn(underPrompt.width, columnWidth, gap)
        : 0;
    return {
      font,
      gap,
      columnWidth,
      underClockColumns,
      underPromptColumns,
      slotHeights: [
        ...Array<number>(underClockColumns).fill(Math.floor(underClock.height)),
        ...Array<number>(underPromptColumns).fill(Math.floor(underPrompt.height)),
      ],
    };
  });
}

/** Measured heights (px) of one board column's heading and of each of its cards. */
export interface MeasuredSection {
  heading: number;
  cards: number[];
}

/** Something placed in a page column: a section's heading, or one of its cards. */
export type PageItem =
  | { kind: 'heading'; section: number; isContinued: boolean }
  | { kind: 'card'; section: number; card: number };

/** A page: for each of the level's columns (slots), what it shows, top to bottom. */
export type Page = PageItem[][];

/**
 * Packs the sections' headings and cards into pages of columns, one page at a time. Each card
 * goes in the first column, from its section's heading on, that has room for it; a card with
 * no room left on the page waits for the next one while the cards after it fill what room
 * there is, so a long card never leaves half a screen empty. A section's heading goes where
 * it has a card under it, and comes again, marked continued, on each later page with its
 * cards. When every section can have a column of its own, each starts one, so that e.g.
 * "I notice" and "I wonder" stand side by side. A card taller than every column fills one
 * under its heading (and is cut there).
 */
export function packPages(sections: MeasuredSection[], slotHeights: number[], gap: number): Page[] {
  if (slotHeights.length === 0 || sections.length === 0) return [];
  // A card taller than every column is taken as filling one under its heading: the style
  // sheet lets it shrink there and cuts it.
  const tallest = Math.max(...slotHeights);
  const longest = Math.max(1, tallest - Math.max(...sections.map((s) => s.heading)) - gap);
  const heightOf = (s: number, c: number) => Math.min(sections[s]!.cards[c]!, longest);
  const ownColumns = sections.length <= slotHeights.length;
  const waiting = sections.map((section) => section.cards.map((_, c) => c));
  const isHeadingShown = sections.map(() => false);
  const pages: Page[] = [];

  while (waiting.some((cards, s) => cards.length > 0 || !isHeadingShown[s])) {
    const page: Page = slotHeights.map(() => []);
    const used = slotHeights.map(() => 0);
    let last = 0;
    const fits = (j: number, height: number) =>
      used[j]! + (used[j]! > 0 ? gap : 0) + height <= slotHeights[j]!;
    const find = (from: number, height: number) => {
      for (let j = from; j < slotHeights.length; j++) if (fits(j, height)) return j;
      return -1;
    };
    const place = (j: number, item: PageItem, height: number) => {
      used[j] = used[j]! + (used[j]! > 0 ? gap : 0) + height;
      page[j]!.push(item);
      last = Math.max(last, j);
    };

    sections.forEach((section, s) => {
      const cards = waiting[s]!;
      if (cards.length === 0 && isHeadingShown[s]) return;
      const start = ownColumns && used[last]! > 0 ? last + 1 : last;
      const heading = { kind: 'heading', section: s, isContinued: isHeadingShown[s]! } as const;
      if (cards.length === 0) {
        const j = find(start, section.heading);
        if (j >= 0) place(j, heading, section.heading);
        isHeadingShown[s] = j >= 0;
        return;
      }
      let floor = -1;
      waiting[s] = cards.filter((c) => {
        const height = heightOf(s, c);
        if (floor < 0) {
          floor = find(start, section.heading + gap + height);
          if (floor < 0) return true;
          place(floor, heading, section.heading);
          isHeadingShown[s] = true;
        }
        const j = find(floor, height);
        if (j < 0) return true;
        place(j, { kind: 'card', section: s, card: c }, height);
        return false;
      });
    });
    if (page.every((column) => column.length === 0)) {
      // Only a heading taller than every column gets here: show it and its first card anyway.
      const s = waiting.findIndex((cards, i) => cards.length > 0 || !isHeadingShown[i]);
      const [c, ...rest] = waiting[s]!;
      page[0]!.push({ kind: 'heading', section: s, isContinued: isHeadingShown[s]! });
      if (c !== undefined) page[0]!.push({ kind: 'card', section: s, card: c });
      waiting[s] = rest;
      isHeadingShown[s] = true;
    }
    pages.push(page);
  }
  return pages;
}
