import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRe3d } from '../src/re3d/load.js';
import { evaluate, type SystemUnderTest } from '../src/report/evaluation.js';
import { evaluationJson } from '../src/report/json.js';
import { formatEvaluationText } from '../src/report/text.js';
import type { Predictor } from '../src/types.js';
import { writeSyntheticRe3d } from './support/synthetic-re3d.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-eval-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeSyntheticRe3d(dir);
const corpus = loadRe3d(dir, 'dev');

/** Finds the person and the organisation of the synthetic texts, nothing else. */
const perfect: Predictor = (text) => [
  { type: 'person', start: 0, end: 17 },
  { type: 'organization', start: text.indexOf('Acme'), end: text.indexOf(' on ') },
];
/** Finds only the name, without its title. */
const partial: Predictor = () => [{ type: 'person', start: 9, end: 17 }];
const systems: SystemUnderTest[] = [
  { name: 'ours', predictor: perfect },
  { name: 'peer', predictor: partial },
];

describe('formatEvaluationText', () => {
  const text = formatEvaluationText(evaluate(corpus, systems));

  it('states the corpus, then a table per system, primary types first, then micro and the delta', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      `re3d dev split (${dir}): 5 documents, 20 gold annotations (confidence >= 0.5), 20 distinct spans scored`,
    );
    expect(text).toContain('ours (P/R/F1 in %)');
    expect(text).toContain('peer (P/R/F1 in %)');
    const rows = lines.filter((line) => /^(person|organization|location|date|micro) +\d/.test(line));
    expect(rows.map((line) => line.split(/\s+/)[0])).toEqual([
      ...['person', 'organization', 'location', 'date', 'micro'],
      ...['person', 'organization', 'location', 'date', 'micro'],
    ]);
    expect(lines).toContain('person             5     5      100.0  100.0  100.0       100.0  100.0  100.0');
    expect(text).toContain('micro = summed over person, organization, location, nationality, date');
    expect(text).toMatch(/^delta ours - peer, micro F1 in points: strict \+66\.7, lenient \+26\.7$/m);
  });

  it('is the same on every run', () => {
    expect(formatEvaluationText(evaluate(corpus, systems))).toBe(text);
  });

  it('lists error patterns when asked', () => {
    const withErrors = formatEvaluationText(evaluate(corpus, systems.slice(1), { errors: 2 }));
    expect(withErrors).toContain('errors of peer on the dev split');
    expect(withErrors).toMatch(/ {4}5 {2}boundary person: lenient match, strict miss \(gold → predicted\)\n/);
    expect(withErrors).toContain('5× "Minister Jane Doe" → "Jane Doe"');
  });

  it('--types restricts rows and the micro-average', () => {
    const only = formatEvaluationText(evaluate(corpus, systems, { types: ['date', 'person'] }));
    expect(only).toContain('micro = summed over person, date');
    expect(only).not.toMatch(/^organization /m);
  });
});

describe('evaluationJson', () => {
  it('counts and rounded scores per type, micro and deltas', () => {
    const json = evaluationJson(evaluate(corpus, systems));
    expect(json).toMatchObject({ corpus: 're3d', split: 'dev', documents: 5, goldAnnotations: 20 });
    expect(json.systems.map((s) => s.system)).toEqual(['ours', 'peer']);
    expect(json.systems[0]?.micro.strict).toEqual({
      gold: 20,
      predicted: 10,
      matched: 10,
      precision: 1,
      recall: 0.5,
      f1: 0.6667,
    });
    expect(json.deltas).toEqual([{ against: 'peer', strictF1: 0.6667, lenientF1: 0.2667 }]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
