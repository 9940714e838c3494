/**
 * What runs on what, and how much. The peers are slow (compromise about 0.1 MB/s, and about 1.5 GB
 * of memory on a 4.6 MB document), so their runs are capped to keep the whole bench within about
 * five minutes on a 2-core machine. A skipped cell says why; nothing is extrapolated.
 */

// warmupChars: warm up on the input's first N chars (null: the whole input; 0: no warm-up).
const DEFAULT = { warmupChars: null, warmupMs: 1000, runs: 5, minSampleMs: 200 };

/** Per system and input: a plan (overrides of DEFAULT) or `{ skip: reason }`. */
const PLANS = {
  core: {
    'gen-10mb': { warmupChars: 1e6, warmupMs: 0, runs: 3 },
  },
  compromise: {
    re3d: { warmupChars: 2e4, warmupMs: 0, runs: 3 },
    press: { warmupChars: 2e4, warmupMs: 0, runs: 3 },
    'gen-1mb': { warmupChars: 2e4, warmupMs: 0, runs: 1 },
    'gen-10mb': {
      skip: 'about 100 s a pass at 0.1 MB/s and several GB of memory; the bench keeps to about 5 minutes',
    },
  },
  wink: {
    'gen-10mb': { warmupChars: 1e6, warmupMs: 0, runs: 3 },
  },
};

export function planFor(systemId, inputId) {
  const plan = PLANS[systemId]?.[inputId] ?? {};
  if (plan.skip) return { skip: plan.skip };
  return { ...DEFAULT, ...plan };
}
