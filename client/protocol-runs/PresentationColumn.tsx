import type { CSSProperties, RefObject } from 'react';
import type { BoardCard } from '../../shared/protocol-runs/runBoardDoc';
import styles from './presentation.module.css';
import type { CardLevel, PageItem } from './presentationPages';
import type { CardSection } from './presentationSections';
import { plural } from './runLabels';

/** The text sizes of one level, as the custom properties the style sheet reads. */
export function levelStyle(level: CardLevel): CSSProperties {
  return {
    '--card-font': `${level.font}px`,
    '--card-gap': `${level.gap}px`,
    '--column-width': `${level.columnWidth}px`,
  } as CSSProperties;
}

function SectionHeading({ section, isContinued }: { section: CardSection; isContinued: boolean }) {
  const isWaiting = section.isHidden && section.cards.length === 0;
  return (
    <div className={styles.sectionHead} data-heading>
      <h3 className={styles.columnTitle}>
        {section.column} ({section.cards.length}){isContinued && ', continued'}
      </h3>
      {section.fromStep !== undefined && (
        <p className={styles.fromStep}>From “{section.fromStep}”</p>
      )}
      {isWaiting && (
        <p className={styles.sectionNote}>
          Collected privately. The cards appear here when the facilitator reveals them.
        </p>
      )}
    </div>
  );
}

/** A card as the room sees it: an anonymous card carries no author (the board has none). */
function CardBox({ card }: { card: BoardCard }) {
  return (
    <>
      <p className={styles.cardText}>{card.text}</p>
      <p className={styles.cardMeta}>
        {card.author?.name ?? 'Anonymous'}
        {card.votes > 0 && ` · ${plural(card.votes, 'vote')}`}
      </p>
    </>
  );
}

type Block =
  | { kind: 'heading'; section: number; isContinued: boolean }
  | { kind: 'cards'; section: number; cards: BoardCard[] };

/** Consecutive cards of one board column become one list. */
function blocksOf(items: PageItem[], sections: CardSection[]): Block[] {
  const blocks: Block[] = [];
  for (const item of items) {
    if (item.kind === 'heading') {
      blocks.push(item);
      continue;
    }
    const card = sections[item.section]?.cards[item.card];
    if (!card) continue;
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'cards' && last.section === item.section) last.cards.push(card);
    else blocks.push({ kind: 'cards', section: item.section, cards: [card] });
  }
  return blocks;
}

/** One column of a page of cards. */
export function PageColumn({ items, sections }: { items: PageItem[]; sections: CardSection[] }) {
  return (
    <div className={styles.pageColumn}>
      {blocksOf(items, sections).map((block, i) => {
        const section = sections[block.section];
        if (!section) return null;
        if (block.kind === 'heading') {
          return <SectionHeading key={i} section={section} isContinued={block.isContinued} />;
        }
        return (
          <ul key={i} className={styles.pageList} aria-label={`Cards in ${section.column}`}>
            {block.cards.map((card) => (
              <li key={card.id} className={styles.card}>
                <CardBox card={card} />
              </li>
            ))}
          </ul>
        );
      })}
    </div>
  );
}

/**
 * A hidden copy of every heading and card at each level's text size and column width, for
 * `useCardPages` to measure. It takes no room and is hidden from assistive technology.
 */
export function CardMeasurer({
  levels,
  sections,
  measurerRef,
}: {
  levels: CardLevel[];
  sections: CardSection[];
  measurerRef: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div ref={measurerRef} className={styles.measurer} aria-hidden="true">
      {levels.map((level, l) => (
        <div key={l} data-level className={styles.pageColumn} style={levelStyle(level)}>
          {sections.map((section) => (
            <div key={section.key} data-section>
              {/* Measured with the longer, continued text: either fits in what it takes. */}
              <SectionHeading section={section} isContinued />
              {section.cards.map((card) => (
                <div key={card.id} className={styles.card} data-card>
                  <CardBox card={card} />
                </div>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
