/** Limits shared by the collaboration server and its clients. */

/** Largest WebSocket frame the server accepts; bigger frames close that connection. */
export const MAX_SOCKET_MESSAGE_BYTES = 4 * 1024 * 1024;

/** Largest single Yjs update a client may send (a paste of a long document fits easily). */
export const MAX_CLIENT_UPDATE_BYTES = 2 * 1024 * 1024;

/** Largest awareness state (name, colour, cursor) a client may publish, in bytes of JSON. */
export const MAX_AWARENESS_STATE_BYTES = 8 * 1024;
