/** Documents a reader expects named: treaties, agreements, resolutions, constitutions, and "the Resolution" once one is named. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

const DOCUMENT_AND_NAMES = ['document', 'person', 'organization', 'location'] as const;

describe('documents', () => {
  it('"Cmdr. Bill Urban" is a person: a head followed by a name word is a given name', () => {
    const a = analyze(
      '"It was unsafe," said Cmdr. Bill Urban, a spokesman. The Senate passed the Defense Authorization Bill.',
    );
    expect(a.entities.filter((e) => e.type === 'document').map((e) => e.name)).toEqual([
      'Defense Authorization Bill',
    ]);
    expect(
      a.entities.find((e) => e.type === 'person')?.mentions.map((m) => `${m.title?.text} ${m.text}`),
    ).toEqual(['Cmdr. Bill Urban']);
  });

  it('"an Executive Order …" twice is two documents, not one named by their shared words', () => {
    const a = analyze(
      'On March 20 the President signed an Executive Order boosting mineral production. On April 24 he signed an Executive Order on offshore minerals.',
    );
    const orders = a.entities.filter((e) => e.type === 'document');
    expect(orders.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Executive Order', 1],
      ['Executive Order', 1],
    ]);
  });

  it('an act keeps the year of its name, which is then no date; a name never runs back over a sentence', () => {
    expect(
      mentionsOf(
        'He appeared on 8 Out of 10 Cats. The Health Coverage Tax Credit Act of 2026 passed in March 2026.',
        ['document', 'date'],
      ),
    ).toEqual(['document:Health Coverage Tax Credit Act of 2026', 'date:March 2026']);
  });

  it('a place before a lower-case head names the document: "the Minsk agreements", "the Dayton accords"', () => {
    expect(
      mentionsOf('He stressed continued violations of the Minsk agreements and praised the Dayton accords.', [
        ...DOCUMENT_AND_NAMES,
      ]),
    ).toEqual(['document:Minsk agreements', 'document:Dayton accords']);
  });

  it('a possessive country before "constitution" names it: "Turkey’s constitution"', () => {
    expect(
      mentionsOf('These are institutions enshrined in Turkey’s constitution.', [...DOCUMENT_AND_NAMES]),
    ).toEqual(['document:Turkey’s constitution']);
  });

  it('"Geneva Communique" is a document, not a person named Geneva', () => {
    expect(
      mentionsOf('They support a transition in accordance with the Geneva Communique of 2012.', [
        ...DOCUMENT_AND_NAMES,
      ]),
    ).toEqual(['document:Geneva Communique']);
  });

  it('several numbered resolutions are one mention; a name with a hyphen and initials stays whole', () => {
    expect(
      mentionsOf('A transition as agreed in the UN Security Council Resolutions 2254 and 2118.', [
        ...DOCUMENT_AND_NAMES,
      ]),
    ).toEqual(['document:UN Security Council Resolutions 2254 and 2118']);
    expect(
      mentionsOf('Both countries signed the U.S.-Iraq Strategic Framework Agreement in 2008.', [
        ...DOCUMENT_AND_NAMES,
      ]),
    ).toEqual(['document:U.S.-Iraq Strategic Framework Agreement']);
  });

  it('"the Resolution" after "Resolution 2328" is the same document; "the Constitution" is one', () => {
    const a = analyze(
      'The Council adopted Resolution 2328. The Resolution demanded access. It respects the Constitution.',
    );
    const documents = a.entities.filter((e) => e.type === 'document');
    expect(documents.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Resolution 2328', ['Resolution 2328', 'Resolution']],
      ['Constitution', ['Constitution']],
    ]);
  });

  it('a bare "the agreement" or a sentence-initial "New Report" is no document', () => {
    expect(mentionsOf('The agreement was signed. New Report Finds Gaps.', ['document'])).toEqual([]);
  });
});
