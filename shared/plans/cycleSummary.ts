import { formatCalendarDate } from '../time/teamTime';
import type { CycleContent, CycleRecord } from './cycleDoc';
import { median } from './progress';

const figure = (value: number) => String(Math.round(value * 10) / 10);

/**
 * What a cycle's close puts in its decision's rationale: the prediction, then each measure's
 * data from the first point to the latest, with the median. Group figures only.
 */
export function cycleRationale(content: CycleContent, record: CycleRecord): string {
  const lines = [`Prediction: ${record.prediction.text.trim() || '(none written)'}`];
  for (const measure of content.measures) {
    const points = record.dataPoints
      .filter((point) => point.measureId === measure.id)
      .sort((a, b) => a.date.localeCompare(b.date));
    const name = measure.name.trim() || 'Unnamed measure';
    const unit = measure.unit.trim() ? ` ${measure.unit.trim()}` : '';
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) {
      lines.push(`${name}: no data`);
      continue;
    }
    const middle = median(points.map((point) => point.value)) ?? first.value;
    const count = points.length === 1 ? '1 point' : `${points.length} points`;
    lines.push(
      `${name}: ${figure(first.value)}${unit} on ${formatCalendarDate(first.date)} to ` +
        `${figure(last.value)}${unit} on ${formatCalendarDate(last.date)} ` +
        `(${count}, median ${figure(middle)}${unit})` +
        (measure.targetValue !== null ? `; target ${figure(measure.targetValue)}${unit}` : ''),
    );
  }
  return lines.join('\n');
}
