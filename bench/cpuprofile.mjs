/** Self time per function from a V8 .cpuprofile (what `node --cpu-prof` writes). */
import { fileURLToPath } from 'node:url';
import { originalPosition } from './sourcemap.mjs';

/** Rows `{ name, location, selfMs, share }`, heaviest first. locations are relative to `root`, in the TypeScript source when a source map says where. */
export function selfTimes(profile, root) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByNode = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + delta);
    total += delta;
  });
  const rows = new Map();
  for (const [id, micros] of selfByNode) {
    const { functionName, url, lineNumber, columnNumber } = byNode.get(id).callFrame;
    const location = url.startsWith('file://')
      ? originalPosition(fileURLToPath(url), lineNumber, columnNumber, root)
      : url && `${url}:${lineNumber + 1}`;
    const key = `${functionName}@${location}`;
    const row = rows.get(key) ?? { name: functionName || '(anonymous)', location, selfMs: 0 };
    row.selfMs += micros / 1000;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, share: row.selfMs / (total / 1000) }))
    .sort((a, b) => b.selfMs - a.selfMs);
}
