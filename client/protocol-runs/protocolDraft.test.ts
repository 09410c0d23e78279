import { describe, expect, it } from 'vitest';
import { protocolLibrary } from '../../shared/protocol-runs/protocolLibrary';
import type { ProtocolDraft } from './protocolDraft';
import {
  draftFromProtocol,
  newStep,
  shownColumnOfValue,
  shownColumnOptions,
  shownColumnValue,
  splitList,
  validateDraft,
} from './protocolDraft';

const library = protocolLibrary[0];
if (!library) throw new Error('The library is empty');

describe('protocol drafts', () => {
  it('round-trips a library protocol', () => {
    const { id: _id, source: _source, ...protocol } = library;
    const result = validateDraft(draftFromProtocol(protocol));
    expect(result.protocol).toEqual(protocol);
    expect(result.protocol?.steps[1]?.shows).toEqual([{ stepId: 'step-1', column: 'I notice' }]);
  });

  it('offers the columns of earlier steps to show, and keeps ones no longer there', () => {
    const first = { ...newStep(), title: 'Pause', columns: 'Warm, Cool' };
    const second = { ...newStep(), title: '', columns: 'Ideas' };
    const third = {
      ...newStep(),
      shows: [
        { stepId: first.id, column: 'Cool' },
        { stepId: first.id, column: 'Lukewarm' },
        { stepId: 'gone', column: 'Old' },
      ],
    };
    const steps = [first, second, third];
    expect(shownColumnOptions(steps, 0)).toEqual([]);
    expect(shownColumnOptions(steps, 2).map((o) => o.label)).toEqual([
      '1. Pause: Warm',
      '1. Pause: Cool',
      '2. Untitled step: Ideas',
      'Lukewarm (no longer available from “Pause”)',
      'Old (no longer available from a removed step)',
    ]);
    for (const ref of third.shows) {
      expect(shownColumnOfValue(shownColumnValue(ref))).toEqual(ref);
    }
  });

  it('reports a shown column that no earlier step has on the step that shows it', () => {
    const step = (patch: object) => ({ ...newStep(), title: 'T', prompt: 'P', ...patch });
    const first = step({ columns: 'Warm' });
    const draft: ProtocolDraft = {
      name: 'Mine',
      description: '',
      roles: '',
      steps: [first, step({ shows: [{ stepId: first.id, column: 'Cool' }] })],
    };
    expect(validateDraft(draft).errors).toEqual({
      'steps.1.shows': '“T” has no column “Cool” any more',
    });
    draft.steps[0] = { ...first, columns: 'Warm, Cool' };
    expect(validateDraft(draft).protocol?.steps[1]?.shows).toEqual([
      { stepId: first.id, column: 'Cool' },
    ]);
  });

  it('splits comma lists into distinct trimmed entries', () => {
    expect(splitList(' Warm feedback, Cool feedback ,, Warm feedback ')).toEqual([
      'Warm feedback',
      'Cool feedback',
    ]);
  });

  it('reports each step field that needs fixing by its path', () => {
    const step = { ...newStep(), title: ' ', minutes: '', prompt: '' };
    const draft: ProtocolDraft = { name: '', description: '', roles: '', steps: [step] };
    const { errors } = validateDraft(draft);
    expect(errors).toMatchObject({
      name: 'Name the protocol',
      'steps.0.title': 'Give the step a title',
      'steps.0.minutes': 'A step needs a positive duration',
      'steps.0.prompt': 'Write the prompt for this step',
    });
  });

  it('needs at least one step', () => {
    const draft: ProtocolDraft = { name: 'Mine', description: '', roles: '', steps: [] };
    expect(validateDraft(draft).errors).toEqual({ steps: 'A protocol needs at least one step' });
  });
});
