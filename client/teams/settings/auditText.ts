import { schoolYearLabel } from '../../../shared/plans/planRules';
import type { AuditEvent } from '../../../shared/api/teams';

/** The first of `keys` that holds a non-empty string in the event's details. */
function detail(event: AuditEvent, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = event.details[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

/** "Bob's", "James'". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** "a member invite for jo@example.org", "a viewer invite link", "an invite link". */
function inviteTarget(event: AuditEvent): string {
  const role = detail(event, 'role');
  const kind = role ? `a ${role} invite` : 'an invite';
  const email = detail(event, 'email');
  const once = event.details.singleUse === true && !email ? ' (works once)' : '';
  return email ? `${kind} for ${email}` : `${kind} link${once}`;
}

function describeRoleChange(event: AuditEvent, whom: string): string {
  const from = detail(event, 'from', 'previousRole', 'oldRole');
  const to = detail(event, 'to', 'role', 'newRole');
  if (from && to) return `changed ${possessive(whom)} role from ${from} to ${to}`;
  return to ? `made ${whom} a ${to}` : `changed ${possessive(whom)} role`;
}

function describeRename(event: AuditEvent): string {
  const from = detail(event, 'from', 'previousName', 'oldName');
  const to = detail(event, 'to', 'name', 'newName');
  if (from && to) return `renamed the team from "${from}" to "${to}"`;
  return to ? `renamed the team to "${to}"` : 'renamed the team';
}

function describeTimeZoneChange(event: AuditEvent): string {
  const from = detail(event, 'from', 'previousTimeZone');
  const to = detail(event, 'to', 'timeZone');
  if (from && to) return `changed the team's time zone from ${from} to ${to}`;
  return to ? `set the team's time zone to ${to}` : "changed the team's time zone";
}

/**
 * What an audit entry says happened, as the rest of a sentence whose subject is the actor
 * ("changed Bob's role from member to viewer"). Details are read defensively: entries
 * written by older servers may lack some.
 */
export function describeAuditEvent(event: AuditEvent): string {
  const whom = event.subject?.name ?? 'a former member';
  switch (event.action) {
    case 'team.created': {
      const name = detail(event, 'name');
      return name ? `created the team "${name}"` : 'created the team';
    }
    case 'team.renamed':
      return describeRename(event);
    case 'team.exported':
      return 'downloaded all team data';
    case 'member.joined': {
      const role = detail(event, 'role');
      return role ? `joined the team as a ${role}` : 'joined the team';
    }
    case 'member.role_changed':
      return describeRoleChange(event, whom);
    case 'member.removed':
      return `removed ${whom} from the team`;
    case 'member.left':
      return 'left the team';
    case 'principal.transferred':
      return `made ${whom} principal`;
    case 'invite.created':
      return `created ${inviteTarget(event)}`;
    case 'invite.revoked':
      return `revoked ${inviteTarget(event)}`;
    case 'password_reset.issued':
      return `created a password reset link for ${whom}`;
    case 'decision.finalized': {
      const title = detail(event, 'title');
      return title ? `marked the decision "${title}" decided` : 'marked a decision decided';
    }
    case 'decision.reopened': {
      const title = detail(event, 'title');
      return title ? `reopened the decision "${title}"` : 'reopened a decision';
    }
    case 'meeting.closed': {
      const title = detail(event, 'title');
      return title ? `closed the meeting "${title}"` : 'closed a meeting';
    }
    case 'team.time_zone_changed':
      return describeTimeZoneChange(event);
    case 'plan.created': {
      const year = event.details['schoolYear'];
      const copied = detail(event, 'copiedFrom') ? ", starting from last year's" : '';
      return typeof year === 'number'
        ? `started the ${schoolYearLabel(year)} work plan${copied}`
        : 'started a work plan';
    }
    case 'cycle.closed': {
      const outcome = detail(event, 'outcome');
      const idea = detail(event, 'changeIdea');
      const verb = outcome
        ? `closed an improvement cycle (${outcome})`
        : 'closed an improvement cycle';
      return idea ? `${verb}: "${idea}"` : verb;
    }
    default:
      // An action newer than this client: say what the server called it.
      return String(event.action).replace(/[._]/g, ' ');
  }
}

/** Who did it: their name, or "A former member" when the account no longer exists. */
export function describeActor(event: AuditEvent): string {
  return event.actor?.name ?? 'A former member';
}
