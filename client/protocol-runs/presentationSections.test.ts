import { describe, expect, it } from 'vitest';
import { findLibraryProtocol } from '../../shared/protocol-runs/protocolLibrary';
import type { BoardCard } from '../../shared/protocol-runs/runBoardDoc';
import { presentationSections } from './presentationSections';

const card = (id: string, stepId: string, column: string): BoardCard => ({
  id,
  stepId,
  column,
  text: `Text ${id}`,
  author: null,
  createdAt: 0,
  groupId: null,
  votes: 0,
});

describe('presentation sections', () => {
  it('shows the noticings on the step that shares them', () => {
    const notice = findLibraryProtocol('notice-and-wonder')!;
    const cards = [card('a', 'step-1', 'I notice'), card('b', 'step-1', 'I notice')];
    const sections = presentationSections(notice, 1, { cards }, []);
    expect(sections).toEqual([
      {
        key: JSON.stringify(['step-1', 'I notice']),
        column: 'I notice',
        fromStep: 'Silent noticing',
        cards,
        isHidden: false,
      },
    ]);
  });

  it('puts shown columns before the step’s own, and keeps columns its cards name', () => {
    const notice = findLibraryProtocol('notice-and-wonder')!;
    const cards = [card('a', 'step-5', 'Retired column'), card('b', 'step-3', 'I wonder')];
    const sections = presentationSections(notice, 4, { cards }, []);
    expect(sections.map((s) => [s.column, s.fromStep, s.cards.length])).toEqual([
      ['I notice', 'Silent noticing', 0],
      ['I wonder', 'Silent wondering', 1],
      ['Possible causes', undefined, 0],
      ['Links to instruction', undefined, 0],
      ['Data we still need', undefined, 0],
      ['Retired column', undefined, 1],
    ]);
  });

  it('marks columns of a private step that is not revealed yet', () => {
    const tuning = findLibraryProtocol('tuning')!;
    const feedback = tuning.steps.findIndex((s) => s.title === 'Warm and cool feedback');
    expect(
      presentationSections(tuning, feedback, { cards: [] }, []).map((s) => s.isHidden),
    ).toEqual([true, true]);
    expect(
      presentationSections(tuning, feedback, { cards: [] }, ['step-5']).map((s) => s.isHidden),
    ).toEqual([false, false]);
    expect(presentationSections(tuning, 0, { cards: [] }, [])).toEqual([]);
  });
});
