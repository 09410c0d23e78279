import { describe, expect, it } from 'vitest';
import { protocolLibrary } from '../../shared/protocol-runs/protocolLibrary';
import type { ProtocolDraft } from './protocolDraft';
import { draftFromProtocol, newStep, splitList, validateDraft } from './protocolDraft';

const library = protocolLibrary[0];
if (!library) throw new Error('The library is empty');

describe('protocol drafts', () => {
  it('round-trips a library protocol', () => {
    const { id: _id, source: _source, ...protocol } = library;
    const result = validateDraft(draftFromProtocol(protocol));
    expect(result.protocol).toEqual(protocol);
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
