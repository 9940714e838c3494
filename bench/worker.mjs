/**
 * One measurement in its own process (started by measure.mjs with --expose-gc): one system on one
 * input. Prints one JSON line on stdout: timings, and peak RSS over a baseline taken after the
 * system is loaded and primed and the input is in memory.
 */
import { readFileSync } from 'node:fs';
import { systemById } from './peers.mjs';
import { prefixDocs, timePasses } from './timing.mjs';

const spec = JSON.parse(process.argv[2]);
const system = systemById(spec.system);
if (!system) throw new Error(`unknown system ${spec.system}`);

const analyse = await system.load();
// Prime lazy initialisation (lexicons, models) so it counts in the baseline, not as analysis memory.
analyse('Jens Stoltenberg met NATO defence ministers in Brussels on Thursday, 12 October 2023.');
const docs = JSON.parse(readFileSync(spec.inputFile, 'utf8'));
const warmupDocs = prefixDocs(docs, spec.plan.warmupChars ?? Number.POSITIVE_INFINITY);

globalThis.gc?.();
globalThis.gc?.();
const baselineRss = process.memoryUsage().rss;
const maxRssBefore = process.resourceUsage().maxRSS * 1024;

const timing = timePasses(analyse, docs, warmupDocs, spec.plan);

const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({
    timing,
    memory: {
      baselineRss,
      maxRssBefore,
      peakRss,
      // When the peak never rose above what loading had already reached, the delta is a lower bound.
      lowerBound: peakRss <= maxRssBefore,
    },
  })}\n`,
);
