/**
 * `dateline eval` end to end on a tiny synthetic corpus in a temp folder (the built CLI, as a user
 * runs it): exit statuses, the tables, --peer compromise, JSON, the default corpus folder, errors.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dateline, hasStackTrace, tempFolder } from '../cli/helpers.js';
import { writeSyntheticRe3d } from './synthetic-re3d.js';

const temp = tempFolder('eval');
afterAll(() => temp.remove());
// temp/shared/data/re3d beside temp/main: the layout the default corpus folder expects.
const corpus = join(temp.path, 'shared', 'data', 're3d');
const checkout = join(temp.path, 'main');
writeSyntheticRe3d(corpus);
mkdirSync(checkout);

/** One line on stderr, nothing on stdout, no stack trace. */
function expectOneLineError(result: { stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.split('\n')).toHaveLength(2);
  expect(hasStackTrace(result.stderr)).toBe(false);
}

describe('dateline eval', () => {
  it('scores the dev split: exit 0, the corpus line, the table with micro', async () => {
    const result = await dateline(['eval', corpus]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`re3d dev split (${corpus}): 5 documents, 20 gold annotations`);
    expect(result.stdout).toContain('dateline (P/R/F1 in %)');
    expect(result.stdout).toMatch(/^type +gold +pred +strict P +R +F1 +lenient P +R +F1$/m);
    for (const row of ['person', 'organization', 'location', 'date', 'micro']) {
      expect(result.stdout).toMatch(new RegExp(`^${row} +\\d+ +\\d+ +[\\d.]+ `, 'm'));
    }
    expect(result.stdout).toMatch(/^location +5 +5 +100\.0 +100\.0 +100\.0 /m);
  });

  it('is deterministic', async () => {
    const [a, b] = await Promise.all([dateline(['eval', corpus]), dateline(['eval', corpus])]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--split test reads only the test folder', async () => {
    const result = await dateline(['eval', corpus, '--split', 'test']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('re3d test split');
    expect(result.stdout).toContain(': 1 documents, 4 gold annotations');
  });

  it('--peer compromise: a second table and the delta line', async () => {
    const result = await dateline(['eval', corpus, '--peer', 'compromise']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('compromise (P/R/F1 in %)');
    expect(result.stdout).toMatch(
      /^delta dateline - compromise, micro F1 in points: strict [+-]\d+\.\d, lenient [+-]\d+\.\d$/m,
    );
  });

  it('--format json: the same numbers as data', async () => {
    const result = await dateline([
      'eval',
      corpus,
      '--format',
      'json',
      '--peer',
      'compromise',
      '--types',
      'location,date',
    ]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      corpus: 're3d',
      split: 'dev',
      documents: 5,
      microTypes: ['location', 'date'],
    });
    expect(json.systems.map((s: { system: string }) => s.system)).toEqual(['dateline', 'compromise']);
    expect(json.systems[0].types.map((t: { type: string }) => t.type)).toEqual(['location', 'date']);
    expect(json.systems[0].types[0].strict).toMatchObject({ gold: 5, matched: 5, f1: 1 });
    expect(json.deltas).toHaveLength(1);
  });

  it('--errors N lists error patterns on the dev split', async () => {
    const result = await dateline(['eval', corpus, '--errors', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('errors of dateline on the dev split');
  });

  it('finds ../shared/data/re3d from the current folder when no folder is given', async () => {
    const result = await dateline(['eval'], { cwd: checkout });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('re3d dev split (../shared/data/re3d): 5 documents');
  });

  it('says so in one line, exit 1, when the default corpus is absent', async () => {
    const result = await dateline(['eval'], { cwd: corpus });
    expect(result.status).toBe(1);
    expectOneLineError(
      result,
      /^dateline: re3d corpus not found: \.\.\/shared\/data\/re3d \(the default folder; name yours: dateline eval <corpus-dir>\)\n$/,
    );
  });

  it('a named folder that does not exist: exit 1, one line naming it', async () => {
    const missing = join(temp.path, 'nowhere');
    const result = await dateline(['eval', missing]);
    expect(result.status).toBe(1);
    expectOneLineError(result, new RegExp(`^dateline: re3d corpus not found: ${missing}\\n$`));
  });

  it('a malformed corpus: exit 1, one line naming file and line', async () => {
    const broken = tempFolder('eval-broken');
    try {
      writeSyntheticRe3d(broken.path);
      const file = join(broken.path, 'wikipedia', 'entities.json');
      writeFileSync(file, '{"documentId": "SYNTH4"\n');
      const result = await dateline(['eval', broken.path]);
      expect(result.status).toBe(1);
      expectOneLineError(result, new RegExp(`^dateline: ${file}:1: not valid JSON`));
      rmSync(join(broken.path, 'centcom'), { recursive: true });
      const test = await dateline(['eval', broken.path, '--split', 'test']);
      expect(test.status).toBe(1);
      expectOneLineError(test, /^dateline: re3d corpus incomplete: .*centcom not found/);
    } finally {
      broken.remove();
    }
  });

  it.each([
    [['--split', 'train'], /^dateline: option '--split <split>' argument 'train' is invalid/],
    [['--peer', 'spacy'], /^dateline: option '--peer <name>' argument 'spacy' is invalid/],
    [
      ['--types', 'person,colour'],
      /^dateline: option '--types <types>' argument 'person,colour' is invalid\. Unknown type 'colour'/,
    ],
    [['--errors', '0'], /^dateline: option '--errors <N>' argument '0' is invalid/],
    [['--errors', '3', '--split', 'test'], /^dateline: --errors works on the dev split only/],
  ])('usage error %j: exit 2, one line', async (args, pattern) => {
    const result = await dateline(['eval', corpus, ...args]);
    expect(result.status).toBe(2);
    expectOneLineError(result, pattern);
  });

  it('--help: options and examples, exit 0', async () => {
    const result = await dateline(['eval', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: dateline eval [options] [corpus-dir]');
    expect(result.stdout).toContain('$ dateline eval ../shared/data/re3d --split test --peer compromise');
    const top = await dateline(['--help']);
    expect(top.stdout).toMatch(/eval .*score Dateline against the re3d gold corpus/);
  });
});
