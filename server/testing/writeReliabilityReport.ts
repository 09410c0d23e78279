/** `npm run reliability:report`: rebuilds RELIABILITY.md from docs/reliability/*.json. */
import { writeReliabilityReport } from './reliabilityRecord';

writeReliabilityReport();
