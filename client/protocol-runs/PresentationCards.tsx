import { ActionIcon, Group } from '@mantine/core';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import styles from './presentation.module.css';
import { CardMeasurer, levelStyle, PageColumn } from './PresentationColumn';
import type { CardLevel, PageItem } from './presentationPages';
import type { CardSection } from './presentationSections';
import { plural } from './runLabels';
import { useCardPages } from './useCardPages';

interface PresentationCardsProps {
  /** The step's number, title, who speaks and prompt. */
  info: ReactNode;
  clock: ReactNode;
  sections: CardSection[];
}

function Pager({
  index,
  count,
  turn,
}: {
  index: number;
  count: number;
  turn: (by: 1 | -1) => void;
}) {
  // Not a live region: a page turning every few seconds should not talk over the room.
  return (
    <Group className={styles.pager} gap="sm" justify="flex-end">
      <ActionIcon variant="default" size="lg" aria-label="Previous page" onClick={() => turn(-1)}>
        <ChevronLeft size={20} aria-hidden="true" />
      </ActionIcon>
      <span data-page-indicator>
        Page {index + 1} of {count}
      </span>
      <ActionIcon variant="default" size="lg" aria-label="Next page" onClick={() => turn(1)}>
        <ChevronRight size={20} aria-hidden="true" />
      </ActionIcon>
    </Group>
  );
}

function CardArea({
  level,
  columns,
  sections,
}: {
  level: CardLevel | undefined;
  columns: PageItem[][];
  sections: CardSection[];
}) {
  if (!level || columns.length === 0) return null;
  return (
    <div className={styles.pageArea} style={levelStyle(level)}>
      {columns.map((items, i) => (
        <PageColumn key={i} items={items} sections={sections} />
      ))}
    </div>
  );
}

/**
 * The shown step on the projector: its prompt and clock at their full size, and its cards in
 * the rest of the screen (under the clock, then under the prompt), in columns, as large as
 * they fit. Nothing scrolls: cards that do not fit at the smallest readable size go on
 * further pages, which turn on their own.
 */
export function PresentationCards({ info, clock, sections }: PresentationCardsProps) {
  const {
    underClockRef,
    underPromptRef,
    measurerRef,
    probeRef,
    needsMeasuring,
    levels,
    level,
    page = [],
    pageIndex,
    pageCount,
    turn,
  } = useCardPages(sections);
  const hasSections = sections.length > 0;
  const split = level?.underClockColumns ?? 0;
  const total = sections.reduce((sum, section) => sum + section.cards.length, 0);

  return (
    <div className={styles.stage} data-has-cards={hasSections || undefined}>
      <div className={styles.stageColumn}>
        <div>{info}</div>
        {hasSections && (
          <div ref={underPromptRef} className={styles.area}>
            <CardArea level={level} columns={page.slice(split)} sections={sections} />
          </div>
        )}
      </div>
      <div className={styles.stageColumn}>
        {clock}
        {hasSections && (
          <>
            <h2 className="visually-hidden">Cards</h2>
            <div ref={underClockRef} className={styles.area}>
              <CardArea level={level} columns={page.slice(0, split)} sections={sections} />
            </div>
            {pageCount > 1 && <Pager index={pageIndex} count={pageCount} turn={turn} />}
            <p role="status" className="visually-hidden">
              {plural(total, 'card')} on this step
            </p>
            <span ref={probeRef} className={styles.fontProbe} aria-hidden="true" />
            {needsMeasuring && (
              <CardMeasurer levels={levels} sections={sections} measurerRef={measurerRef} />
            )}
          </>
        )}
      </div>
    </div>
  );
}
