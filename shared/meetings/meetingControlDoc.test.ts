import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMeetingControl, writeMeetingControl } from './meetingControlDoc';
import { emptyRunningAgenda } from './runningAgenda';

const closed = { at: 1, byId: 'u1', byName: 'Fay', versionName: 'Meeting closed' };

describe('meeting control document', () => {
  it('reads a document written before the running agenda as not run yet', () => {
    const doc = new Y.Doc();
    doc.getMap('meeting').set('closed', closed);
    expect(readMeetingControl(doc)).toEqual({
      focusCheck: null,
      closed,
      agenda: emptyRunningAgenda,
    });
  });

  it('keeps the closed record when the agenda value cannot be read', () => {
    const doc = new Y.Doc();
    writeMeetingControl(doc, { closed });
    doc.getMap('meeting').set('agenda', { current: 'item-1', times: 'lots' });
    expect(readMeetingControl(doc).closed).toEqual(closed);
    expect(readMeetingControl(doc).agenda).toEqual(emptyRunningAgenda);
  });

  it('carries the running agenda to another device', () => {
    const server = new Y.Doc();
    const device = new Y.Doc();
    const agenda = {
      current: { itemId: 'b', title: 'Exit tickets', plannedMinutes: 15, startedAt: 2_000 },
      times: [{ itemId: 'a', title: 'Welcome', plannedMinutes: 5, spentMs: 420_000 }],
    };
    writeMeetingControl(server, { agenda });
    Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
    expect(readMeetingControl(device).agenda).toEqual(agenda);
  });
});
