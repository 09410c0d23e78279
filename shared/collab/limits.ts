/** Limits shared by the collaboration server and its clients. */

/** Largest WebSocket frame the server accepts; bigger frames close that connection. */
export const MAX_SOCKET_MESSAGE_BYTES = 4 * 1024 * 1024;

/** Largest single Yjs update a client may send (a paste of a long document fits easily). */
export const MAX_CLIENT_UPDATE_BYTES = 2 * 1024 * 1024;

/** Largest awareness state (name, colour, cursor) a client may publish, in bytes of JSON. */
export const MAX_AWARENESS_STATE_BYTES = 8 * 1024;

/**
 * Largest stored state of one document (its Yjs state as compaction writes it). An update
 * that would take a document past it is refused and that connection closed with
 * `closeCodes.documentTooLarge`; the text of a year of meetings is a small fraction of it.
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/**
 * Sockets one client address may hold open before any document on them authenticates. A
 * browser opens one socket and authenticates within moments, so only a reconnect storm
 * behind one shared address (a school's NAT, after a restart) comes near it; refused sockets
 * retry with the provider's backoff. With `MAX_UNAUTHENTICATED_QUEUE_BYTES` it bounds what one
 * address can make the server hold for sockets that never sign in (50 MiB for 10 s).
 */
export const MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS = 100;

/**
 * Bytes the server queues for a socket before its document authenticates (Hocuspocus's
 * `maxUnauthenticatedQueueSize`, 5 MiB by default). Before the answer to its sign-in a provider
 * sends a state vector, its presence and what is typed meanwhile; a larger paste in that
 * moment closes the socket, and the provider sends it again once signed in.
 */
export const MAX_UNAUTHENTICATED_QUEUE_BYTES = 512 * 1024;

/**
 * How long a socket may stay open without authenticating a document before the server
 * closes it (with `closeCodes.authenticationTimeout`; a real client reconnects). A browser
 * authenticates once its local copy has loaded, which waits at most 3 s.
 */
export const SOCKET_AUTH_DEADLINE_MS = 10_000;

/** Documents one socket may open at once (a browser tab opens a handful). */
export const MAX_DOCUMENTS_PER_SOCKET = 64;

/**
 * Message budget of one socket: a burst of this many messages, refilled at
 * `SOCKET_MESSAGES_PER_SECOND`. Typing and cursor moves stay far below it.
 */
export const SOCKET_MESSAGE_BURST = 1_000;
export const SOCKET_MESSAGES_PER_SECOND = 300;

/** Byte budget of one socket: a burst of this many bytes, refilled at `SOCKET_BYTES_PER_SECOND`. */
export const SOCKET_BYTE_BURST = 8 * MAX_SOCKET_MESSAGE_BYTES;
export const SOCKET_BYTES_PER_SECOND = MAX_SOCKET_MESSAGE_BYTES;

/**
 * Bytes the server may hold queued for one slow reader before it closes that socket. Checked
 * before each send, so one large message (a first sync) always goes out whole.
 */
export const MAX_SOCKET_BUFFERED_BYTES = 4 * 1024 * 1024;

/** Highest Yjs clock (operations by one client id) a client update may reach. */
export const MAX_UPDATE_CLOCK = 2 ** 31;

/** Structs and delete ranges one client update may carry. */
export const MAX_UPDATE_ITEMS = 200_000;

/**
 * Shortest time between two awareness broadcasts of one document (25 a second): carets still
 * move smoothly, and a room of people moving theirs costs each connection at most this rate.
 */
export const AWARENESS_BROADCAST_INTERVAL_MS = 40;
