import { describe, expect, it } from 'vitest';
import type { AuditAction, AuditEvent } from '../../../shared/api/teams';
import { describeActor, describeAuditEvent } from './auditText';

function event(action: AuditAction, details: Record<string, unknown> = {}): AuditEvent {
  return {
    id: '1',
    at: '2026-03-12T14:05:00.000Z',
    actor: { id: 'a', name: 'Alice' },
    action,
    subject: { id: 'b', name: 'Bob' },
    details,
  };
}

describe('describeAuditEvent', () => {
  it('describes meetings closed and time zones changed', () => {
    expect(describeAuditEvent(event('meeting.closed', { title: 'ILT, October 14' }))).toBe(
      'closed the meeting "ILT, October 14"',
    );
    expect(
      describeAuditEvent(event('team.time_zone_changed', { from: 'UTC', to: 'America/Chicago' })),
    ).toBe("changed the team's time zone from UTC to America/Chicago");
    expect(describeAuditEvent(event('team.time_zone_changed'))).toBe(
      "changed the team's time zone",
    );
  });

  it('names the school year of a work plan started, and whether it was copied', () => {
    expect(
      describeAuditEvent(event('cycle.closed', { outcome: 'adopt', changeIdea: 'Turn and talk' })),
    ).toBe('closed an improvement cycle (adopt): "Turn and talk"');
    expect(describeAuditEvent(event('plan.created', { schoolYear: 2026, copiedFrom: null }))).toBe(
      'started the 2026–27 work plan',
    );
    const copiedFrom = '5b1c2a44-0000-4000-8000-000000000000';
    expect(describeAuditEvent(event('plan.created', { schoolYear: 2027, copiedFrom }))).toBe(
      "started the 2027–28 work plan, starting from last year's",
    );
  });

  it('says whose role changed, from what to what', () => {
    expect(describeAuditEvent(event('member.role_changed', { from: 'member', to: 'viewer' }))).toBe(
      "changed Bob's role from member to viewer",
    );
  });

  it('accepts other spellings of the role change details', () => {
    const text = describeAuditEvent(
      event('member.role_changed', { previousRole: 'viewer', role: 'facilitator' }),
    );
    expect(text).toBe("changed Bob's role from viewer to facilitator");
  });

  it('tells email invites from links', () => {
    expect(describeAuditEvent(event('invite.created', { role: 'member', email: 'jo@x.org' }))).toBe(
      'created a member invite for jo@x.org',
    );
    expect(describeAuditEvent(event('invite.revoked', { role: 'viewer', singleUse: true }))).toBe(
      'revoked a viewer invite link (works once)',
    );
  });

  it('names renames and transfers', () => {
    expect(describeAuditEvent(event('team.renamed', { from: 'ILT', to: 'Lincoln ILT' }))).toBe(
      'renamed the team from "ILT" to "Lincoln ILT"',
    );
    expect(describeAuditEvent(event('principal.transferred'))).toBe('made Bob principal');
  });

  it('copes with deleted accounts and missing details', () => {
    const gone = { ...event('member.removed'), actor: null, subject: null };
    expect(describeAuditEvent(gone)).toBe('removed a former member from the team');
    expect(describeActor(gone)).toBe('A former member');
    expect(describeAuditEvent(event('member.role_changed'))).toBe("changed Bob's role");
  });
});
