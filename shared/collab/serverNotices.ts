import { z } from 'zod';

/**
 * Stateless messages the server sends on a document connection. `access-changed` tells a
 * client its role changed while connected: the server already enforces the new access; the
 * client updates what it shows. (When access ends, the server closes the document
 * connection with the reason `forbidden` instead.) `stored` answers a client's
 * `confirm-stored` once everything it sent before the question is durably stored.
 */
export const serverNoticeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('access-changed'), canWrite: z.boolean() }),
  z.object({ type: z.literal('stored'), seq: z.number().int().nonnegative() }),
]);
export type ServerNotice = z.infer<typeof serverNoticeSchema>;

/** Encodes a notice as the stateless payload. */
export function encodeServerNotice(notice: ServerNotice): string {
  return JSON.stringify(notice);
}

/** A stateless payload read as JSON against `schema`; null for anything else. */
function parsePayload<T>(schema: z.ZodType<T>, payload: string): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Parses a stateless payload; null for anything that is not a known notice. */
export function parseServerNotice(payload: string): ServerNotice | null {
  return parsePayload(serverNoticeSchema, payload);
}

/**
 * A client's question on a document connection: tell me (with `stored`, the same `seq`) once
 * everything I sent before this is durably stored.
 */
export const confirmStoredSchema = z.object({
  type: z.literal('confirm-stored'),
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});
export type ConfirmStored = z.infer<typeof confirmStoredSchema>;

/** The stateless payload that asks `confirm-stored` for `seq`. */
export function encodeConfirmStored(seq: number): string {
  return JSON.stringify({ type: 'confirm-stored', seq } satisfies ConfirmStored);
}

/** Parses a client's stateless payload as `confirm-stored`; null for anything else. */
export function parseConfirmStored(payload: string): ConfirmStored | null {
  return parsePayload(confirmStoredSchema, payload);
}

/** Reasons the server gives when it closes a document connection or refuses one. */
export const refusalReasons = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  unknownDocument: 'unknown-document',
  /** The server cannot reach its database, so it cannot open the document now. */
  databaseUnavailable: 'database-unavailable',
  /** The document reached its size limit: the last update was refused (see `closeCodes`). */
  documentTooLarge: 'document-too-large',
} as const;
