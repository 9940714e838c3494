/** The evaluation as a plain-text table, byte-for-byte the same for the same corpus and systems. */
import { describePattern, type ErrorPattern } from '../errors.js';
import { type Counts, prf } from '../metrics.js';
import type { SystemScore } from '../score.js';
import type { Evaluation } from './evaluation.js';

const TYPE_WIDTH = 14;

export function formatEvaluationText(evaluation: Evaluation): string {
  const { corpus, results } = evaluation;
  const first = results[0]?.score;
  const distinctGold = first === undefined ? 0 : first.types.reduce((sum, t) => sum + t.strict.gold, 0);
  const lines = [
    `re3d ${corpus.split} split (${corpus.dir}): ${corpus.documents.length} documents, ` +
      `${evaluation.goldAnnotations} gold annotations (confidence >= 0.5), ${distinctGold} distinct spans scored`,
  ];
  for (const [type, count] of Object.entries(corpus.unmappedTypes).sort()) {
    lines.push(`note: ${count} gold annotations of type ${type} are outside the type mapping and not scored`);
  }
  for (const { score } of results) lines.push('', ...scoreTable(score, evaluation));
  const ours = results[0]?.score;
  for (const { score: peer } of results.slice(1)) {
    if (ours === undefined) break;
    lines.push('', deltaLine(ours, peer));
  }
  for (const { score, errors } of results) {
    if (errors !== undefined) lines.push('', ...errorLines(score, errors, evaluation.corpus.split));
  }
  return `${lines.join('\n')}\n`;
}

function scoreTable(score: SystemScore, evaluation: Evaluation): string[] {
  const header = `${'type'.padEnd(TYPE_WIDTH)}${'gold'.padStart(6)}${'pred'.padStart(6)}   ${'strict P'.padStart(8)}${'R'.padStart(7)}${'F1'.padStart(7)}   ${'lenient P'.padStart(9)}${'R'.padStart(7)}${'F1'.padStart(7)}`;
  const row = (label: string, strict: Counts, lenient: Counts) => {
    const s = prf(strict);
    const l = prf(lenient);
    return (
      `${label.padEnd(TYPE_WIDTH)}${String(strict.gold).padStart(6)}${String(strict.predicted).padStart(6)}   ` +
      `${pct(s.precision).padStart(8)}${pct(s.recall).padStart(7)}${pct(s.f1).padStart(7)}   ` +
      `${pct(l.precision).padStart(9)}${pct(l.recall).padStart(7)}${pct(l.f1).padStart(7)}`
    );
  };
  const lines = [`${score.system} (P/R/F1 in %)`, header];
  for (const type of evaluation.rows) {
    const t = score.types.find((candidate) => candidate.type === type);
    if (t !== undefined) lines.push(row(type, t.strict, t.lenient));
  }
  lines.push(row('micro', score.micro.strict, score.micro.lenient));
  lines.push(`micro = summed over ${score.micro.types.join(', ')}`);
  return lines;
}

function deltaLine(ours: SystemScore, peer: SystemScore): string {
  const strict = prf(ours.micro.strict).f1 - prf(peer.micro.strict).f1;
  const lenient = prf(ours.micro.lenient).f1 - prf(peer.micro.lenient).f1;
  return `delta ${ours.system} - ${peer.system}, micro F1 in points: strict ${signed(strict)}, lenient ${signed(lenient)}`;
}

function errorLines(score: SystemScore, patterns: readonly ErrorPattern[], split: string): string[] {
  const lines = [
    `errors of ${score.system} on the ${split} split, most frequent patterns first ` +
      '(FN/FP by lenient matching; boundary = strict miss only):',
  ];
  for (const pattern of patterns) {
    lines.push(`${String(pattern.count).padStart(5)}  ${describePattern(pattern)}`);
    for (const example of pattern.examples) {
      const text =
        example.predictedText === undefined
          ? `"${example.text}"`
          : `"${example.text}" → "${example.predictedText}"`;
      lines.push(
        `${`${example.count}×`.padStart(12)} ${text}  e.g. ${example.context} (${example.source} ${example.documentId.slice(0, 8)})`,
      );
    }
  }
  return lines;
}

function pct(value: number): string {
  return (value * 100).toFixed(1);
}

function signed(value: number): string {
  const points = (value * 100).toFixed(1);
  return value >= 0 && points !== '-0.0' ? `+${points}` : points;
}
