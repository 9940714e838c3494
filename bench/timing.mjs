/**
 * The timing loop: warm-up passes, then samples of whole passes over the input, garbage collected
 * between samples. A pass analyses every document of the input once. Small inputs repeat the pass
 * inside a sample so that each sample lasts at least `minSampleMs`.
 */
import { median } from './stats.mjs';

const gc = () => globalThis.gc?.();

function pass(analyse, docs) {
  let items = 0;
  for (const doc of docs) items += analyse(doc);
  return items;
}

function charsOf(docs) {
  return docs.reduce((n, doc) => n + doc.length, 0);
}

/**
 * @param plan `{ warmupMs, runs, minSampleMs }`; `warmupDocs` may be a smaller part of `docs`
 * (warming up on a 1 MB prefix before timing 10 MB) or empty for no warm-up.
 */
export function timePasses(analyse, docs, warmupDocs, plan) {
  const chars = charsOf(docs);
  const warmup = { passes: 0, chars: charsOf(warmupDocs), firstSeconds: null, lastSeconds: null };
  let items = 0;
  if (warmupDocs.length > 0) {
    const start = performance.now();
    do {
      const t0 = performance.now();
      items = pass(analyse, warmupDocs);
      warmup.lastSeconds = (performance.now() - t0) / 1000;
      warmup.firstSeconds ??= warmup.lastSeconds;
      warmup.passes++;
    } while (performance.now() - start < plan.warmupMs);
  }
  // Estimate one pass over the real input from the last warm-up pass, scaled by size.
  const estimate = warmup.passes > 0 ? (warmup.lastSeconds * 1000 * chars) / warmup.chars : Infinity;
  const passesPerSample = Math.max(1, Math.ceil(plan.minSampleMs / estimate));
  const samples = [];
  for (let run = 0; run < plan.runs; run++) {
    gc();
    const t0 = performance.now();
    for (let i = 0; i < passesPerSample; i++) items = pass(analyse, docs);
    samples.push((performance.now() - t0) / 1000 / passesPerSample);
  }
  return { warmup, passesPerSample, samples, medianSeconds: median(samples), items };
}

/** The first documents up to `maxChars`; a single longer document is cut at a paragraph break. */
export function prefixDocs(docs, maxChars) {
  if (maxChars <= 0) return [];
  const out = [];
  let total = 0;
  for (const doc of docs) {
    if (total + doc.length > maxChars) {
      if (out.length === 0) {
        const cut = doc.lastIndexOf('\n\n', maxChars);
        out.push(doc.slice(0, cut > 0 ? cut : maxChars));
      }
      break;
    }
    out.push(doc);
    total += doc.length;
  }
  return out;
}
