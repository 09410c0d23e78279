import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import {
  type CardLevel,
  cardLevels,
  type MeasuredSection,
  type Page,
  packPages,
  type StageGeometry,
} from './presentationPages';
import type { CardSection } from './presentationSections';

/** How long the projector stays on one page of cards before it turns to the next. */
export const PAGE_SECONDS = 15;

function readGeometry(underClock: HTMLElement, underPrompt: HTMLElement, probe: Element | null) {
  const size = (element: HTMLElement) => ({
    width: element.clientWidth,
    height: element.clientHeight,
  });
  const baseFont = probe ? Number.parseFloat(getComputedStyle(probe).fontSize) : 24;
  return {
    underClock: size(underClock),
    underPrompt: size(underPrompt),
    baseFont,
  } satisfies StageGeometry;
}

/** Heights (px) of each level's measured headings and cards, read from the measuring copy. */
function readMeasurements(measurer: HTMLElement): MeasuredSection[][] {
  const height = (element: Element) => element.getBoundingClientRect().height;
  return Array.from(measurer.querySelectorAll('[data-level]'), (level) =>
    Array.from(level.querySelectorAll('[data-section]'), (section) => ({
      heading: height(section.querySelector('[data-heading]')!),
      cards: Array.from(section.querySelectorAll('[data-card]'), height),
    })),
  );
}

/** What was measured, for which sizes, cards and fonts: when it changes, measure again. */
function measureKey(levels: CardLevel[], sections: CardSection[], fontsLoaded: number): string {
  return JSON.stringify([
    fontsLoaded,
    levels.map((level) => [level.font, level.columnWidth]),
    sections.map((s) => [s.key, s.isHidden, s.cards.map((c) => [c.id, c.votes])]),
  ]);
}

/**
 * Lays the projector's cards out by measuring them: the free areas of the screen (a
 * ResizeObserver), then every card at each text size in a hidden copy, rendered just for
 * that whenever the cards or the screen change. The largest size that
 * fits every card on one page wins; when even the smallest does not, the cards are paged, and
 * the pages turn on their own every PAGE_SECONDS (or by `turn`, from keys or buttons).
 */
export function useCardPages(sections: CardSection[]) {
  const underClockRef = useRef<HTMLDivElement>(null);
  const underPromptRef = useRef<HTMLDivElement>(null);
  const measurerRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const [geometry, setGeometry] = useState<StageGeometry | null>(null);
  const [measured, setMeasured] = useState<{ key: string; sections: MeasuredSection[][] }>();
  const [page, setPage] = useState(0);
  const [fontsLoaded, remeasure] = useReducer((n: number) => n + 1, 0);
  const hasSections = sections.length > 0;

  useLayoutEffect(() => {
    const underClock = underClockRef.current;
    const underPrompt = underPromptRef.current;
    if (!underClock || !underPrompt) return;
    const update = () => {
      const next = readGeometry(underClock, underPrompt, probeRef.current);
      setGeometry((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(underClock);
    observer.observe(underPrompt);
    // The text size follows the viewport's width even when the areas keep their size.
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [hasSections]);

  useEffect(() => {
    // Text measured in a fallback font is re-measured once the real one is in.
    void document.fonts?.ready.then(remeasure);
  }, []);

  const levels = useMemo(() => (geometry ? cardLevels(geometry) : []), [geometry]);
  const key = measureKey(levels, sections, fontsLoaded);
  // The hidden copy is rendered only until it is measured, within the same task: it is
  // never painted, and never in the page for anything reading it (or its text) afterwards.
  const needsMeasuring = levels.length > 0 && measured?.key !== key;

  useLayoutEffect(() => {
    const measurer = measurerRef.current;
    if (!needsMeasuring || !measurer) return;
    setMeasured({ key, sections: readMeasurements(measurer) });
  }, [key, needsMeasuring]);

  // While measuring, the last layout stays, so that the pager keeps its focus.
  const layouts = useMemo(() => {
    if (!measured) return [];
    return levels.map((level, i) =>
      packPages(measured.sections[i] ?? [], level.slotHeights, level.gap),
    );
  }, [levels, measured]);
  const fitting = layouts.findIndex((pages) => pages.length <= 1);
  const chosen = fitting >= 0 ? fitting : layouts.length - 1;
  const pages: Page[] = layouts[chosen] ?? [];
  const pageCount = pages.length;
  const pageIndex = Math.min(page, Math.max(0, pageCount - 1));

  const turn = useCallback(
    (by: 1 | -1) => setPage((p) => (Math.min(p, pageCount - 1) + by + pageCount) % pageCount),
    [pageCount],
  );

  useEffect(() => {
    if (pageCount <= 1) return;
    // Restarts whenever the page changes, so a page turned by hand gets its full time too.
    const timer = setTimeout(() => turn(1), PAGE_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [pageIndex, pageCount, turn]);

  useEffect(() => {
    if (pageCount <= 1) return;
    // Presentation remotes send PageDown and PageUp; arrow keys work from a keyboard.
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) {
        return;
      }
      const by = { PageDown: 1, ArrowRight: 1, PageUp: -1, ArrowLeft: -1 }[event.key];
      if (by !== 1 && by !== -1) return;
      event.preventDefault();
      turn(by);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pageCount, turn]);

  return {
    underClockRef,
    underPromptRef,
    measurerRef,
    probeRef,
    needsMeasuring,
    levels,
    level: levels[chosen],
    page: pages[pageIndex],
    pageIndex,
    pageCount,
    turn,
  };
}
