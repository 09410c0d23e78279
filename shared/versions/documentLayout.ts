import type { DocumentKind } from '../documents/documentName';

/**
 * The root types of each kind of document, by shape. Restoring a version replaces the content
 * of these roots (as a new change); comparing two versions reads them. Comments are not
 * restored: a restore brings back the text, not yesterday's discussion of it.
 */
export interface DocumentLayout {
  /** Tiptap fragments (Y.XmlFragment). */
  richText: readonly string[];
  /** Y.Map roots of plain fields. */
  maps: readonly string[];
  /** Y.Array roots (ordered lists and link lists). */
  arrays: readonly string[];
}

export const documentLayouts: Record<DocumentKind, DocumentLayout> = {
  purpose: { richText: ['statement'], maps: [], arrays: ['studentsOfFocus', 'commitments'] },
  decision: {
    richText: ['text', 'rationale'],
    maps: ['decision'],
    arrays: ['evidence', 'followUps'],
  },
  meeting: { richText: ['notes'], maps: ['meeting', 'attendees'], arrays: ['agenda'] },
  'decision-status': { richText: [], maps: ['status'], arrays: [] },
  'meeting-control': { richText: [], maps: ['meeting'], arrays: [] },
  'run-board': { richText: [], maps: ['cards', 'groups', 'normRatings'], arrays: [] },
  'run-control': { richText: [], maps: ['run'], arrays: [] },
  comments: { richText: [], maps: ['threads'], arrays: [] },
};
