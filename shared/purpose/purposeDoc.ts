import { z } from 'zod';
import type * as Y from 'yjs';
import { defineOrderedList } from '../collab/orderedList';
import { readRichText, type RichTextNode } from '../collab/richText';

/**
 * The Yjs layout of a team's purpose document (`team/<id>/purpose`):
 * - `statement`: the rich-text purpose statement (a Tiptap XML fragment),
 * - `studentsOfFocus`: an ordered list of students or groups the team keeps in focus,
 * - `commitments`: an ordered list of the team's commitments and norms.
 * Changes to this layout are additive only.
 */

/** The Tiptap fragment key of the purpose statement. */
export const PURPOSE_STATEMENT_FIELD = 'statement';

/** A student or group the team keeps in focus. Initials or a group, never a full name. */
export const studentOfFocusSchema = z.object({
  id: z.string().min(1),
  /** Initials ("J.M.") or a group ("8th grade boys with chronic absences"). */
  label: z.string().trim().min(1, 'Enter initials or a group').max(120),
  /** Why the team keeps them in focus. */
  why: z.string().max(2000).default(''),
  /** How the team hears from them (surveys, student work, focus groups). */
  hearFrom: z.string().max(2000).default(''),
});
export type StudentOfFocus = z.infer<typeof studentOfFocusSchema>;

/** A commitment or norm, e.g. "For every distraction, ask what impact it has on our focus students". */
export const commitmentSchema = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1, 'Write the commitment').max(1000),
});
export type Commitment = z.infer<typeof commitmentSchema>;

/** Verbs for the students-of-focus list of a purpose document. */
export const studentsOfFocus = defineOrderedList('studentsOfFocus', studentOfFocusSchema);

/** Verbs for the commitments and norms of a purpose document. */
export const commitments = defineOrderedList('commitments', commitmentSchema);

/**
 * A label that looks like a full name ("Maria Lopez") rather than initials or a group.
 * The form uses it to suggest initials; it never blocks saving.
 */
export function looksLikeFullName(label: string): boolean {
  const words = label.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  return words.every((w) => /^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$/.test(w));
}

/** The whole purpose document as plain data (for exports and history). */
export interface PurposeSnapshot {
  statement: RichTextNode;
  studentsOfFocus: StudentOfFocus[];
  commitments: Commitment[];
}

/** Reads a purpose document as plain data. */
export function readPurpose(doc: Y.Doc): PurposeSnapshot {
  return {
    statement: readRichText(doc.getXmlFragment(PURPOSE_STATEMENT_FIELD)),
    studentsOfFocus: studentsOfFocus.read(doc),
    commitments: commitments.read(doc),
  };
}
