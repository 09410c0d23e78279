import type { PlanDetail } from '../../shared/api/plans';
import { actionStatusLabels, schoolYearLabel } from '../../shared/plans/planRules';
import { stringifyCsv } from '../csv/stringifyCsv';

const HEADER = [
  'Goal',
  'Student success indicator',
  'For which students',
  'Measure',
  'Baseline',
  'Baseline date',
  'Target',
  'Target date',
  'Strategy',
  'If we',
  'Then',
  'Action step',
  'Owner',
  'Due',
  'Status',
  'Evidence of completion',
  'Copied from last year, not edited',
];

/**
 * The plan as one CSV row per action step, with its goal and strategy repeated on each row (a
 * goal or strategy without steps still gets a row), so a spreadsheet can filter and sort it.
 * The last column names what is still as it was copied from last year's plan.
 */
export function planCsv(plan: PlanDetail): { csv: string; filename: string } {
  const rows: unknown[][] = [HEADER];
  plan.goals.forEach((goal, goalIndex) => {
    const goalCells = [
      `${goalIndex + 1}`,
      goal.indicator,
      goal.students,
      goal.measure,
      goal.baselineValue ?? '',
      goal.baselineDate ?? '',
      goal.targetValue ?? '',
      goal.targetDate ?? '',
    ];
    const strategies = plan.strategies.filter((s) => s.goalId === goal.id);
    if (strategies.length === 0) {
      rows.push([...goalCells, '', '', '', '', '', '', '', '', goal.copied ? 'goal' : '']);
    }
    strategies.forEach((strategy, strategyIndex) => {
      const strategyCells = [
        `${goalIndex + 1}.${strategyIndex + 1}`,
        strategy.practiceIf,
        strategy.practiceThen,
      ];
      const copiedOf = (actionCopied: boolean) =>
        [goal.copied && 'goal', strategy.copied && 'strategy', actionCopied && 'action step']
          .filter(Boolean)
          .join(', ');
      const actions = plan.actions.filter((a) => a.strategyId === strategy.id);
      if (actions.length === 0) {
        rows.push([...goalCells, ...strategyCells, '', '', '', '', '', copiedOf(false)]);
      }
      for (const action of actions) {
        rows.push([
          ...goalCells,
          ...strategyCells,
          action.task,
          action.ownerName ?? 'A former member',
          action.dueDate,
          actionStatusLabels[action.status],
          action.completionEvidence,
          copiedOf(action.copied),
        ]);
      }
    });
  });
  return {
    // A byte-order mark, so spreadsheets read the file as UTF-8.
    csv: `\uFEFF${stringifyCsv(rows)}`,
    filename: `work-plan-${schoolYearLabel(plan.schoolYear).replace('–', '-')}.csv`,
  };
}
