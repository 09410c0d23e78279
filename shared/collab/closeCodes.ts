/**
 * WebSocket close codes the collaboration server uses, in the application range 4000–4999.
 * The client maps them to a message for the person at the keyboard.
 */
export const closeCodes = {
  /** The sign-in is missing, expired or revoked. */
  unauthorized: 4401,
  /**
   * The socket signed in to no document in time. Not a refusal: a page that opened it late
   * (a slow device, a busy server) reconnects and signs in again.
   */
  authenticationTimeout: 4407,
  /** Signed in, but not allowed into this document. */
  forbidden: 4403,
  /** The document name is malformed or of an unknown kind. */
  unknownDocument: 4404,
  /** The client sent bytes the server refuses (too large, undecodable). */
  badMessage: 4400,
  /** The client sent too much, too fast, or opened too many documents on one socket. */
  tooMuchTraffic: 4429,
  /**
   * The client read too slowly: what the server had queued for it passed the limit. The
   * client reconnects and resyncs the document instead of the server buffering without bound.
   */
  slowConsumer: 4408,
  /**
   * The update would take the document past its size limit (`MAX_DOCUMENT_BYTES`): it was
   * refused and this document's connection closed. Sending it again cannot succeed, so the
   * client shows the problem instead of retrying. Hocuspocus's close message carries only
   * the reason (`refusalReasons.documentTooLarge`), so the client reads either.
   */
  documentTooLarge: 4413,
  /**
   * The server could not store an update (it is shutting down): it was never acknowledged,
   * so the client still holds it and sends it again when it reconnects.
   */
  notStored: 4503,
} as const;

export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes];
