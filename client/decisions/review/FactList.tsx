import { Fragment, type ReactNode } from 'react';
import styles from './review.module.css';

/** Terms and their values as a description list: "Owner" — "Ana Ruiz". */
export function FactList({ facts }: { facts: { term: string; value: ReactNode }[] }) {
  return (
    <dl className={styles.facts}>
      {facts.map(({ term, value }) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
