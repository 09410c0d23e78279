import { MessageType } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENTS_PER_SOCKET, SOCKET_MESSAGE_BURST } from '../../shared/collab/limits';
import { SocketGuard } from './SocketGuard';

function frame(address: string, type: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, address);
  encoding.writeVarUint(e, type);
  return encoding.toUint8Array(e);
}

describe('SocketGuard', () => {
  it('passes well-formed client frames, saying where their body starts, and drops a bare pong', () => {
    const guard = new SocketGuard();
    for (const type of [0, 1, 2, 3, 4, 5, 7]) {
      expect(guard.inspect(frame('team/x/purpose', type))).toEqual({
        action: 'pass',
        address: 'team/x/purpose',
        type,
        bodyAt: 16,
      });
    }
    expect(guard.inspect(new Uint8Array([10]))).toEqual({ action: 'drop' });
  });

  it.each([
    ['an empty frame', new Uint8Array()],
    ['a truncated varint', new Uint8Array([0x80])],
    ['a varint over 53 bits', new Uint8Array([...new Array<number>(10).fill(0xff), 1])],
    ['a name longer than the frame', new Uint8Array([50, 0x61])],
    ['a name that is not UTF-8', new Uint8Array([2, 0xc3, 0x28, 0])],
    ['a server-only type', frame('team/x/purpose', 6)],
    ['an unknown type', frame('team/x/purpose', 99)],
    ['no type', new Uint8Array([1, 0x61])],
  ])('closes on %s', (_, bytes) => {
    expect(new SocketGuard().inspect(bytes)).toEqual({
      action: 'close',
      reason: 'malformed-frame',
    });
  });

  it('caps the documents one socket addresses, counting closed ones out', () => {
    const guard = new SocketGuard();
    for (let i = 0; i < MAX_DOCUMENTS_PER_SOCKET; i++) {
      expect(guard.inspect(frame(`doc-${i}`, MessageType.QueryAwareness)).action).toBe('pass');
    }
    expect(guard.inspect(frame('doc-0', MessageType.QueryAwareness)).action).toBe('pass');
    expect(guard.inspect(frame('one-too-many', MessageType.QueryAwareness))).toEqual({
      action: 'close',
      reason: 'too-many-documents',
    });
    const closing = new SocketGuard();
    for (let i = 0; i < MAX_DOCUMENTS_PER_SOCKET; i++) closing.inspect(frame(`doc-${i}`, 3));
    expect(closing.inspect(frame('doc-0', MessageType.CLOSE)).action).toBe('pass');
    expect(closing.inspect(frame('a-new-one', MessageType.QueryAwareness)).action).toBe('pass');
  });

  it('closes a socket that sends more messages at once than its burst', () => {
    const guard = new SocketGuard();
    const message = frame('doc', MessageType.QueryAwareness);
    let passed = 0;
    let verdict = guard.inspect(message);
    while (verdict.action === 'pass' && passed <= SOCKET_MESSAGE_BURST + 100) {
      passed += 1;
      verdict = guard.inspect(message);
    }
    expect(verdict).toEqual({ action: 'close', reason: 'rate-limited' });
    // The budget refills while the test runs, by a few messages at most.
    expect(passed).toBeGreaterThanOrEqual(SOCKET_MESSAGE_BURST - 1);
    expect(passed).toBeLessThan(SOCKET_MESSAGE_BURST + 100);
  });
});
