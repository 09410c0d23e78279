import { readThreads } from '../../comments/commentsDoc';
import { richTextContent } from '../../versions/versionContent';
import {
  type AnyRef,
  defineDocumentKind,
  isUuid,
  type NameContext,
  takesComments,
} from '../documentKind';

/**
 * The comment threads on a document's rich text and commentable plain fields:
 * `<the document's name>/comments`. `target` is the commented document's kind, `targetId` the
 * id of the record it belongs to (null for the team's own documents, such as the purpose).
 */
export interface CommentsRef {
  kind: 'comments';
  teamId: string;
  target: string;
  targetId: string | null;
}

/** The ref of the document a comments document comments on. */
export function commentedRef(ref: CommentsRef, names: NameContext): AnyRef {
  const spec = names.spec(ref.target);
  if (!spec || !takesComments(spec)) {
    throw new Error(`Invalid comment target: ${ref.target}`);
  }
  const { owner } = spec;
  if (owner === null && ref.targetId !== null) {
    throw new Error(`The ${ref.target} comments take no target id`);
  }
  if (owner !== null && (ref.targetId === null || !isUuid(ref.targetId))) {
    throw new Error(`Invalid ${ref.target} id: ${ref.targetId}`);
  }
  const target: AnyRef = { kind: ref.target, teamId: ref.teamId };
  return owner ? { ...target, [owner.idField]: ref.targetId } : target;
}

/** Comment threads on a document's rich text (`shared/comments/`); the server writes them. */
export const commentsKind = defineDocumentKind({
  kind: 'comments',
  description: "The comment threads on a document's rich text and plain fields",
  name: {
    build: (ref: CommentsRef, names) => [
      ...names.build(commentedRef(ref, names)).split('/').slice(2),
      'comments',
    ],
    parse(segments, teamId, names) {
      if (segments.length < 2 || segments.at(-1) !== 'comments') return null;
      const target = names.parse(`team/${teamId}/${segments.slice(0, -1).join('/')}`);
      const spec = target && names.spec(target.kind);
      if (!target || !spec || !takesComments(spec)) return null;
      const { owner } = spec;
      const targetId = owner ? (target as unknown as Record<string, unknown>)[owner.idField] : null;
      return {
        teamId,
        target: target.kind,
        targetId: typeof targetId === 'string' ? targetId : null,
      };
    },
  },
  layout: { version: 1, richText: [], maps: ['threads'], arrays: [] },
  migrations: {},
  // Nobody forges an author or edits someone else's comment: the server writes every change.
  writers: 'server',
  owner: null,
  existsWith: commentedRef,
  commentFields: [],
  exportJson: (doc, ref) => ({ target: ref.target, threads: readThreads(doc) }),
  versionContent: (doc) => richTextContent(doc, []),
  projection: null,
});
