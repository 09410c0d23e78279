import { z } from 'zod';

/** Passwords: long enough to resist guessing, short enough to bound hashing work. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;

const email = z
  .string()
  .trim()
  .max(254, 'Email is too long')
  .pipe(z.email('Enter a valid email address'))
  .transform((value) => value.toLowerCase());

const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

const personName = z.string().trim().min(1, 'Enter your name').max(100, 'Name is too long');

/** `POST /api/auth/signup` body. */
export const signupInput = z.strictObject({ email, password: newPassword, name: personName });
export type SignupInput = z.infer<typeof signupInput>;

/** `POST /api/auth/login` body. */
export const loginInput = z.strictObject({
  email,
  password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX_LENGTH),
});
export type LoginInput = z.infer<typeof loginInput>;

/** The signed-in person, as the API describes them. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  /** Whether they proved they read this address; invites bound to it need that. */
  emailVerified: boolean;
}

/** Answer to sign-up and login: the user and an opaque bearer token. */
export interface SessionResponse {
  user: CurrentUser;
  token: string;
}

/** `PATCH /api/account` body. */
export const updateAccountInput = z.strictObject({ name: personName });

/** `POST /api/account/password` body; other sessions are signed out. */
export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, 'Enter your current password').max(PASSWORD_MAX_LENGTH),
  newPassword,
});

/** `POST /api/password-resets` body: "forgot password". The answer is the same for any email. */
export const requestPasswordResetInput = z.strictObject({ email });

/** How long a password-reset link works, in minutes. */
export const PASSWORD_RESET_MINUTES = 60;

/** How long an email-verification link works, in hours. */
export const EMAIL_VERIFICATION_HOURS = 48;

/** `POST /api/password-resets/:code` body. */
export const resetPasswordInput = z.strictObject({ newPassword });

/** `GET /api/password-resets/:code` answer: whose password the link resets. */
export interface PasswordResetPreview {
  email: string;
}

/** `POST /api/email-verifications/:code` answer: the address now confirmed. */
export interface EmailVerified {
  email: string;
}
