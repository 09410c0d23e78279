import type { BoardCard, BoardGroup } from '../../shared/protocol-runs/runBoardDoc';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import { actualMsByStep } from '../../shared/protocol-runs/timer';
import { stringifyCsv } from '../csv/stringifyCsv';

interface SummaryInput {
  control: RunControl;
  cards: BoardCard[];
  groups: Pick<BoardGroup, 'id' | 'title'>[];
}

const minutes = (ms: number) => Math.round(ms / 600) / 100;

/** Planned against actual minutes per step. */
export function stepTimes({ control }: Pick<SummaryInput, 'control'>) {
  const actual = actualMsByStep(control.visits);
  return control.protocol.steps.map((step) => ({
    step: step.title,
    planned: step.minutes,
    actual: minutes(actual.get(step.id) ?? 0),
  }));
}

/**
 * The run's summary as CSV: one row per card (anonymous cards have no author), then timings.
 * No text cell runs as a formula; votes and minutes stay numbers.
 */
export function summaryCsv(input: SummaryInput): string {
  const stepTitle = new Map(input.control.protocol.steps.map((s) => [s.id, s.title]));
  const groupTitle = new Map(input.groups.map((g) => [g.id, g.title]));
  const cards = input.cards.map((card) => [
    stepTitle.get(card.stepId) ?? card.stepId,
    card.column,
    card.text,
    card.author?.name ?? '',
    card.votes,
    card.groupId ? (groupTitle.get(card.groupId) ?? '') : '',
  ]);
  const times = stepTimes(input).map((t) => [t.step, t.planned, t.actual]);
  const cardTable = stringifyCsv([
    ['step', 'column', 'card', 'author', 'votes', 'group'],
    ...cards,
  ]);
  const timeTable = stringifyCsv([['step', 'planned_minutes', 'actual_minutes'], ...times]);
  return `\ufeff${cardTable}\n${timeTable}`;
}

/** Escapes text for a Markdown line: no markup, links or HTML from what people typed. */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&]/g, (ch) => `\\${ch}`).replace(/\s*\n\s*/g, ' ');
}

/** The run's summary as Markdown. */
export function summaryMarkdown(input: SummaryInput): string {
  const { control } = input;
  const lines = [`# ${plain(control.title)}`, '', `Protocol: ${plain(control.protocol.name)}`, ''];
  lines.push('| Step | Planned (min) | Actual (min) |', '| --- | --- | --- |');
  for (const t of stepTimes(input)) lines.push(`| ${plain(t.step)} | ${t.planned} | ${t.actual} |`);
  const groupTitle = new Map(input.groups.map((g) => [g.id, g.title]));
  for (const step of control.protocol.steps) {
    const cards = input.cards.filter((c) => c.stepId === step.id);
    if (cards.length === 0) continue;
    lines.push('', `## ${plain(step.title)}`);
    for (const column of step.columns) {
      const inColumn = cards.filter((c) => c.column === column);
      if (inColumn.length === 0) continue;
      lines.push('', `### ${plain(column)}`, '');
      for (const card of inColumn) {
        const group = card.groupId ? ` (group: ${plain(groupTitle.get(card.groupId) ?? '')})` : '';
        const by = card.author ? ` (${plain(card.author.name)})` : '';
        lines.push(`- ${plain(card.text)}${by}: ${card.votes} votes${group}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
