/**
 * First names spoken to in transcripts ("Thanks, Jen."): a person, and the person named in full
 * with that first name before, when there is exactly one.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

const mentionsOfPerson = (text: string, name: string) =>
  analyze(text)
    .entities.find((e) => e.type === 'person' && e.name === name)
    ?.mentions.map((m) => m.text);

describe('a first name spoken to', () => {
  it('"Thanks, Jen." is Press Secretary Jen Psaki, named before', () => {
    expect(
      mentionsOfPerson(
        'Press Secretary Jen Psaki briefed.\n\nMS. PSAKI: Good afternoon.\n\nQ: Thanks, Jen. Two questions on Ukraine.\n\nQ: Thank you very much, Jen.',
        'Jen Psaki',
      ),
    ).toEqual(['Jen Psaki', 'PSAKI', 'Jen', 'Jen']);
  });

  it('only a speaker labelling turns: "Thanks, John." to the moderator is no John named in his turn', () => {
    const text =
      'MR. KIRBY: Lt. Gen. John Kolasheski briefed the Secretary.\n\nQ: Thanks, John. Did he ask for more?';
    expect(mentionsOfPerson(text, 'John')).toEqual(['John']);
    expect(mentionsOfPerson(text, 'John Kolasheski')).toEqual(['John Kolasheski']);
  });

  it('in a text with no turns labelled, the one person so named before: "Thank you, Charles," said Smith', () => {
    expect(
      mentionsOfPerson('Gen. Charles Brown spoke. "Thank you, Charles," said Smith.', 'Charles Brown'),
    ).toEqual(['Charles Brown', 'Charles']);
  });

  it('a reporter given the floor by the moderator is a speaker: "we\'ll go to Kelly O\'Donnell from NBC" … "Thank you, Kelly."', () => {
    expect(
      mentionsOfPerson(
        "MR. KIRBY: Good evening.\n\nMODERATOR: For our next question we'll go to Kelly O'Donnell from NBC.\n\nQ: What did the President say?\n\nMODERATOR: Thank you, Kelly.",
        "Kelly O'Donnell",
      ),
    ).toEqual(["Kelly O'Donnell", 'Kelly']);
  });

  it('a surname the knowledge base names in full stands for that full name: "Thank you, Joe." to President Biden (was a person "Joe")', () => {
    const text =
      'Remarks by President Biden and Secretary General Jens Stoltenberg\n\nPRESIDENT BIDEN: Well, thank you for having me.\n\nSECRETARY GENERAL STOLTENBERG: So, thank you, Joe.';
    expect(mentionsOfPerson(text, 'Joe Biden')).toEqual(['Biden', 'BIDEN', 'me', 'Joe']);
    expect(mentionsOfPerson(text, 'Joe')).toBeUndefined();
  });

  it('the one spoken to is no antecedent of "he"', () => {
    const a = analyze(
      'MR. KIRBY: The President spoke with President Zelenskyy this morning.\n\nQ: Thanks, John. Did he ask for more air defense?',
    );
    expect(a.entities.find((e) => e.name === 'John')?.mentions.map((m) => m.text)).toEqual(['John']);
  });

  it('with no one of that first name named before, the name is a person of its own', () => {
    const text =
      'MR. KIRBY: Good afternoon.\n\nQ: Thanks, John. On Poland?\n\nMR. KIRBY: Lt. Gen. John Kolasheski and V Corps will go.';
    expect(mentionsOfPerson(text, 'John')).toEqual(['John']);
    expect(mentionsOfPerson(text, 'John Kolasheski')).toEqual(['John Kolasheski']);
  });

  it('with two people of that first name named before, it is neither', () => {
    const text = 'John Kirby and John Kolasheski spoke.\n\nQ: Hi, John. A question.';
    expect(mentionsOfPerson(text, 'John')).toEqual(['John']);
  });

  it('needs a first name, the greeting or thanks, and the stop: "Thanks, Jordan." and "Thank God, Lara said" are none', () => {
    expect(mentionsOf('Thanks, Jordan. Thank God, Lara said yes.', ['person'])).toEqual([]);
    expect(mentionsOf('Hello, Jen Psaki here.', ['person'])).toEqual(['person:Jen Psaki']);
  });
});
