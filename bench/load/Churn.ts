import { distribution, type Distribution } from '../report/stats';
import type { RoomAccess } from '../peers/startPeer';
import { LoadClient } from './LoadClient';
import type { WireProtocol } from './protocol';
import { Recorder } from './Recorder';

/** How long each churning client stays before it leaves. */
const STAY_MS = 2_000;

/** What the comings and goings of S6 amounted to. */
export interface ChurnFigures {
  connects: number;
  failures: number;
  /** Socket open to first sync (to open on the raw relay). */
  connectMs: Distribution;
}

/**
 * S6's churn: clients that connect to the room at a steady rate, sync, stay briefly without
 * typing, and leave, while the scenario's editors keep typing.
 */
export class Churn {
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly connectTimes: number[] = [];
  private connects = 0;
  private failures = 0;

  constructor(
    private readonly protocol: WireProtocol,
    private readonly access: RoomAccess,
    private readonly perMinute: number,
    private readonly nextClientId: () => number,
  ) {}

  /** Churning clients' receipts are not the scenario's deliveries: they go to a recorder
   * that knows no senders. */
  private readonly recorder = new Recorder();

  start(): void {
    this.timer = setInterval(() => this.cycleOne(), 60_000 / this.perMinute);
  }

  /** Stops starting clients and waits for those still here to leave. */
  async stop(): Promise<ChurnFigures> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.inFlight]);
    return {
      connects: this.connects,
      failures: this.failures,
      connectMs: distribution(this.connectTimes),
    };
  }

  private cycleOne(): void {
    const url = this.access.urls[this.connects % this.access.urls.length] ?? this.access.url;
    const client = new LoadClient(
      this.protocol,
      { ...this.access, url },
      this.nextClientId(),
      this.recorder,
      true,
    );
    this.connects++;
    const started = performance.now();
    const cycle = client
      .connect()
      .then(async () => {
        this.connectTimes.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, STAY_MS));
      })
      .catch(() => {
        this.failures++;
      })
      .finally(() => {
        client.close();
        this.inFlight.delete(cycle);
      });
    this.inFlight.add(cycle);
  }
}
