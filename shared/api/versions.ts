import { z } from 'zod';
import { MAX_DOCUMENT_NAME_LENGTH } from '../documents/documentName';

/** Why a version was kept. */
export const versionReasons = ['named', 'auto', 'meeting-close', 'restore'] as const;
export type VersionReason = (typeof versionReasons)[number];

/** `POST /api/teams/:teamId/versions` body: a named version of a document, as it is now. */
export const createVersionInput = z.strictObject({
  document: z.string().min(1).max(MAX_DOCUMENT_NAME_LENGTH),
  name: z.string().trim().min(1, 'Name the version').max(120, 'Name is too long'),
});
export type CreateVersionInput = z.infer<typeof createVersionInput>;

/** A kept version of a document (its state is fetched on its own, when needed). */
export interface VersionSummary {
  id: string;
  documentName: string;
  /** Set for named, meeting-close and restore versions; null for automatic ones. */
  name: string | null;
  reason: VersionReason;
  createdAt: string;
  createdByName: string | null;
  /** Who changed the document between the previous version and this one, by name. */
  editors: string[];
}

/** `GET /api/teams/:teamId/versions?document=<name>` answer, newest first. */
export interface VersionList {
  versions: VersionSummary[];
}

/** `POST /api/teams/:teamId/versions/:versionId/restore` answer. */
export interface RestoreResult {
  /** The version kept of the document as it was just before the restore. */
  before: VersionSummary;
}
