/**
 * Pronoun coreference (src/link/pronouns.ts): each pronoun goes to the right antecedent, on real
 * sentences of the NATO seed and of re3d-style statements, and never without one.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from '../../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(
  join(here, '..', '..', '..', '..', 'seeds', 'nato-2023-10-12-defence-ministers-press-conference.txt'),
  'utf8',
);

/** Entity name of the pronoun `word` that follows `context` in `text`, or undefined when unlinked. */
function antecedent(analysis: Analysis, text: string, context: string, word: string): string | undefined {
  const at = text.indexOf(context);
  expect(at, `context not in text: ${context}`).toBeGreaterThanOrEqual(0);
  const start = text.indexOf(word, at);
  for (const e of analysis.entities)
    for (const m of e.mentions) if (m.pronoun && m.start === start) return e.name;
  return undefined;
}

describe('pronouns in the NATO seed (a press conference by Jens Stoltenberg)', () => {
  const analysis = analyze(seed);
  it('"I" is the speaker named in the heading', () => {
    expect(antecedent(analysis, seed, 'So today I', 'I')).toBe('Jens Stoltenberg');
    expect(antecedent(analysis, seed, 'I raised with ministers', 'I')).toBe('Jens Stoltenberg');
  });
  it('"we" and "us" are the organisation of his role', () => {
    expect(antecedent(analysis, seed, 'And we are conducting', 'we')).toBe(
      'North Atlantic Treaty Organization',
    );
    expect(antecedent(analysis, seed, 'The European Union joined us', 'us')).toBe(
      'North Atlantic Treaty Organization',
    );
  });
  it('"He" is the person just named', () => {
    expect(antecedent(analysis, seed, 'Counter-Terrorism.\n\nHe will ensure', 'He')).toBe('Tom Goffus');
  });
  it('pronouns keep name, order and summary honest', () => {
    const stoltenberg = analysis.entities.find((e) => e.name === 'Jens Stoltenberg');
    expect(stoltenberg?.summary).toBe('Jens Stoltenberg, NATO Secretary General; 4 mentions and 4 pronouns.');
    for (const e of analysis.entities) {
      for (const m of e.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
      expect(e.mentions[0]?.pronoun).toBeUndefined();
    }
  });
});

describe('pronouns in statements', () => {
  it('a colon introduction gives the voice: "I" to the speaker, "We" to the state that opens the sentence before', () => {
    const text =
      'Sanctions on Syria\n\nPhilip Hammond said: The UK has worked tirelessly with other member states. We are targeting developers of chemical weapons. I welcome this step.';
    const a = analyze(text);
    expect(antecedent(a, text, 'I welcome', 'I')).toBe('Philip Hammond');
    expect(antecedent(a, text, 'We are targeting', 'We')).toBe('UK');
  });
  it('"he" after the name, and "him" never the subject of its own clause', () => {
    const text =
      'Secretary Kerry raised these concerns in a call with Russian Foreign Minister Sergey Lavrov and urged him to press the regime. Ambassador Robert Ford is returning to Syria. He will continue his work.';
    const a = analyze(text);
    // Named as the knowledge base spells him.
    expect(antecedent(a, text, 'urged him', 'him')).toBe('Sergei Lavrov');
    expect(antecedent(a, text, 'He will continue', 'He')).toBe('Robert Ford');
  });
  it('"him" is not the subject of a later clause of its sentence either: "…, and President Trump nominated him"', () => {
    const text =
      'Gen. Kenneth F. McKenzie Jr. assumed command. The Senate confirmed McKenzie on Dec. 5, and President Donald J. Trump nominated him in September 2018.';
    const a = analyze(text);
    expect(antecedent(a, text, 'nominated him', 'him')).toBe('Kenneth F. McKenzie Jr.');
  });
  it('"him" in a reported clause may be the reporter: "John Smith said detectives had questioned him"', () => {
    const text =
      'The investigation continued for months, and John Smith said detectives had questioned him twice.';
    const a = analyze(text);
    expect(antecedent(a, text, 'questioned him', 'him')).toBe('John Smith');
  });
  it('a person after an opening phrase is still the subject: "On Wednesday, Secretary Blinken invited the press to travel with him"', () => {
    const text =
      'In Kyiv, Blinken met President Zelenskyy. On Wednesday, Secretary Blinken invited the press to travel with him.';
    const a = analyze(text);
    expect(antecedent(a, text, 'with him', 'him')).toBe('Antony Blinken');
  });
  it('a quote\'s "she" is never its own speaker, and no pronoun is linked without an antecedent', () => {
    const text =
      '"We are delighted to welcome her to the team, she is the right leader for us," said Martin Okafor, Chairman of Acme Robotics.\n\nWe will grow. It is a good day. I agree.';
    const a = analyze(text);
    const linked = a.entities.flatMap((e) =>
      e.mentions.filter((m) => m.pronoun).map((m) => `${e.name}:${m.text}`),
    );
    expect(linked).toEqual([]);
  });
  it('"they" is an organisation that acts, not a reporter\'s outlet: "Bob Hargrove, Associated Press"', () => {
    const text =
      'Q: Thanks, Jeff. Bob Hargrove, Associated Press. On the Marines, when will they begin firing? ISIL fighters fled. They left Raqqa.';
    const a = analyze(text);
    expect(antecedent(a, text, 'when will they', 'they')).toBeUndefined();
    expect(antecedent(a, text, 'They left', 'They')).toBe('ISIL fighters');
  });
  it('"World War I" is no pronoun', () => {
    const text =
      'Jens Stoltenberg said: The Alliance was founded after World War II, not World War I and I am proud of it.';
    const a = analyze(text);
    const found = a.entities.flatMap((e) => e.mentions.filter((m) => m.pronoun).map((m) => m.start));
    expect(found).toEqual([text.indexOf('I am')]);
  });
});

describe('"it" for an organisation', () => {
  it('is the organisation that reports it, that a definition names, or that an earlier "It" was', () => {
    const text =
      'The Halcyon Relief Trust is a charity based in Amman. It was founded in 2004 and runs three clinics. The clinics treat 9,000 patients a year. It also trains nurses.\n\n' +
      'The Israel Defense Forces reiterates that it is acting within the law.\n\n' +
      'American Battery Materials, Inc. (OTC PINK: BLTH), a U.S.-based company, today announced that it has submitted a bid.\n\n' +
      'U.S. Central Command said it had destroyed two drones. It said the drones were a threat.\n\n' +
      "HSBC said it won't pay a special dividend.";
    const a = analyze(text);
    expect(antecedent(a, text, 'It was founded', 'It')).toBe('Halcyon Relief Trust');
    expect(antecedent(a, text, 'It also trains', 'It')).toBe('Halcyon Relief Trust');
    expect(antecedent(a, text, 'that it is acting', 'it')).toBe('Israel Defense Forces');
    expect(antecedent(a, text, 'that it has submitted', 'it')).toBe('American Battery Materials, Inc.');
    expect(antecedent(a, text, 'said it had', 'it')).toBe('U.S. Central Command');
    expect(antecedent(a, text, 'It said the drones', 'It')).toBe('U.S. Central Command');
    expect(antecedent(a, text, "said it won't", 'it')).toBe('HSBC');
  });
  it('is never an expletive, an object, a thing just named, or what follows a person as subject', () => {
    const text =
      'The Ministry of Defence published its figures on Monday. It is clear that more must be done. ' +
      'CENTCOM will provide further information as it becomes available. ' +
      'The coalition will defeat ISIS so that it can no longer threaten the region. ' +
      'The UK has led the NATO battlegroup in Estonia since 2017, when it was established. ' +
      'The Red Cross delivered aid on Monday. John Smith, the head of mission, confirmed it. It has 40 staff in the city. ' +
      'Acme Corp today unveiled the X200 drone. It can fly for 40 minutes. ' +
      'The Home Office has announced new funding for police forces. It follows a consultation. ' +
      'Acme Corp has launched a banking app, and it is available on iOS. ' +
      'NATO said the exercise was routine and that it was not directed at any country. ' +
      // The object of the reporting verb, not the subject of what it reports.
      'Reuters reported it first. The FBI confirmed it on Monday.';
    const a = analyze(text);
    const linked = a.entities.flatMap((e) =>
      e.mentions.filter((m) => m.pronoun && /^it$/i.test(m.text)).map((m) => `${e.name}:${m.start}`),
    );
    expect(linked).toEqual([]);
  });
});
