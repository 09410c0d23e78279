import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { measures, writeCycleFields } from '../plans/cycleDoc';
import { goals } from '../plans/planDoc';
import { takesComments } from './documentKind';
import { LAYOUT_ROOT, missingMigrations } from './layoutVersion';
import {
  buildDocumentName,
  commentsRefOf,
  MAX_DOCUMENT_NAME_LENGTH,
  parseDocumentName,
} from './documentName';
import { cycleKind } from './kinds/cycle';
import { workPlanKind } from './kinds/workPlan';
import {
  type AnyKindSpec,
  type DocumentKind,
  type DocumentRef,
  documentKindRegistry,
  nameContext,
} from './registry';

const teamId = '3f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f';
const id = '5b1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/**
 * One document of every kind, built from what its name pattern holds; the comments kind is
 * sampled on a meeting.
 */
function sampleOf(spec: AnyKindSpec): DocumentRef {
  if (spec.kind === 'comments') {
    return commentsRefOf({ kind: 'meeting', teamId, meetingId: id });
  }
  const ids = Object.fromEntries((spec.name.idFields ?? []).map((field) => [field, id]));
  return { kind: spec.kind, teamId, ...ids } as DocumentRef;
}
const samples = new Map(
  documentKindRegistry.map((spec) => [spec.kind, sampleOf(spec as unknown as AnyKindSpec)]),
);
const sample = (kind: DocumentKind): DocumentRef => samples.get(kind) as DocumentRef;

/** What every kind must declare (the type says so too; this catches a spec built loosely). */
const requiredParts = [
  'kind',
  'description',
  'name',
  'layout',
  'migrations',
  'writers',
  'owner',
  'commentFields',
  'exportJson',
  'versionContent',
  'projection',
] as const;

describe('the registry of document kinds', () => {
  it('lists each kind once', () => {
    const kinds = documentKindRegistry.map((spec) => spec.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it.each(documentKindRegistry.map((spec) => [spec.kind, spec] as const))(
    '%s declares every part, consistently',
    (_kind, spec) => {
      for (const part of requiredParts) expect(spec, part).toHaveProperty(part);
      expect(spec.description.trim()).not.toBe('');
      expect(['editors', 'server']).toContain(spec.writers);

      const { layout } = spec;
      expect(Number.isInteger(layout.version) && layout.version >= 1).toBe(true);
      const roots = [...layout.richText, ...layout.maps, ...layout.arrays];
      expect(roots.length, 'a layout has roots').toBeGreaterThan(0);
      expect(new Set(roots).size, 'each root has one type').toBe(roots.length);
      expect(roots).not.toContain(LAYOUT_ROOT);
      expect(missingMigrations(spec), 'a migration for every version step').toEqual([]);
      const steps = Object.keys(spec.migrations).map(Number);
      expect(steps.every((from) => from >= 1 && from < layout.version)).toBe(true);

      for (const field of spec.commentFields) expect(layout.richText).toContain(field);
      if (spec.owner) {
        expect(spec.owner.table).not.toBe('');
        expect(sample(spec.kind)).toHaveProperty(spec.owner.idField);
      }

      // Every reader works on an empty document (a document nobody has written yet).
      const doc = new Y.Doc();
      const ref = sample(spec.kind);
      const exported = (spec.exportJson as (...args: unknown[]) => unknown)(doc, ref, () => {
        return undefined;
      });
      expect(exported).toBeTypeOf('object');
      expect(() => JSON.stringify(exported)).not.toThrow();
      const content = spec.versionContent(doc, {});
      expect(content.richText.map((part) => part.key)).toEqual(
        content.richText.length > 0 ? layout.richText : [],
      );
      expect(spec.projection === null || typeof spec.projection === 'function').toBe(true);
    },
  );

  it('builds every kind a name that parses back to it, and to no other kind', () => {
    for (const spec of documentKindRegistry) {
      const ref = sample(spec.kind);
      const name = buildDocumentName(ref);
      expect(name.startsWith(`team/${teamId}/`)).toBe(true);
      expect(name.length).toBeLessThanOrEqual(MAX_DOCUMENT_NAME_LENGTH);
      expect(parseDocumentName(name)).toEqual(ref);
      const segments = name.split('/').slice(2);
      const claimedBy = documentKindRegistry
        .filter((other) => other.name.parse(segments, teamId, nameContext) !== null)
        .map((other) => other.kind);
      expect(claimedBy, name).toEqual([spec.kind]);
    }
  });

  it('names the comments on each kind that takes comments, and on no other', () => {
    for (const spec of documentKindRegistry) {
      if (spec.kind === 'comments') continue;
      const name = `${buildDocumentName(sample(spec.kind))}/comments`;
      const parsed = parseDocumentName(name);
      if (!takesComments(spec)) {
        expect(parsed, name).toBeNull();
        continue;
      }
      expect(parsed).toMatchObject({ kind: 'comments', target: spec.kind });
    }
  });

  it('reads the plain fields that take comments by path, and nothing else', () => {
    const plan = new Y.Doc();
    const goalId = goals.add(plan, {
      indicator: 'Students explain their reasoning',
      students: 'Grade 4',
      measure: '',
      baselineValue: 32,
      baselineDate: null,
      targetValue: null,
      targetDate: null,
      groupSize: null,
      why: 'A third gave reasons',
      evidence: [],
      copiedFingerprint: null,
    });
    const readPlan = (path: string) => workPlanKind.plainCommentFields?.(plan, path);
    expect(readPlan(`goals/${goalId}/why`)).toBe('A third gave reasons');
    expect(readPlan(`goals/${goalId}/measure`)).toBe('');
    for (const path of [
      `goals/${goalId}/baselineValue`,
      `goals/${goalId}/id`,
      `goals/${id}/why`,
      `goals/${goalId}/why/x`,
      `strategies/${goalId}/practiceIf`,
      `constructor/${goalId}/why`,
      'cycle/changeIdea',
      '',
    ]) {
      expect(readPlan(path), path).toBeNull();
    }

    const cycle = new Y.Doc();
    writeCycleFields(cycle, {
      planId: id,
      goalId: id,
      number: 1,
      createdAt: 1,
      changeIdea: 'Talk first',
    });
    const measureId = measures.add(cycle, {
      name: 'Exit tickets',
      kind: 'outcome',
      unit: '%',
      baselineValue: null,
      targetValue: null,
      groupSize: null,
    });
    const readCycle = (path: string) => cycleKind.plainCommentFields?.(cycle, path);
    expect(readCycle('cycle/changeIdea')).toBe('Talk first');
    expect(readCycle('cycle/studyNotes')).toBe('');
    expect(readCycle(`measures/${measureId}/name`)).toBe('Exit tickets');
    for (const path of ['cycle/planId', 'cycle/cadence', `measures/${measureId}/unit`, 'cycle']) {
      expect(readCycle(path), path).toBeNull();
    }
  });
});
