/**
 * npm run gen:bench-tables
 * Writes the figures of bench/results.json into docs/performance.md (npm run bench does this
 * itself after each run; this is for a results file edited or merged by hand).
 */
import { PERFORMANCE_DOC, RESULTS_FILE, writeBenchDoc } from '../tools/bench/results-table.ts';

const changed = await writeBenchDoc();
console.log(
  changed
    ? `${PERFORMANCE_DOC}: figures rewritten from ${RESULTS_FILE}`
    : `${PERFORMANCE_DOC}: already up to date`,
);
