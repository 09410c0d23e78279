/**
 * Closes the collaboration socket when the session changes (sign-in, sign-out): it was
 * opened with the previous cookie. Kept free of imports so the sign-in pages do not pull
 * Yjs and the provider into the first download; the socket registers itself here.
 */
let closeSocket: (() => void) | null = null;

/** Called by the socket module with a function that closes the current socket. */
export function registerSocketCloser(close: () => void): void {
  closeSocket = close;
}

/** Closes the current socket, if any; the next document opens a new one. */
export function resetCollabSocket(): void {
  closeSocket?.();
  closeSocket = null;
}
