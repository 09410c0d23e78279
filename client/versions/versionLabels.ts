import type { VersionSummary } from '../../shared/api/versions';
import { formatMoment } from '../../shared/time/teamTime';

const BEFORE_RESTORING = /^before restoring\b/i;

/** How a version is called in the list, its view and the compare choices. */
export function versionTitle(version: Pick<VersionSummary, 'name' | 'reason'>): string {
  const name = version.name?.trim() || null;
  switch (version.reason) {
    case 'named':
      return name ?? 'Named version';
    case 'auto':
      return name ?? 'Automatic version';
    case 'meeting-close':
      return name ?? 'When the meeting closed';
    case 'restore':
      if (!name) return 'Before restoring an earlier version';
      return BEFORE_RESTORING.test(name) ? name : `Before restoring “${name}”`;
  }
}

/** "Ana Ruiz", "Ana Ruiz and Ben Ode", "Ana Ruiz, Ben Ode and Cy Lee". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Who changed the document between the previous version and this one. */
export function editorsText(editors: readonly string[]): string {
  const names = [...new Set(editors.map((name) => name.trim()).filter(Boolean))];
  return names.length === 0
    ? 'No edits since the previous version'
    : `Edited by ${joinNames(names)}`;
}

/** Who kept the version, for people: "saved by Ana Ruiz"; null when the server kept it. */
export function versionAuthor(
  version: Pick<VersionSummary, 'createdByName' | 'reason'>,
): string | null {
  // Automatic versions are kept by the server, not by whoever happened to be typing.
  if (version.reason === 'auto' || !version.createdByName) return null;
  const verb = version.reason === 'restore' ? 'restored by' : 'saved by';
  return `${verb} ${version.createdByName}`;
}

/** A version as one line, for the compare choices: "Before the retreat (3 Mar 2026, 14:05)". */
export function versionOptionLabel(
  version: Pick<VersionSummary, 'name' | 'reason' | 'createdAt'>,
  timeZone: string,
): string {
  return `${versionTitle(version)} (${formatMoment(version.createdAt, timeZone)})`;
}
