import * as Y from 'yjs';
import { commitments, studentsOfFocus } from '../purpose/purposeDoc';
import { purposeKind } from './kinds/purpose';

/** For tests: a purpose document as today's code writes it: statement, students of focus, commitments. */
export function purposeWrittenToday(): Y.Doc {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Every student reads every day.')]);
  doc.getXmlFragment('statement').insert(0, [paragraph]);
  studentsOfFocus.add(doc, { label: 'J.M.', why: 'Reading below grade', hearFrom: 'Surveys' });
  commitments.add(doc, { text: 'Start and end on time' });
  commitments.add(doc, { text: 'Student work on the table' });
  return doc;
}

/**
 * A next purpose layout, as a later change might make it: the commitments move to a map named
 * `norms`, by id, each with the kind of norm it is. One step, version 1 to 2. Like every
 * migration it converges when two servers apply it at once: it sets keys and deletes items.
 */
export const purposeVersion2 = {
  ...purposeKind,
  layout: { ...purposeKind.layout, version: 2, maps: ['norms'], arrays: ['studentsOfFocus'] },
  migrations: {
    1: (doc: Y.Doc) => {
      const old = doc.getArray<Y.Map<unknown>>('commitments');
      const norms = doc.getMap<unknown>('norms');
      old.forEach((item, position) => {
        norms.set(String(item.get('id')), {
          text: item.get('text'),
          position,
          normKind: 'commitment',
        });
      });
      old.delete(0, old.length);
    },
  },
};
