/**
 * The contract every analysis must keep, whatever the input, as a list of violations (empty when
 * kept): `analyze` returns (never throws), its output is plain JSON data valid against the JSON
 * Schema, it satisfies the offset invariant (spans inside the text, `text` equal to the slice, no
 * offset between the halves of a surrogate pair, mentions and sections ordered, ids e1..eN in order
 * of first mention, references resolve), and a second call serialises byte for byte the same.
 * Shared by the property tests and the hostile-input tests.
 */
import type fc from 'fast-check';
import { type Analysis, type AnalyzeOptions, analyze } from '../../src/index.js';
import { offsetInvariantViolations } from '../support/offset-invariant.js';
import { validateAnalysis } from '../support/validate-analysis.js';

export type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;

export interface ContractOptions {
  /** Call `analyze` a second time and compare the JSON (default true). */
  determinism?: boolean;
  /** Validate against the JSON Schema (default true; the biggest inputs may skip it for time). */
  schema?: boolean;
  /** The analyze function under test (default: the core's). */
  analyzeWith?: Analyze;
}

/** Where two strings first differ, with a little context. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `outputs differ at character ${i}: …${JSON.stringify(a.slice(from, i + 60))} vs …${JSON.stringify(b.slice(from, i + 60))}`;
}

/** Values JSON would not round-trip: undefined, non-finite numbers, functions, class instances. */
function notPlainJson(value: unknown, path: string, out: string[]): void {
  if (out.length >= 10) return;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}: ${value} is not a finite number`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      notPlainJson(item, `${path}[${i}]`, out);
    });
    return;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) out.push(`${path}: not a plain object`);
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) out.push(`${path}.${key}: undefined`);
      else notPlainJson(child, `${path}.${key}`, out);
    }
    return;
  }
  out.push(`${path}: ${typeof value} is not JSON data`);
}

export interface ContractResult {
  analysis: Analysis | undefined;
  problems: string[];
}

/** Runs `analyze` on `text` and lists every way the result breaks the contract (see the file comment). */
export function checkContract(
  text: string,
  options: AnalyzeOptions | undefined = undefined,
  contract: ContractOptions = {},
): ContractResult {
  const run = contract.analyzeWith ?? analyze;
  let analysis: Analysis;
  try {
    analysis = run(text, options);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const where = e.stack?.split('\n').find((line) => line.includes('/src/')) ?? '';
    return { analysis: undefined, problems: [`analyze threw ${e.name}: ${e.message} ${where.trim()}`] };
  }
  const problems: string[] = [];
  const json = JSON.stringify(analysis);
  const plain: string[] = [];
  notPlainJson(analysis, 'analysis', plain);
  problems.push(...plain.map((p) => `not plain JSON: ${p}`));
  if (contract.schema ?? true) {
    problems.push(...validateAnalysis(JSON.parse(json)).map((p) => `schema: ${p}`));
  }
  problems.push(...offsetInvariantViolations(text, analysis).map((p) => `offset invariant: ${p}`));
  if (contract.determinism ?? true) {
    const again = JSON.stringify(run(text, options));
    if (again !== json) problems.push(`not deterministic: ${firstDifference(json, again)}`);
  }
  return { analysis, problems };
}

/** Throws one error listing the violations (fast-check then shrinks and reports the input and seed). */
export function assertContract(
  text: string,
  options?: AnalyzeOptions,
  contract: ContractOptions = {},
): Analysis {
  const { analysis, problems } = checkContract(text, options, contract);
  if (problems.length > 0 || analysis === undefined) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    throw new Error(`contract broken (text length ${text.length}):\n  ${shown.join('\n  ')}${more}`);
  }
  return analysis;
}

/**
 * Property-run settings: a fixed seed (override with DATELINE_PROPERTY_SEED to explore, the seed of a
 * failure is in its report) and a run count scaled by DATELINE_PROPERTY_RUNS_FACTOR (default 1;
 * e.g. 20 for a long local session).
 */
export function runs<T = unknown>(numRuns: number): fc.Parameters<T> {
  const seed = Number(process.env.DATELINE_PROPERTY_SEED ?? 20231012);
  const factor = Number(process.env.DATELINE_PROPERTY_RUNS_FACTOR ?? 1);
  return {
    seed,
    numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(factor) && factor > 0 ? factor : 1))),
  };
}

/** A line break of any style written as "\n", so texts that differ only in line endings compare equal. */
export const unifyLineBreaks = (s: string): string => s.replace(/\r\n?/g, '\n');

/**
 * What an analysis says, without offsets: headline, date, place, section kinds (with speakers and
 * item counts), sentence count, entities with their names, aliases, roles, values, mention texts and
 * titles, and notes. Line breaks inside strings are unified. Two texts that differ only in line
 * endings (or in a leading BOM) should have equal views.
 */
export function offsetFreeView(analysis: Analysis): unknown {
  const u = unifyLineBreaks;
  const { document, entities, notes } = analysis;
  return {
    title: document.title === null ? null : u(document.title),
    date: document.date,
    place: document.place === null ? null : u(document.place),
    sections: document.sections.map(
      (s) =>
        `${s.kind}${s.speaker ? ` by ${u(s.speaker.text)}` : ''}${s.speakerId ? ` (${s.speakerId})` : ''}${s.items ? ` [${s.items.length} items]` : ''}`,
    ),
    sentences: document.sentences.length,
    entities: entities.map((e) => ({
      ...e,
      name: u(e.name),
      aliases: e.aliases.map(u),
      roles: e.roles.map((r) => ({ ...r, title: u(r.title) })),
      summary: u(e.summary),
      mentions: e.mentions.map((m) => `${u(m.text)}${m.title ? ` <${u(m.title.text)}>` : ''}`),
    })),
    notes: notes.map((n) => `${n.code}: ${u(n.message)}`),
  };
}
