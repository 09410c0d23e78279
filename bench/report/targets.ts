import type { RunFigures } from '../load/runScenario';
import type { SuiteResult } from '../suite';

/** One target of issue 7, with what this run measured. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** Checks every target the suite's figures can answer; targets without figures are left out. */
export function checkTargets(result: SuiteResult): TargetCheck[] {
  const run = (scenario: string, peer: string): RunFigures | undefined =>
    result.runs.find((r) => r.scenario === scenario && r.peer === peer);
  const checks: TargetCheck[] = [];
  const ours = run('S1', 'ours');
  const relay = run('S1', 'relay');
  const reference = run('S1', 'reference');
  if (ours && relay) {
    const times = ours.latencyMs.p99 / relay.latencyMs.p99;
    checks.push({
      target: 'S1: p99 ≤ 1.5 × raw relay',
      measured: `${f(ours.latencyMs.p99, 2)} ms vs ${f(relay.latencyMs.p99, 2)} ms = ${f(times, 2)}×`,
      met: times <= 1.5,
    });
  }
  if (ours && reference) {
    const times = ours.cpuMsPer1000Updates / reference.cpuMsPer1000Updates;
    const volatile = run('S1', 'ours-volatile');
    const off = volatile
      ? `; durability off: ${f(volatile.cpuMsPer1000Updates / reference.cpuMsPer1000Updates, 2)}×`
      : '';
    checks.push({
      target: 'S1: server CPU ≤ 0.75 × reference, durable persistence on',
      measured: `${f(ours.cpuMsPer1000Updates, 0)} vs ${f(reference.cpuMsPer1000Updates, 0)} ms per 1k updates = ${f(times, 2)}×${off}`,
      met: times <= 0.75,
    });
  }
  const ramp = (peer: string) => result.ramps.find((r) => r.peer === peer);
  const oursRamp = ramp('ours');
  const relayRamp = ramp('relay');
  if (oursRamp && relayRamp && relayRamp.sustainableDeliveriesPerSecond > 0) {
    const times =
      oursRamp.sustainableDeliveriesPerSecond / relayRamp.sustainableDeliveriesPerSecond;
    checks.push({
      target: 'S2: ≥ 0.6 × raw relay deliveries/s at p99 ≤ 20 ms',
      measured: `${f(oursRamp.sustainableDeliveriesPerSecond, 0)} vs ${f(relayRamp.sustainableDeliveriesPerSecond, 0)} = ${f(times, 2)}×`,
      met: times >= 0.6,
    });
  }
  const s3 = run('S3', 'ours');
  if (s3) {
    checks.push({
      target: 'S3: p99 ≤ 20 ms',
      measured: `${f(s3.latencyMs.p99, 2)} ms`,
      met: s3.latencyMs.p99 <= 20,
    });
    checks.push({
      target: 'S3: server event-loop delay p99 ≤ 10 ms',
      measured: `${f(s3.serverLoopP99Ms, 2)} ms`,
      met: s3.serverLoopP99Ms <= 10,
    });
    const growth = s3.heapEndMiB - s3.heapStartMiB;
    checks.push({
      target: 'S3: no memory growth over the run',
      measured: `heap ${f(s3.heapStartMiB)} → ${f(s3.heapEndMiB)} MiB over ${
        (result.scenarios.find((s) => s.id === 'S3')?.durationMs ?? 0) / 1000
      } s`,
      met: growth <= Math.max(2, 0.05 * s3.heapStartMiB),
    });
  }
  const single = run('S7', 'ours');
  const redis = run('S7', 'ours-redis');
  if (single && redis) {
    const p50 = redis.latencyMs.p50 - single.latencyMs.p50;
    const p99 = redis.latencyMs.p99 - single.latencyMs.p99;
    checks.push({
      target: 'S7: Redis adds ≤ 1 ms at p50 and ≤ 5 ms at p99',
      measured: `+${f(p50, 2)} ms at p50, +${f(p99, 2)} ms at p99`,
      met: p50 <= 1 && p99 <= 5,
    });
  }
  const memory = result.memory.find((m) => m.peer === 'ours');
  if (memory) {
    const times = memory.perDocumentKiB / memory.yjsDocumentKiB;
    checks.push({
      target: 'Memory: ≤ 1.5 × the Yjs heap of an open document',
      measured: `${f(memory.perDocumentKiB)} KiB vs ${f(memory.yjsDocumentKiB)} KiB = ${f(times, 2)}×`,
      met: times <= 1.5,
    });
    checks.push({
      target: 'Memory: ≤ 40 KiB per connection',
      measured: `${f(memory.perConnectionKiB)} KiB`,
      met: memory.perConnectionKiB <= 40,
    });
  }
  return checks;
}
