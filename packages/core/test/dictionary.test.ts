/** The user dictionary (AnalyzeOptions.dictionary): declared names, aliases, ignored words. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { compileDictionary } from '../src/recognize/dictionary.js';
import type { Analysis, Dictionary } from '../src/types.js';
import { offsetInvariantViolations } from './support/offset-invariant.js';
import { repoRoot } from './support/repo-paths.js';
import { validateAnalysis } from './support/validate-analysis.js';

const seed = readFileSync(
  join(repoRoot, 'seeds', 'nato-2023-10-12-defence-ministers-press-conference.txt'),
  'utf8',
);

const dictionary: Dictionary = {
  entities: [
    { name: 'Kosovo Force', type: 'organization', aliases: ['KFOR'] },
    { name: 'Steadfast Noon', type: 'event' },
    { name: 'Grand National Assembly', type: 'organization', aliases: ['the Assembly'] },
  ],
  ignore: ['Allies', 'NATO Allies'],
};

function entityWith(analysis: Analysis, mention: string) {
  return analysis.entities.filter((e) => e.mentions.some((m) => m.text === mention));
}

describe('the user dictionary', () => {
  const analysis = analyze(seed, { dictionary });

  it('names an entity by its declared name when the text only uses an alias', () => {
    const [kfor, ...others] = entityWith(analysis, 'KFOR');
    expect(others).toEqual([]);
    expect(kfor).toMatchObject({ type: 'organization', name: 'Kosovo Force', aliases: ['KFOR'] });
    expect(kfor?.mentions.map((m) => m.text)).toEqual(['KFOR', 'KFOR']);
  });

  it('links the aliases of a declared person, one-word names included', () => {
    const text =
      'Madonna opened the show in London. The singer thanked Jens Stoltenberg, and Mr. Stoltenberg waved.';
    const a = analyze(text, {
      dictionary: {
        entities: [
          { name: 'Madonna', type: 'person', aliases: ['The singer'] },
          { name: 'Jens Stoltenberg', type: 'person', aliases: ['NATO chief'] },
        ],
      },
    });
    const [madonna, ...others] = entityWith(a, 'The singer');
    expect(others).toEqual([]);
    expect(madonna).toMatchObject({ type: 'person', name: 'Madonna' });
    expect(madonna?.mentions.map((m) => m.text)).toEqual(['Madonna', 'The singer']);
  });

  it('gives a declared name its declared type', () => {
    const [noon] = entityWith(analysis, 'Steadfast Noon');
    expect(noon).toMatchObject({ type: 'event', name: 'Steadfast Noon' });
  });

  it('links aliases to the declared entity', () => {
    const assembly = entityWith(analysis, 'the Assembly');
    expect(assembly.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['organization', 'Grand National Assembly', ['Grand National Assembly', 'the Assembly']],
    ]);
  });

  it('never makes an entity of an ignored word', () => {
    expect(entityWith(analysis, 'Allies')).toEqual([]);
    expect(entityWith(analysis, 'NATO Allies')).toEqual([]);
    const text = 'NATO ministers met in Brussels on Thursday. NATO agreed.';
    expect(entityWith(analyze(text), 'NATO')).toHaveLength(1);
    expect(entityWith(analyze(text, { dictionary: { ignore: ['NATO'] } }), 'NATO')).toEqual([]);
  });

  it('wins over every other recogniser, matching whole words and case', () => {
    const text = 'Acme said on May 3, 2024 that Kosovo Force units and the kosovo force met KFORCE staff.';
    const a = analyze(text, {
      dictionary: { entities: [{ name: 'May', type: 'person' }, ...(dictionary.entities ?? [])] },
    });
    expect(entityWith(a, 'May').map((e) => e.type)).toEqual(['person']);
    expect(entityWith(a, 'Kosovo Force').map((e) => e.name)).toEqual(['Kosovo Force']);
    expect(entityWith(a, 'kosovo force')).toEqual([]);
    expect(a.entities.some((e) => e.mentions.some((m) => m.text === 'KFOR'))).toBe(false);
  });

  it('keeps the output valid and true to the text', () => {
    expect(validateAnalysis(analysis)).toEqual([]);
    expect(offsetInvariantViolations(seed, analysis)).toEqual([]);
  });

  it('is deterministic, and compiled once per dictionary object', () => {
    const again = analyze(seed, { dictionary: structuredClone(dictionary) });
    expect(JSON.stringify(again)).toBe(JSON.stringify(analysis));
    expect(compileDictionary(dictionary)).toBe(compileDictionary(dictionary));
    expect(compileDictionary(structuredClone(dictionary))).not.toBe(compileDictionary(dictionary));
  });

  it('changes nothing when empty, and skips malformed entries instead of throwing', () => {
    expect(JSON.stringify(analyze(seed, { dictionary: {} }))).toBe(JSON.stringify(analyze(seed)));
    const malformed = {
      entities: [
        null,
        { name: 42, type: 'organization' },
        { name: 'X', type: 'city' },
        { name: ' ', type: 'event' },
      ],
      ignore: [null, 7, ''],
    } as unknown as Dictionary;
    expect(() => analyze(seed, { dictionary: malformed })).not.toThrow();
  });
});
