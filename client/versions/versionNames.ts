import type * as Y from 'yjs';
import type { TeamMember } from '../../shared/api/teams';
import { studentsOfFocus } from '../../shared/purpose/purposeDoc';
import type { VersionNames } from '../../shared/versions/versionContent';

/**
 * Names for the ids a version stores: members by user id, and students of focus by id as the
 * team's purpose document lists them now (a version keeps ids, not names).
 */
export function teamVersionNames(members: readonly TeamMember[], purposeDoc?: Y.Doc): VersionNames {
  return {
    member: (userId) => members.find((m) => m.userId === userId)?.name,
    student: (studentId) =>
      purposeDoc
        ? studentsOfFocus.read(purposeDoc).find((s) => s.id === studentId)?.label
        : undefined,
  };
}
