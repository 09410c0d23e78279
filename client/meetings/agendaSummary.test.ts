import { describe, expect, it } from 'vitest';
import {
  describeAgenda,
  describeTimeBoxMismatch,
  formatDuration,
  summarizeAgenda,
} from './agendaSummary';

describe('agenda summary', () => {
  it('adds up planned minutes and items on student work', () => {
    const summary = summarizeAgenda([
      { minutes: 10, studentArtifact: false },
      { minutes: 45, studentArtifact: true },
      { minutes: 20, studentArtifact: false },
    ]);
    expect(summary).toEqual({ minutes: 75, items: 3, onStudentWork: 1 });
  });

  it('is empty for an empty agenda', () => {
    expect(summarizeAgenda([])).toEqual({ minutes: 0, items: 0, onStudentWork: 0 });
    expect(describeAgenda(summarizeAgenda([]))).toBe('Nothing planned yet.');
  });

  it('formats durations in hours and minutes', () => {
    expect(formatDuration(5)).toBe('5 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(135)).toBe('2 h 15 min');
  });

  it('describes the agenda in one sentence', () => {
    expect(describeAgenda({ minutes: 45, items: 1, onStudentWork: 0 })).toBe(
      '1 item, 45 min planned.',
    );
    expect(describeAgenda({ minutes: 75, items: 3, onStudentWork: 2 })).toBe(
      '3 items, 1 h 15 min planned; 2 centred on student work.',
    );
  });

  it('says in words how a time box differs from its protocol', () => {
    expect(describeTimeBoxMismatch(15, 40)).toBe('Time box is 25 min shorter than the protocol');
    expect(describeTimeBoxMismatch(90, 20)).toBe('Time box is 1 h 10 min longer than the protocol');
    expect(describeTimeBoxMismatch(40, 40)).toBeNull();
  });
});
