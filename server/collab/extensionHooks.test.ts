import type {
  beforeHandleMessagePayload,
  Connection,
  Extension,
  onAwarenessUpdatePayload,
  onChangePayload,
} from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import { useTestServer } from '../testing/useTestServer';
import type { CollabContext, LaneHooks } from './contracts';
import { laneHooksOf } from './openConnectionLane';

const userOf = (context: unknown) => (context as Partial<CollabContext> | undefined)?.user?.id;

/** Counts, per person, the hooks an extension added after the server's own is called with. */
class HookCounter implements Extension {
  extensionName = 'hook-counter';
  /** Messages seen by `beforeHandleMessage`, through Hocuspocus or through the lane. */
  readonly messages = new Map<string, number>();
  /** Of those, the ones the lane handled. */
  readonly onLane = new Map<string, number>();
  readonly changes = new Map<string, number>();
  readonly awareness = new Map<string, number>();

  protected count(counts: Map<string, number>, context: unknown) {
    const id = userOf(context);
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }

  async beforeHandleMessage({ context }: beforeHandleMessagePayload) {
    this.count(this.messages, context);
  }

  async onChange({ context }: onChangePayload) {
    this.count(this.changes, context);
  }

  async onAwarenessUpdate({ connection, added, updated, removed }: onAwarenessUpdatePayload) {
    if (added.length + updated.length + removed.length === 0) return;
    this.count(this.awareness, connection?.context);
  }
}

/** The same counter, offering its message hook to the open-connection lane. */
class LaneHookCounter extends HookCounter {
  readonly laneHooks: LaneHooks = {
    beforeHandleMessage: (connection: Connection) => {
      this.count(this.messages, connection.context);
      this.count(this.onLane, connection.context);
    },
  };
}

describe('the open-connection lane', () => {
  it('opens only while every extension with a message hook offers it to the lane', () => {
    expect(laneHooksOf([{ extensionName: 'no message hooks' }])).toEqual([]);
    expect(laneHooksOf([new HookCounter()])).toBeNull();
    const offered = new LaneHookCounter();
    expect(laneHooksOf([offered])).toEqual([offered.laneHooks]);
    expect(laneHooksOf([offered, new HookCounter()])).toBeNull();
  });
});

describe.each([
  ['Hocuspocus’s path (an extension without lane hooks)', new HookCounter(), false],
  ['the lane (an extension with lane hooks)', new LaneHookCounter(), true],
] as const)('extension hooks on %s', (_path, counter, lane) => {
  const fixture = useTestServer({ backend: 'pglite', extensions: [counter] });

  it('runs every hook an extension registers for every message of an open connection', async () => {
    const name = purposeDocumentName(fixture.team.teamId);
    const { member, principal } = fixture.team;
    const client = await fixture.connect(name, member);
    const watcher = await fixture.connect(name, principal);
    const seen = (counts: Map<string, number>) => counts.get(member.id) ?? 0;
    const before = {
      messages: seen(counter.messages),
      changes: seen(counter.changes),
      awareness: seen(counter.awareness),
    };

    // One message per change: each waits for the last to be stored, or seen.
    const edits = 12;
    for (let i = 0; i < edits; i++) {
      commitments.add(client.doc, { text: `Commitment ${i}` });
      await client.acknowledged();
    }
    const moves = 5;
    for (let i = 0; i < moves; i++) {
      client.provider.setAwarenessField('cursor', { anchor: i, head: i });
      await watcher.seesAwareness((state) => (state.cursor as { anchor?: number })?.anchor === i);
    }

    expect(seen(counter.changes) - before.changes).toBe(edits);
    expect(seen(counter.awareness) - before.awareness).toBeGreaterThanOrEqual(moves);
    // Every update and every awareness message went through the message hook.
    expect(seen(counter.messages) - before.messages).toBeGreaterThanOrEqual(edits + moves);
    // And it took the path this case is about.
    if (lane) expect(seen(counter.onLane)).toBeGreaterThanOrEqual(edits + moves);
    else expect(seen(counter.onLane)).toBe(0);
    client.destroy();
    watcher.destroy();
  });
});
