import { EMAIL_VERIFICATION_HOURS, PASSWORD_RESET_MINUTES } from '../../shared/api/auth';
import type { OutgoingMail } from './Mailer';

/** Names and team names come from users: one line each, so they cannot forge a paragraph. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}

/** The "forgot password" link. */
export function passwordResetMail(to: string, link: string): OutgoingMail {
  return {
    to,
    link,
    subject: 'Reset your ILT Workspace password',
    text: [
      'Someone (we hope you) asked to reset the password of the ILT Workspace account for this address.',
      '',
      `Choose a new password here (the link works once, for ${PASSWORD_RESET_MINUTES} minutes):`,
      link,
      '',
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}

/** The link that proves a new account reads its address. */
export function verifyEmailMail(to: string, name: string, link: string): OutgoingMail {
  return {
    to,
    link,
    subject: 'Confirm your email for ILT Workspace',
    text: [
      `Hello ${oneLine(name)},`,
      '',
      `Confirm that this is your address (the link works for ${EMAIL_VERIFICATION_HOURS} hours):`,
      link,
      '',
      'Invitations sent to this address can be accepted once it is confirmed.',
      'If you did not create an account, ignore this email.',
    ].join('\n'),
  };
}

/** An invitation to join a team, sent to the address it is bound to. */
export function inviteMail(
  to: string,
  invite: { teamName: string; invitedBy: string; role: string; link: string },
): OutgoingMail {
  const team = oneLine(invite.teamName);
  return {
    to,
    link: invite.link,
    subject: `Join ${team} on ILT Workspace`,
    text: [
      `${oneLine(invite.invitedBy)} invited you to join ${team} as ${invite.role}.`,
      '',
      'Open this link to join (it works once, for 7 days, for this email address only):',
      invite.link,
    ].join('\n'),
  };
}
