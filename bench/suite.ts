import { type MemoryFigures, measureMemory } from './load/measureMemory';
import { runScenario, type RunFigures } from './load/runScenario';
import { type BenchMode, type S3Override, type Scenario, scenariosFor } from './load/scenarios';
import {
  defaultPeerKinds,
  type OurBackend,
  type PeerKind,
  type RunningPeer,
  startPeer,
} from './peers/startPeer';

export interface SuiteOptions {
  mode: BenchMode;
  peers?: readonly PeerKind[];
  /** Only these scenario ids of the mode (all when absent); `M` is the memory scenario. */
  scenarioIds?: readonly string[];
  /** Where our server keeps its data (Postgres unless told otherwise). */
  backend?: OurBackend;
  /** S3's size and length in full mode (200 rooms for 1 minute unless told). */
  s3?: S3Override;
  log?: (line: string) => void;
}

/** A run that could not be measured, kept in the results rather than ending the suite. */
export interface RunFailure {
  peer: PeerKind;
  scenario: string;
  error: string;
}

/** S2's answer for one peer: the most deliveries a second it kept under the p99 limit. */
export interface RampFigures {
  peer: PeerKind;
  sustainableDeliveriesPerSecond: number;
  /** Editors of the last step within the limit (0 if none was). */
  sustainableEditors: number;
}

export interface SuiteResult {
  mode: BenchMode;
  startedAt: string;
  /** Whether servers and the load generator ran on separate cores. */
  pinned: boolean;
  scenarios: Scenario[];
  runs: RunFigures[];
  ramps: RampFigures[];
  memory: MemoryFigures[];
  failures: RunFailure[];
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** S2: one server process, the S1 load with more editors per step until p99 passes the limit. */
async function runRamp(peer: RunningPeer, scenario: Scenario, result: SuiteResult) {
  const ramp = scenario.ramp;
  if (!ramp) return;
  const figures: RampFigures = {
    peer: peer.kind,
    sustainableDeliveriesPerSecond: 0,
    sustainableEditors: 0,
  };
  for (const editors of ramp.editors) {
    const step = { ...scenario, id: `S2@${editors}`, editorsPerRoom: editors };
    let run: RunFigures;
    try {
      run = await runScenario(peer, step);
    } catch (error) {
      // A server overwhelmed by a step (it stops answering) ends its ramp there.
      result.failures.push({ peer: peer.kind, scenario: step.id, error: errorText(error) });
      break;
    }
    result.runs.push(run);
    if (run.latencyMs.p99 > ramp.stopAboveP99Ms || run.lost > 0) break;
    figures.sustainableDeliveriesPerSecond = run.deliveriesPerSecond;
    figures.sustainableEditors = editors;
  }
  result.ramps.push(figures);
}

/**
 * Every scenario of the mode against every peer, each on a freshly started server process
 * (a fresh database for ours), so memory and CPU belong to that run alone; then the memory
 * scenario (M) on each peer.
 */
export async function runSuite(options: SuiteOptions, pinned: boolean): Promise<SuiteResult> {
  const log = options.log ?? (() => {});
  const wanted = (id: string) => !options.scenarioIds || options.scenarioIds.includes(id);
  const scenarios = scenariosFor(options.mode, options.s3 ?? {}).filter((scenario) =>
    wanted(scenario.id),
  );
  const peers = options.peers ?? defaultPeerKinds;
  const result: SuiteResult = {
    mode: options.mode,
    startedAt: new Date().toISOString(),
    pinned,
    scenarios,
    runs: [],
    ramps: [],
    memory: [],
    failures: [],
  };
  const onPeer = async (kind: PeerKind, id: string, work: (peer: RunningPeer) => Promise<void>) => {
    const started = performance.now();
    const scenario = scenarios.find((s) => s.id === id);
    try {
      const peer = await startPeer(
        kind,
        { backend: options.backend, env: scenario?.ourEnv },
        pinned,
      );
      try {
        await work(peer);
      } finally {
        await peer.stop();
      }
      log(`${id} ${kind}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      result.failures.push({ peer: kind, scenario: id, error: errorText(error) });
      log(`${id} ${kind}: failed: ${errorText(error)}`);
    }
  };
  for (const scenario of scenarios) {
    const scenarioPeers = peers.filter((kind) => !scenario.peers || scenario.peers.includes(kind));
    for (const kind of scenario.peers?.filter((k) => !peers.includes(k)) ?? []) {
      if (options.peers === undefined) scenarioPeers.push(kind);
    }
    for (const kind of scenarioPeers) {
      await onPeer(kind, scenario.id, async (peer) => {
        if (scenario.ramp) await runRamp(peer, scenario, result);
        else result.runs.push(await runScenario(peer, scenario));
      });
    }
  }
  if (options.mode !== 'tiny' && wanted('M')) {
    for (const kind of peers.filter((k) => k !== 'relay' && k !== 'ours-redis')) {
      await onPeer(kind, 'M', async (peer) => {
        result.memory.push(await measureMemory(peer, options.mode));
      });
    }
  }
  return result;
}
