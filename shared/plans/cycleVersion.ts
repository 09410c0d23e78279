import type * as Y from 'yjs';
import { formatCalendarDate } from '../time/teamTime';
import { contentField, type VersionContent } from '../versions/versionContent';
import { measures, readCycleFields, readCycleRecord } from './cycleDoc';
import { cycleOutcomeLabels, keyQuestionLabels, measureKindLabels } from './cycleRules';

const date = (value: string | null) => (value ? formatCalendarDate(value) : '');
const number = (value: number | null) => (value === null ? '' : String(value));

/** A cycle's co-written document as the version history shows it. */
export function readCycleVersionContent(doc: Y.Doc): VersionContent {
  const fields = readCycleFields(doc);
  return {
    richText: [],
    sections: [
      {
        kind: 'fields',
        key: 'cycle',
        label: 'Cycle',
        fields: [
          contentField(
            'keyQuestion',
            'Key question',
            fields?.keyQuestion ? keyQuestionLabels[fields.keyQuestion] : '',
          ),
          contentField('learnerProblem', 'Learner-centred problem', fields?.learnerProblem ?? ''),
          contentField('problemOfPractice', 'Problem of practice', fields?.problemOfPractice ?? ''),
          contentField('studentsOfFocus', 'Students of focus', fields?.studentsOfFocus ?? ''),
          contentField('changeIdea', 'Change idea', fields?.changeIdea ?? ''),
          contentField('cadence', 'Data collected', fields?.cadence ?? ''),
          contentField('startDate', 'Starts', date(fields?.startDate ?? null)),
          contentField('endDate', 'Ends', date(fields?.endDate ?? null)),
          contentField('studyNotes', 'Study notes', fields?.studyNotes ?? ''),
        ],
      },
      {
        kind: 'items',
        key: 'measures',
        label: 'Measures',
        items: measures.read(doc).map((measure) => ({
          id: measure.id,
          fields: [
            contentField('name', 'Measure', measure.name),
            contentField('kind', 'Kind', measureKindLabels[measure.kind]),
            contentField('unit', 'Unit', measure.unit),
            contentField('baseline', 'Baseline', number(measure.baselineValue)),
            contentField('target', 'Target', number(measure.targetValue)),
          ],
        })),
      },
    ],
  };
}

/** A cycle's record (prediction, data, close) as the version history shows it. */
export function readCycleRecordVersionContent(doc: Y.Doc): VersionContent {
  const record = readCycleRecord(doc);
  return {
    richText: [],
    sections: [
      {
        kind: 'fields',
        key: 'record',
        label: 'Prediction and close',
        fields: [
          contentField('prediction', 'Prediction', record.prediction.text),
          contentField(
            'close',
            'Closed',
            record.close ? cycleOutcomeLabels[record.close.outcome] : '',
          ),
          contentField('summary', 'What we learned', record.close?.summary ?? ''),
        ],
      },
      {
        kind: 'items',
        key: 'dataPoints',
        label: 'Data points',
        items: record.dataPoints.map((point) => ({
          id: point.id,
          fields: [
            contentField('date', 'Date', date(point.date)),
            contentField('value', 'Value', String(point.value)),
            contentField('note', 'Note', point.note),
          ],
        })),
      },
    ],
  };
}
