import { Document } from '@hocuspocus/server';
import type { Connection } from '@hocuspocus/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AWARENESS_BROADCAST_INTERVAL_MS } from '../../shared/collab/limits';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import { throttleAwareness } from './AwarenessThrottle';
import { createTeam, signUp } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { useTestServer } from '../testing/useTestServer';

describe('awareness throttle', () => {
  const fixture = useTestServer({ backend: 'pglite', team: false });
  let mover: CollabClient;
  let watcher: CollabClient;

  beforeAll(async () => {
    const alice = await signUp(fixture.app.url, 'Alice');
    const team = await createTeam(fixture.app.url, alice, 'Lincoln ILT');
    const name = purposeDocumentName(team);
    mover = await connectClient(fixture.app.url, name, alice.token);
    watcher = await connectClient(fixture.app.url, name, alice.token);
  });

  afterAll(async () => {
    mover?.destroy();
    watcher?.destroy();
  });

  it('sends a stream of caret moves at most once per interval, ending where the mover stopped', async () => {
    const moverAwareness = mover.provider.awareness;
    const watcherAwareness = watcher.provider.awareness;
    if (!moverAwareness || !watcherAwareness) throw new Error('providers have awareness');
    const moverId = moverAwareness.clientID;
    const seen: number[] = [];
    watcherAwareness.on(
      'update',
      ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
        if (origin === 'local' || ![...added, ...updated].includes(moverId)) return;
        seen.push(Number(watcherAwareness.getStates().get(moverId)?.caret ?? -1));
      },
    );

    const moves = 40;
    const startedAt = performance.now();
    for (let caret = 1; caret <= moves; caret++) {
      moverAwareness.setLocalStateField('caret', caret);
      // A document round trip between moves, so each move reaches the server in its own turn
      // of its event loop (moves sent together would be merged whatever the throttle).
      commitments.add(mover.doc, { text: `note ${caret}` });
      await mover.acknowledged();
    }
    await watcher.seesAwareness((state) => state.caret === moves);
    const elapsedMs = performance.now() - startedAt;

    expect(seen.at(-1)).toBe(moves);
    // Never backwards: each broadcast carries the current state.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // One message when the stream starts, then at most one per interval.
    expect(seen.length).toBeLessThanOrEqual(
      Math.ceil(elapsedMs / AWARENESS_BROADCAST_INTERVAL_MS) + 1,
    );
    expect(seen.length).toBeLessThan(moves);
  });
});

describe('awareness throttle timing', () => {
  let document: Document;
  let peer: Awareness;
  let sent: number;

  /** The peer's current state arriving at the server. */
  const arrive = () =>
    applyAwarenessUpdate(document.awareness, encodeAwarenessUpdate(peer, [peer.clientID]), 'test');
  /** A peer's caret move arriving at the server. */
  const move = (caret: number) => {
    peer.setLocalStateField('caret', caret);
    arrive();
  };
  /** Runs what Hocuspocus schedules for the end of the current turn (its flush). */
  const endOfTurn = () => vi.advanceTimersByTime(0);

  beforeEach(() => {
    vi.useFakeTimers();
    document = new Document('team/t/purpose');
    throttleAwareness(document, AWARENESS_BROADCAST_INTERVAL_MS);
    sent = 0;
    // The only part of a connection a broadcast uses: where to address it and how to send.
    document.addConnection({
      messageAddress: document.name,
      send: () => {
        sent += 1;
      },
    } as unknown as Connection);
    peer = new Awareness(new Y.Doc());
  });

  afterEach(() => {
    document.destroy();
    vi.useRealTimers();
  });

  it('sends a move after a quiet moment in the same turn', () => {
    move(1);
    endOfTurn();
    expect(sent).toBe(1);
  });

  it('gathers the moves of one interval into one message at its end', () => {
    move(1);
    endOfTurn();
    for (let caret = 2; caret <= 10; caret++) {
      move(caret);
      endOfTurn();
    }
    expect(sent).toBe(1);
    vi.advanceTimersByTime(AWARENESS_BROADCAST_INTERVAL_MS);
    expect(sent).toBe(2);
    // Nothing more to send: the window closes and the next move goes at once again.
    vi.advanceTimersByTime(AWARENESS_BROADCAST_INTERVAL_MS * 3);
    expect(sent).toBe(2);
    move(11);
    endOfTurn();
    expect(sent).toBe(3);
  });

  it('sends a departure like any other change', () => {
    move(1);
    endOfTurn();
    peer.setLocalState(null);
    arrive();
    endOfTurn();
    vi.advanceTimersByTime(AWARENESS_BROADCAST_INTERVAL_MS);
    expect(sent).toBe(2);
    expect(document.awareness.getStates().has(peer.clientID)).toBe(false);
  });
});
