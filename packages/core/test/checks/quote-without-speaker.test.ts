import { describe, expect, it } from 'vitest';
import { checkQuotesWithoutSpeaker } from '../../src/checks/quote-without-speaker.js';
import { analyze } from '../../src/index.js';
import type { Section } from '../../src/types.js';
import { analyzedNotes, inputFor, marked } from './helpers.js';

/** Body paragraphs (blank-line separated) with their quotes, as the structure reader gives them. */
function release(paragraphs: string[], kind: Section['kind'] = 'body') {
  const text = paragraphs.join('\n\n');
  const sections: Section[] = [];
  let at = 0;
  for (const p of paragraphs) {
    sections.push({ kind, start: at, end: at + p.length });
    for (const m of p.matchAll(/“[^”]*”/g)) {
      const start = at + (m.index ?? 0);
      sections.push({ kind: 'quote', start, end: start + m[0].length });
    }
    at += p.length + 2;
  }
  return { text, sections };
}

function flagged(paragraphs: string[], kind: Section['kind'] = 'body'): string[] {
  const { text, sections } = release(paragraphs, kind);
  return checkQuotesWithoutSpeaker(inputFor(text, [], { sections })).map((n) => marked(text, n));
}

describe('quote-without-speaker', () => {
  it('flags a quotation nobody is said to have spoken', () => {
    expect(
      flagged([
        'The company opened a new plant in Ohio on Monday.',
        '“This plant will create hundreds of jobs for the region.”',
      ]),
    ).toEqual(['“This plant will create hundreds of jobs for the region.”']);
  });

  it('accepts a quote with a speech verb in its sentence, before or after it', () => {
    expect(flagged(['“This plant will create hundreds of jobs,” she said.'])).toEqual([]);
    expect(flagged(['“This plant will create hundreds of jobs,”\nState’s Attorney Burke said.'])).toEqual([]);
    expect(flagged(['The mayor said: “This plant will create hundreds of jobs.”'])).toEqual([]);
    expect(flagged(['“This plant will create hundreds of jobs,” said the senators.'])).toEqual([]);
    expect(flagged(['The statement read: “This plant will create hundreds of jobs.”'])).toEqual([]);
    expect(flagged(['“This plant will create hundreds of jobs.” — Jane Doe, Mayor of Columbus'])).toEqual([]);
  });

  it('accepts a quote that continues an attributed one', () => {
    expect(
      flagged([
        '“This plant will create hundreds of jobs,” the mayor said.',
        '“We look forward to working with the company for many years.”',
      ]),
    ).toEqual([]);
    // A quotation over several paragraphs opens each one and closes only the last.
    expect(
      flagged([
        '“This plant will create hundreds of jobs,” the mayor said. “It is a great day.',
        '“Our city has waited a long time for this.',
        '“We look forward to working with the company for many years.”',
      ]),
    ).toEqual([]);
  });

  it('accepts a statement introduced by a colon, and the paragraphs that follow it', () => {
    expect(
      flagged([
        'Gen. Joseph L. Votel released the following statement today:',
        '“We mourn the loss of one of our own, who was killed yesterday in northern Iraq.”',
        '“His service was in keeping with the finest traditions of military service.”',
      ]),
    ).toEqual([]);
  });

  it('accepts the last paragraph of a quotation over several lines', () => {
    const text = [
      'Following the update, the Foreign Secretary said:',
      '“It is unacceptable that the UN has still not been given access to Aleppo.',
      '“There is only one way to end this conflict: a political settlement.”',
    ].join('\n');
    const sections: Section[] = [
      { kind: 'body', start: 0, end: text.length },
      { kind: 'quote', start: text.lastIndexOf('“'), end: text.length },
    ];
    expect(checkQuotesWithoutSpeaker(inputFor(text, [], { sections }))).toEqual([]);
  });

  it('reads past abbreviations to the speech verb', () => {
    expect(
      flagged([
        '“The coalition sends its condolences to the family,” Army Lt. Gen. Stephen J. Townsend said.',
      ]),
    ).toEqual([]);
  });

  it('skips paragraphs whose marks are a spreadsheet’s escaping', () => {
    expect(flagged(['“The manual described weapons used by an ""extremist group"" in the city.”'])).toEqual(
      [],
    );
  });

  it('keeps the chain across a quoted title between two quotations', () => {
    expect(
      flagged([
        '“This plant will create hundreds of jobs,” the mayor said at the “Ohio Jobs And Growth Summit” today.',
        '“We look forward to working with the company for many years.”',
      ]),
    ).toEqual([]);
  });

  it('does not flag titles, short phrases or quoted fragments', () => {
    expect(
      flagged(['Students joined the “Cultural Exchange Days of the Way of the Holy Grail” in Valencia.']),
    ).toEqual([]);
    expect(flagged(['He praised the “one country, two systems” principle again.'])).toEqual([]);
    expect(
      flagged(['The report found that the hospital “like other rural providers, must adapt to challenges.”']),
    ).toEqual([]);
  });

  it('does not flag quotes inside a transcript', () => {
    expect(
      flagged(
        ['Q Was there any messaging saying “Look, you are going to get hit because people got killed”?'],
        'transcript-turn',
      ),
    ).toEqual([]);
  });

  it('a quote followed by "said" and a ranked or titled name is that person\'s, past the abbreviation\'s full stop', () => {
    const text = [
      'Strikes in Yemen',
      '',
      'TAMPA, Fla. – U.S. forces struck two Houthi sites on Monday, the command said in a statement.',
      '',
      '"These reckless Houthi attacks threaten global commerce," said Gen. Michael Erik Kurilla, commander of U.S. Central Command. "We will continue to take action."',
      '',
      '"Our members are stretched to the breaking point," said Dr. Rachel Lindqvist, president of the Minnesota Hospital Association.',
      '',
      '"This defendant betrayed the trust placed in him," said U.S. Attorney Jessica D. Aber. "He thought he could buy his way into government contracts."',
      '',
    ].join('\n');
    const a = analyze(text);
    const speakers = a.document.sections
      .filter((s) => s.kind === 'quote')
      .map((s) => a.entities.find((e) => e.id === s.speakerId)?.name);
    expect(speakers).toEqual([
      'Michael Erik Kurilla',
      'Michael Erik Kurilla',
      'Rachel Lindqvist',
      'Jessica D. Aber',
      'Jessica D. Aber',
    ]);
    expect(analyzedNotes(text, 'quote-without-speaker')).toEqual([]);
  });

  it('runs inside analyze', () => {
    const text = [
      'Acme opens a plant in Ohio',
      '',
      'COLUMBUS, Ohio, March 4, 2024 – Acme Corp. opened a new plant in Columbus on Monday.',
      '',
      '“This plant will create hundreds of jobs for the whole region.”',
      '',
      'The plant employs 300 people.',
      '',
    ].join('\n');
    expect(analyzedNotes(text, 'quote-without-speaker').map((n) => marked(text, n))).toEqual([
      '“This plant will create hundreds of jobs for the whole region.”',
    ]);
  });
});
