import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import type { Board } from '../../shared/protocol-runs/runBoardDoc';
import styles from './presentation.module.css';
import { plural } from './runLabels';

interface PresentationCardsProps {
  step: ProtocolStep;
  board: Board;
  /** A private step's cards show only once revealed (the board carries no others anyway). */
  isHidden: boolean;
}

/** The current step's cards, large, column by column, appearing as people post them. */
export function PresentationCards({ step, board, isHidden }: PresentationCardsProps) {
  const cards = board.cards.filter((card) => card.stepId === step.id);
  if (step.columns.length === 0 && cards.length === 0) return null;
  const columns = [...new Set([...step.columns, ...cards.map((card) => card.column)])];

  return (
    <section className={styles.cards} aria-labelledby="present-cards-heading">
      <h2 id="present-cards-heading" className="visually-hidden">
        Cards
      </h2>
      <p role="status" className="visually-hidden">
        {plural(cards.length, 'card')} on this step
      </p>
      {isHidden && cards.length === 0 && (
        <p className={styles.note}>
          Cards are collected privately. They appear here when the facilitator reveals them.
        </p>
      )}
      {columns.map((column) => {
        const inColumn = cards.filter((card) => card.column === column);
        return (
          <div key={column}>
            <h3 className={styles.columnTitle}>
              {column} ({inColumn.length})
            </h3>
            {inColumn.length > 0 && (
              <ul className={styles.cardGrid} aria-label={`Cards in ${column}`}>
                {inColumn.map((card) => (
                  <li key={card.id} className={styles.card}>
                    <p className={styles.cardText}>{card.text}</p>
                    <p className={styles.cardMeta}>
                      {card.author?.name ?? 'Anonymous'}
                      {card.votes > 0 && ` · ${plural(card.votes, 'vote')}`}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
