/**
 * Figures computed from the measurements: speed ratios against the peers, scaling from 1 MB to
 * 10 MB, and the goals of the speed issue next to what was measured. Reports, never asserts.
 */

const PEERS = ['compromise', 'wink'];

/** core MB/s ÷ peer MB/s per input, or null when either side did not run. */
export function ratios(measurements, inputs) {
  const out = {};
  for (const peer of PEERS) {
    out[peer] = {};
    for (const input of inputs) {
      const ours = measurements.core?.[input.id];
      const theirs = measurements[peer]?.[input.id];
      out[peer][input.id] =
        ours?.status === 'ok' && theirs?.status === 'ok' ? ours.mbPerSecond / theirs.mbPerSecond : null;
    }
  }
  return out;
}

/** Time of a 10 MB pass over a 1 MB pass: the plain ratio and the exponent k in t ∝ n^k. */
export function scaling(measurements, inputs) {
  const small = inputs.find((input) => input.id === 'gen-1mb');
  const large = inputs.find((input) => input.id === 'gen-10mb');
  const out = {};
  for (const [system, cells] of Object.entries(measurements)) {
    const t1 = cells['gen-1mb'];
    const t10 = cells['gen-10mb'];
    if (t1?.status !== 'ok' || t10?.status !== 'ok') {
      out[system] = { status: 'not run', reason: 'needs both the 1 MB and the 10 MB measurement' };
      continue;
    }
    const ratio = t10.medianSeconds / t1.medianSeconds;
    // log(t10/t1) / log(n10/n1); n10/n1 is 10 to within a few hundred characters.
    const exponent = Math.log(ratio) / Math.log(large.chars / small.chars);
    out[system] = {
      status: 'ok',
      t1Seconds: t1.medianSeconds,
      t10Seconds: t10.medianSeconds,
      ratio,
      exponent,
    };
  }
  return out;
}

/** The goals, each with the measured figure (null when it could not be measured). */
export function goals(results) {
  const { ratios: r, measurements: m, scaling: s } = results;
  const memory = (input) => (m.core?.[input]?.status === 'ok' ? m.core[input].memory.inputMultiple : null);
  return [
    {
      id: 'vs-compromise-1mb',
      label: 'core ÷ compromise speed, 1 MB',
      measured: r.compromise['gen-1mb'],
      goal: 40,
      kind: 'min',
    },
    {
      id: 'vs-wink-1mb',
      label: 'core ÷ wink-nlp speed, 1 MB',
      measured: r.wink['gen-1mb'],
      goal: 2,
      kind: 'min',
    },
    {
      id: 'vs-wink-10mb',
      label: 'core ÷ wink-nlp speed, 10 MB',
      measured: r.wink['gen-10mb'],
      goal: 2,
      kind: 'min',
    },
    {
      id: 'memory-1mb',
      label: 'core peak memory ÷ input, 1 MB',
      measured: memory('gen-1mb'),
      goal: 10,
      kind: 'max',
    },
    {
      id: 'memory-10mb',
      label: 'core peak memory ÷ input, 10 MB',
      measured: memory('gen-10mb'),
      goal: 10,
      kind: 'max',
    },
    {
      id: 'scaling',
      label: 'core time 10 MB ÷ 1 MB',
      measured: s.core?.ratio ?? null,
      goal: 12,
      kind: 'max',
    },
  ].map((g) => ({
    ...g,
    met: g.measured === null ? null : g.kind === 'min' ? g.measured >= g.goal : g.measured <= g.goal,
  }));
}
