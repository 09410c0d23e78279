/**
 * WebSocket close codes the collaboration server uses, in the application range 4000–4999.
 * The client maps them to a message for the person at the keyboard.
 */
export const closeCodes = {
  /** The sign-in is missing, expired or revoked. */
  unauthorized: 4401,
  /** Signed in, but not allowed into this document. */
  forbidden: 4403,
  /** The document name is malformed or of an unknown kind. */
  unknownDocument: 4404,
  /** The client sent bytes the server refuses (too large, undecodable). */
  badMessage: 4400,
} as const;

export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes];
