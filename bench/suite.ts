import { runScenario, type RunFigures } from './load/runScenario';
import { type BenchMode, type Scenario, scenariosFor } from './load/scenarios';
import { type OurBackend, type PeerKind, peerKinds, startPeer } from './peers/startPeer';

export interface SuiteOptions {
  mode: BenchMode;
  peers?: readonly PeerKind[];
  /** Only these scenario ids of the mode (all when absent). */
  scenarioIds?: readonly string[];
  /** Where our server keeps its data (Postgres unless told otherwise). */
  backend?: OurBackend;
  log?: (line: string) => void;
}

/** A run that could not be measured, kept in the results rather than ending the suite. */
export interface RunFailure {
  peer: PeerKind;
  scenario: string;
  error: string;
}

export interface SuiteResult {
  mode: BenchMode;
  startedAt: string;
  /** Whether servers and the load generator ran on separate cores. */
  pinned: boolean;
  scenarios: Scenario[];
  runs: RunFigures[];
  failures: RunFailure[];
}

/**
 * Every scenario of the mode against every peer, each run on a freshly started server process
 * (a fresh database for ours), so memory and CPU belong to that run alone.
 */
export async function runSuite(options: SuiteOptions, pinned: boolean): Promise<SuiteResult> {
  const log = options.log ?? (() => {});
  const scenarios = scenariosFor(options.mode).filter(
    (scenario) => !options.scenarioIds || options.scenarioIds.includes(scenario.id),
  );
  const result: SuiteResult = {
    mode: options.mode,
    startedAt: new Date().toISOString(),
    pinned,
    scenarios,
    runs: [],
    failures: [],
  };
  for (const scenario of scenarios) {
    for (const kind of options.peers ?? peerKinds) {
      const started = performance.now();
      const peer = await startPeer(kind, options.backend, pinned);
      try {
        result.runs.push(await runScenario(peer, scenario));
        log(`${scenario.id} ${kind}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        result.failures.push({ peer: kind, scenario: scenario.id, error: message });
        log(`${scenario.id} ${kind}: failed: ${message}`);
      } finally {
        await peer.stop();
      }
    }
  }
  return result;
}
