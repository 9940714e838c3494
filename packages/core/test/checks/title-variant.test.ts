import { describe, expect, it } from 'vitest';
import { checkTitleVariants } from '../../src/checks/title-variant.js';
import { analyzedNotes, applyEdits, inputFor, marked } from './helpers.js';

describe('title-variant', () => {
  it('flags a title spelled two ways for one person, with a fix to the first form', () => {
    const text = 'Israeli Defence Minister Gallant briefed us. Later, Defense Minister Gallant left.';
    const notes = checkTitleVariants(
      inputFor(text, [
        {
          type: 'person',
          forms: [],
          titled: [
            { title: 'Israeli Defence Minister', name: 'Gallant' },
            { title: 'Defense Minister', name: 'Gallant' },
          ],
        },
      ]),
    );
    expect(notes).toHaveLength(1);
    const [note] = notes;
    if (!note) return;
    expect(marked(text, note)).toBe('Defense Minister');
    expect(note.related?.map((r) => text.slice(r.start, r.end))).toEqual(['Israeli Defence Minister']);
    expect(note.fixes?.[0]?.label).toBe('Write “Defence Minister”');
    expect(applyEdits(text, note.fixes?.[0]?.edits ?? [])).toBe(
      'Israeli Defence Minister Gallant briefed us. Later, Defence Minister Gallant left.',
    );
  });

  it('flags a hyphenated and a spaced form', () => {
    const text = 'Secretary General Stoltenberg spoke. Secretary-General Stoltenberg left.';
    const notes = checkTitleVariants(
      inputFor(text, [
        {
          type: 'person',
          forms: [],
          titled: [
            { title: 'Secretary General', name: 'Stoltenberg' },
            { title: 'Secretary-General', name: 'Stoltenberg' },
          ],
        },
      ]),
    );
    expect(notes.map((n) => marked(text, n))).toEqual(['Secretary-General']);
  });

  it('does not flag a shorter title, a change of case or a shouted transcript label', () => {
    const text =
      'Lieutenant General Sims spoke. General Sims added. LIEUTENANT GENERAL Sims: Yes. lieutenant general Sims left.';
    const input = inputFor(text, [
      {
        type: 'person',
        forms: [],
        titled: [
          { title: 'Lieutenant General', name: 'Sims' },
          { title: 'General', name: 'Sims' },
          { title: 'LIEUTENANT GENERAL', name: 'Sims' },
          { title: 'lieutenant general', name: 'Sims' },
        ],
      },
    ]);
    expect(checkTitleVariants(input)).toEqual([]);
  });

  it('does not flag abbreviation full stops (house style)', () => {
    const text = 'Mr. Bowen spoke. Mr Bowen added. U.S. Senator Padilla and US Senator Padilla.';
    const input = inputFor(text, [
      {
        type: 'person',
        forms: [],
        titled: [
          { title: 'Mr.', name: 'Bowen' },
          { title: 'Mr', name: 'Bowen' },
        ],
      },
      {
        type: 'person',
        forms: [],
        titled: [
          { title: 'U.S. Senator', name: 'Padilla' },
          { title: 'US Senator', name: 'Padilla' },
        ],
      },
    ]);
    expect(checkTitleVariants(input)).toEqual([]);
  });

  it('leaves titles of the dictionary ignore list alone', () => {
    const text = 'Secretary General Stoltenberg spoke. Secretary-General Stoltenberg left.';
    const input = inputFor(
      text,
      [
        {
          type: 'person',
          forms: [],
          titled: [
            { title: 'Secretary General', name: 'Stoltenberg' },
            { title: 'Secretary-General', name: 'Stoltenberg' },
          ],
        },
      ],
      { ignore: new Set(['Secretary-General']) },
    );
    expect(checkTitleVariants(input)).toEqual([]);
  });

  it('does not compare titles of different people', () => {
    const text = 'Defence Minister Gallant spoke. Defense Minister Austin spoke.';
    const input = inputFor(text, [
      { type: 'person', forms: [], titled: [{ title: 'Defence Minister', name: 'Gallant' }] },
      { type: 'person', forms: [], titled: [{ title: 'Defense Minister', name: 'Austin' }] },
    ]);
    expect(checkTitleVariants(input)).toEqual([]);
  });

  it('runs inside analyze', () => {
    const text = [
      'Ministers meet in Brussels',
      '',
      'BRUSSELS, 12 October 2023 – Israeli Defence Minister Gallant briefed the ministers on Thursday.',
      '',
      'Ministers thanked Defense Minister Gallant for the briefing.',
      '',
    ].join('\n');
    expect(analyzedNotes(text, 'title-variant').map((n) => marked(text, n))).toEqual(['Defense Minister']);
  });
});
