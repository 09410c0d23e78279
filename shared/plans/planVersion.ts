import type * as Y from 'yjs';
import { formatCalendarDate } from '../time/teamTime';
import { contentField, type VersionContent, type VersionNames } from '../versions/versionContent';
import { actions, readPlanContent, readPlanFields } from './planDoc';
import { actionStatusLabels, checkpointKindLabels, schoolYearLabel } from './planRules';

const date = (value: string | null) => (value ? formatCalendarDate(value) : '');
const number = (value: number | null) => (value === null ? '' : String(value));

/** A work plan's co-written document as the version history shows it. */
export function readPlanVersionContent(doc: Y.Doc): VersionContent {
  const fields = readPlanFields(doc);
  const content = readPlanContent(doc);
  return {
    richText: [],
    sections: [
      {
        kind: 'fields',
        key: 'plan',
        label: 'Plan',
        fields: [
          contentField(
            'schoolYear',
            'School year',
            fields ? schoolYearLabel(fields.schoolYear) : '',
          ),
        ],
      },
      {
        kind: 'items',
        key: 'goals',
        label: 'Goals',
        items: content.goals.map((goal) => ({
          id: goal.id,
          fields: [
            contentField('indicator', 'Student success indicator', goal.indicator),
            contentField('students', 'For which students', goal.students),
            contentField('measure', 'Measure', goal.measure),
            contentField('baseline', 'Baseline', number(goal.baselineValue)),
            contentField('baselineDate', 'Baseline date', date(goal.baselineDate)),
            contentField('target', 'Target', number(goal.targetValue)),
            contentField('targetDate', 'Target date', date(goal.targetDate)),
            contentField('why', 'Why it is a priority', goal.why),
          ],
        })),
      },
      {
        kind: 'items',
        key: 'strategies',
        label: 'Strategies',
        items: content.strategies.map((strategy) => ({
          id: strategy.id,
          fields: [
            contentField('practice', 'If we', strategy.practiceIf),
            contentField('then', 'Then', strategy.practiceThen),
            contentField('rootCause', 'Root cause it answers', strategy.rootCause),
            contentField('learning', 'Professional learning', strategy.learning),
            contentField('learningFor', 'For whom', strategy.learningFor),
            contentField('learningWhen', 'When', strategy.learningWhen),
          ],
        })),
      },
      {
        kind: 'items',
        key: 'checkpoints',
        label: 'Checkpoints',
        items: content.checkpoints.map((checkpoint) => ({
          id: checkpoint.id,
          fields: [
            contentField('description', 'Checkpoint', checkpoint.description),
            contentField('kind', 'Measures', checkpointKindLabels[checkpoint.kind]),
            contentField('date', 'Date', date(checkpoint.date)),
            contentField('value', 'Result', number(checkpoint.value)),
            contentField('met', 'Met', checkpoint.met ?? ''),
          ],
        })),
      },
    ],
  };
}

/** A work plan's action steps as the version history shows them. */
export function readPlanActionsVersionContent(doc: Y.Doc, names: VersionNames): VersionContent {
  return {
    richText: [],
    sections: [
      {
        kind: 'items',
        key: 'actions',
        label: 'Action steps',
        items: actions.read(doc).map((action) => ({
          id: action.id,
          fields: [
            contentField('task', 'Action step', action.task),
            contentField('owner', 'Owner', names.member?.(action.ownerId) ?? 'A former member'),
            contentField('dueDate', 'Due', date(action.dueDate)),
            contentField('status', 'Status', actionStatusLabels[action.status]),
            contentField('evidence', 'Evidence of completion', action.completionEvidence),
          ],
        })),
      },
    ],
  };
}
