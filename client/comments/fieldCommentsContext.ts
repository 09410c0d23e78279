import { createContext, useContext } from 'react';
import type { CommentsBinding } from './useCommentsDocument';

/**
 * The comments on the document whose plain fields a page shows (a work plan, a cycle): its
 * fields' comment buttons read it, so the binding is not passed through every card.
 */
export const FieldCommentsContext = createContext<CommentsBinding | null>(null);

/** The comments on the page's document, or null when its fields take no comments here. */
export function useFieldComments(): CommentsBinding | null {
  return useContext(FieldCommentsContext);
}
