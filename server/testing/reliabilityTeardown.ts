import { writeReliabilityReport } from './reliabilityRecord';

/** Vitest global setup: after every test file has run, RELIABILITY.md is rebuilt from the records. */
export default function setup(): () => void {
  return () => writeReliabilityReport();
}
