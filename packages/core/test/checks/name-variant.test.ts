import { describe, expect, it } from 'vitest';
import { checkNameVariants } from '../../src/checks/name-variant.js';
import { analyzedNotes, applyEdits, inputFor, marked } from './helpers.js';

describe('name-variant', () => {
  it('reads a spelling the same wherever and however often it was read before (slots are memoised)', () => {
    // The same mention texts at other offsets and under the other type: each use is placed by
    // its own mention, and a person's slot is never an organisation's.
    const text = 'Jens Stoltenberg met ministers. Later Mr. Stoltenburg thanked them.';
    const moved = `Yesterday: ${text}`;
    const first = checkNameVariants(
      inputFor(text, [{ type: 'person', forms: ['Jens Stoltenberg', 'Stoltenburg'] }]),
    );
    const again = checkNameVariants(
      inputFor(moved, [{ type: 'person', forms: ['Jens Stoltenberg', 'Stoltenburg'] }]),
    );
    expect(again.map((n) => marked(moved, n))).toEqual(first.map((n) => marked(text, n)));
    expect(again[0]?.start).toBe((first[0]?.start ?? 0) + 'Yesterday: '.length);
    const asBodies = checkNameVariants(
      inputFor(text, [
        { type: 'organization', forms: ['Jens Stoltenberg'] },
        { type: 'organization', forms: ['Stoltenburg'] },
      ]),
    );
    expect(asBodies).toEqual([]);
  });

  it('flags a surname spelled two ways, with the usual spelling as related information and fix', () => {
    const text = 'Jens Stoltenberg met ministers. Later Mr. Stoltenburg thanked them.';
    const notes = checkNameVariants(
      inputFor(text, [{ type: 'person', forms: ['Jens Stoltenberg', 'Stoltenburg'] }]),
    );
    expect(notes).toHaveLength(1);
    const [note] = notes;
    if (!note) return;
    expect(marked(text, note)).toBe('Stoltenburg');
    expect(note.message).toBe('“Stoltenburg” is spelled “Stoltenberg” elsewhere in this text (once)');
    expect(note.related?.map((r) => text.slice(r.start, r.end))).toEqual(['Stoltenberg']);
    expect(note.fixes?.[0]?.label).toBe('Write “Stoltenberg”');
    expect(applyEdits(text, note.fixes?.[0]?.edits ?? [])).toContain('Later Mr. Stoltenberg thanked');
  });

  it('flags a transposed letter in a full name, the later one on a tie', () => {
    const text = 'Jens Stoltenberg arrived on Monday. On Tuesday Jens Stoltenbreg left.';
    const notes = checkNameVariants(
      inputFor(text, [
        { type: 'person', forms: ['Jens Stoltenberg'] },
        { type: 'person', forms: ['Jens Stoltenbreg'] },
      ]),
    );
    expect(notes.map((n) => marked(text, n))).toEqual(['Stoltenbreg']);
  });

  it('flags an organisation name whose other words are the same', () => {
    const text =
      'The Apareció Foundation hosts a dinner. The Apareció Foundation thanks donors. The Aparecío Foundation was founded in 2010.';
    const notes = checkNameVariants(
      inputFor(text, [
        { type: 'organization', forms: ['Apareció Foundation'] },
        { type: 'organization', forms: ['Aparecío Foundation'] },
      ]),
    );
    expect(notes.map((n) => marked(text, n))).toEqual(['Aparecío']);
    // The second fix keeps the flagged spelling and rewrites the other one.
    expect(applyEdits(text, notes[0]?.fixes?.[1]?.edits ?? [])).not.toContain('Apareció');
  });

  it('compares organisation names with small words in them', () => {
    const text = 'The Department of Defense said so. Later the Department of Defence agreed.';
    const notes = checkNameVariants(
      inputFor(text, [
        { type: 'organization', forms: ['Department of Defense'] },
        { type: 'organization', forms: ['Department of Defence'] },
      ]),
    );
    expect(notes.map((n) => [marked(text, n), n.fixes?.[0]?.label])).toEqual([
      ['Defence', 'Write “Defense”'],
    ]);
  });

  it('does not flag accents left off capitals', () => {
    const text = 'ABOUT THE APARECIO FOUNDATION: the Apareció Foundation helps women.';
    const input = inputFor(text, [
      { type: 'organization', forms: ['APARECIO FOUNDATION'] },
      { type: 'organization', forms: ['Apareció Foundation'] },
    ]);
    expect(checkNameVariants(input)).toEqual([]);
  });

  it('does not flag different first names with one surname (a family)', () => {
    const text = 'Tariq Thomas and Mariah Thomas were charged; Saville Thomas was not.';
    const input = inputFor(text, [
      { type: 'person', forms: ['Tariq Thomas'] },
      { type: 'person', forms: ['Mariah Thomas'] },
      { type: 'person', forms: ['Saville Thomas'] },
    ]);
    expect(checkNameVariants(input)).toEqual([]);
  });

  it('does not flag similar surnames of people with different first names', () => {
    const text = 'Mark Rutte met Anna Rutter. Mr Rutte and Ms Rutter spoke.';
    const input = inputFor(text, [
      { type: 'person', forms: ['Mark Rutte', 'Rutte'] },
      { type: 'person', forms: ['Anna Rutter', 'Rutter'] },
    ]);
    expect(checkNameVariants(input)).toEqual([]);
  });

  it('does not flag two spellings each used more than once (two names, not a slip)', () => {
    const text = 'Mark Rutte said. Mark Rutte added. Mark Rutter said. Mark Rutter added.';
    const input = inputFor(text, [
      { type: 'person', forms: ['Mark Rutte'] },
      { type: 'person', forms: ['Mark Rutter'] },
    ]);
    expect(checkNameVariants(input)).toEqual([]);
  });

  it('does not flag short names, case differences, or place words', () => {
    const text =
      'Tom Smith met Tom Smyth. The Quebec Government and the Quebec government. The Austrian Embassy and the Australian Embassy.';
    const input = inputFor(text, [
      { type: 'person', forms: ['Tom Smith'] },
      { type: 'person', forms: ['Tom Smyth'] },
      { type: 'organization', forms: ['Quebec Government'] },
      { type: 'organization', forms: ['Quebec government'] },
      { type: 'organization', forms: ['Austrian Embassy'] },
      { type: 'organization', forms: ['Australian Embassy'] },
    ]);
    // "Smith"/"Smyth" are five letters: one edit apart, and they are a real slip here.
    expect(checkNameVariants(input).map((n) => marked(text, n))).toEqual(['Smyth']);
  });

  it('leaves words of the dictionary ignore list alone', () => {
    const text = 'Jens Stoltenberg met ministers. Mr. Stoltenberg spoke. Mr. Stoltenburg left.';
    const input = inputFor(text, [{ type: 'person', forms: ['Jens Stoltenberg', 'Stoltenburg'] }], {
      ignore: new Set(['Stoltenburg']),
    });
    expect(checkNameVariants(input)).toEqual([]);
  });

  it('runs inside analyze', () => {
    const text = [
      'NATO chief meets ministers',
      '',
      'BRUSSELS, 12 October 2023 – Secretary General Jens Stoltenberg met ministers today.',
      '',
      'Mr. Stoltenberg said the Alliance stands together. Mr. Stoltenburg thanked the ministers.',
      '',
    ].join('\n');
    expect(analyzedNotes(text, 'name-variant').map((n) => marked(text, n))).toEqual(['Stoltenburg']);
  });
});
