/**
 * `npm run bench`: Dateline's core against compromise and wink-nlp on the same inputs in one run,
 * each cell in its own process; then CLI cold start. Writes bench/results.json and the tables in
 * docs/performance.md. Progress and skipped inputs go to stderr. Reports figures, asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './args.mjs';
import { measureCliStart } from './cli-start.mjs';
import { goals, ratios, scaling } from './derive.mjs';
import { describeEnvironment } from './environment.mjs';
import { measureExtensionStart } from './extension-start.mjs';
import { loadInputs, seedFiles } from './inputs.mjs';
import { measureJobs } from './jobs-scaling.mjs';
import { measureLsp } from './lsp-latency.mjs';
import { measure, stageInputs } from './measure.mjs';
import { SYSTEMS } from './peers.mjs';
import { planFor } from './plan.mjs';
import { writeReport } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const log = (line) => process.stderr.write(`${line}\n`);

let options;
try {
  options = parseArgs(process.argv.slice(2), root);
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const started = performance.now();
const loadAtStart = loadavg()[0];
const { inputs, skipped } = loadInputs({ root, ...options }, log);
const staged = stageInputs(inputs);
const measurements = Object.fromEntries(SYSTEMS.map((system) => [system.id, {}]));
try {
  for (const input of inputs) {
    for (const system of SYSTEMS) {
      const plan = planFor(system.id, input.id);
      if (plan.skip) {
        measurements[system.id][input.id] = { status: 'not run', reason: plan.skip };
        log(`bench: ${system.id} × ${input.id}: not run: ${plan.skip}`);
        continue;
      }
      const cell = measure(system.id, input, staged.files.get(input.id), plan);
      measurements[system.id][input.id] = cell;
      log(
        cell.status === 'ok'
          ? `bench: ${system.id} × ${input.id}: ${cell.mbPerSecond.toFixed(3)} MB/s, ` +
              `+${(cell.memory.deltaBytes / 1e6).toFixed(0)} MB peak`
          : `bench: ${system.id} × ${input.id}: failed: ${cell.reason}`,
      );
    }
  }
} finally {
  staged.dispose();
}

const cliColdStart = measureCliStart(root, seedFiles(root)[0]);
log(
  `bench: CLI cold start: ${cliColdStart.status === 'ok' ? `${cliColdStart.medianMs.toFixed(0)} ms` : cliColdStart.reason}`,
);

const lsp = await measureLsp(root, seedFiles(root)[0]);
log(
  lsp.status === 'ok'
    ? `bench: LSP hover p99 ${lsp.hover.p99Ms.toFixed(1)} ms, semantic tokens 1 MB ${lsp.semanticTokens1mb.firstMs.toFixed(0)} ms (range ${lsp.semanticTokensRange1mb?.p50Ms.toFixed(0)} ms), edit then hover 20 kB p99 ${lsp.editThenHover20kb.p99Ms.toFixed(1)} ms (warm ${lsp.editThenHover20kb.warm?.p99Ms.toFixed(1)} ms)`
    : `bench: LSP: ${lsp.reason}`,
);
const extensionStart = await measureExtensionStart({ runs: 5 });
log(
  extensionStart.status === 'ok'
    ? `bench: extension start-up proxy: client ${extensionStart.clientRequire.medianMs} ms + server ${extensionStart.serverStartInit.medianMs} ms`
    : `bench: extension start-up: ${extensionStart.reason}`,
);
const jobs = measureJobs(root);
log(
  jobs.status === 'ok'
    ? `bench: --jobs 2 ÷ --jobs 1: ${jobs.speedup.toFixed(2)}×`
    : `bench: --jobs: ${jobs.reason}`,
);

const results = {
  schema: 'dateline/bench@1',
  environment: describeEnvironment(root, loadAtStart),
  unit: 'MB/s: 1e6 UTF-16 code units (JS string length) per second, median of the timed passes after warm-up',
  systems: SYSTEMS.map((system) => ({ id: system.id, label: system.label, description: system.describe() })),
  inputs: inputs.map(({ docs, ...input }) => ({ ...input, documents: docs.length })),
  skippedInputs: skipped,
  measurements,
  lsp,
  extensionStart,
  jobs,
  cliColdStart,
};
results.ratios = ratios(measurements, inputs);
results.scaling = scaling(measurements, inputs);
results.goals = goals(results);
results.durationSeconds = Math.round((performance.now() - started) / 1000);

writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeReport(join(root, 'docs', 'performance.md'), results);
log(`bench: done in ${results.durationSeconds} s; wrote bench/results.json and docs/performance.md`);
