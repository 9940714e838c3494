/**
 * Arabic full names as defence and Middle East releases write them (recognize/people.ts): a family
 * name after the article or "bin" counts beyond the three-word limit, a lower-case title's holder
 * is counted in words rather than tokens, and given names no list knows make a person when an
 * article's family name closes them. The rules are checked with the tagger off too, since the
 * tagger alone must not be what finds a name the rules can read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { taggerHooks } from '../../src/recognize/tagger/apply.js';
import type { EntityType } from '../../src/types.js';
import { mentionsOf } from './mentions-of.js';

afterEach(() => {
  taggerHooks.model = undefined;
});

function rulesAlone(text: string, types: readonly EntityType[]): string[] {
  taggerHooks.model = null;
  try {
    return mentionsOf(text, types);
  } finally {
    taggerHooks.model = undefined;
  }
}

describe('a family name after its article goes beyond the word limit', () => {
  it('reads a kunya, a given name and two family names as one person', () => {
    const text = 'Coalition forces said Abu Ibrahim al-Hashimi al-Qurayshi died in the raid.';
    expect(rulesAlone(text, ['person'])).toEqual(['person:Abu Ibrahim al-Hashimi al-Qurayshi']);
    expect(mentionsOf(text, ['person'])).toEqual(['person:Abu Ibrahim al-Hashimi al-Qurayshi']);
  });

  it('keeps "Al Saud" after two filiations', () => {
    const analysis = analyze('Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud met the delegation.');
    const prince = analysis.entities.find((e) => e.type === 'person');
    expect(prince?.name).toBe('Mohammed bin Salman bin Abdulaziz Al Saud');
    expect(prince?.roles.map((r) => r.title)).toEqual(['Crown Prince']);
  });

  it('still ends a name at a known place after it', () => {
    expect(mentionsOf('Haider al-Abadi Baghdad', ['person', 'location'])).toEqual([
      'person:Haider al-Abadi',
      'location:Baghdad',
    ]);
  });
});

describe('a lower-case title before an Arabic name', () => {
  it('"Militia spokesman Kadhim al-Fartousi": the holder is the name of two words in four tokens', () => {
    const analysis = analyze('Militia spokesman Kadhim al-Fartousi denied the report.');
    const person = analysis.entities.find((e) => e.type === 'person');
    expect(person?.name).toBe('Kadhim al-Fartousi');
    expect(person?.roles.map((r) => r.title)).toEqual(['spokesman']);
  });
});

describe('given names no list knows, closed by an article and a family name', () => {
  it('are a person, with or without the tagger', () => {
    const text = 'Rafid Sabah Nouri al-Dulaimi was executed on Tuesday.';
    expect(rulesAlone(text, ['person'])).toEqual(['person:Rafid Sabah Nouri al-Dulaimi']);
    expect(mentionsOf(text, ['person'])).toEqual(['person:Rafid Sabah Nouri al-Dulaimi']);
  });

  it('not a place after "near", a body with its Arabic lead word, or one word before the article', () => {
    expect(rulesAlone('The strike hit a depot near Tal Hamdan al-Kabir.', ['person'])).toEqual([]);
    expect(rulesAlone('Jaysh Rafed al-Islam fighters attacked the checkpoint.', ['person'])).toEqual([]);
    expect(rulesAlone('Sattar Qadhi al-Jubouri fighters attacked the checkpoint.', ['person'])).toEqual([]);
    expect(rulesAlone('Maarat al-Numan was shelled again.', ['person'])).toEqual([]);
    // A quarter, a fort or a house opens a place; a brigade's name is a body's.
    expect(rulesAlone('Beit Lahia al-Gharbiya was hit by airstrikes.', ['person'])).toEqual([]);
    expect(rulesAlone('Hayy Yarmouk al-Jadid was raided at dawn.', ['person'])).toEqual([]);
    expect(rulesAlone('Brigade Tarfa Saqr al-Mihlawi was formed in 2014.', ['person'])).toEqual([]);
    // A capitalised article names something else: "El Clasico".
    expect(rulesAlone('Deportivo Saprissa El Clasico drew 1-1.', ['person'])).toEqual([]);
  });

  it('leaves a sentence-opening common noun out of a name a given name opens', () => {
    expect(mentionsOf('Midfielder Salman Al-Faraj was injured.', ['person'])).toEqual([
      'person:Salman Al-Faraj',
    ]);
  });
});
