/** Hover: the entity card a user sees over a mention, a date's value, the headline's summary. */

import { describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { roleLines } from '../src/features/entity-card.js';
import { hover } from '../src/features/hover.js';
import { natoDoc } from './fixture.js';
import { docOf, entityNamed, positionOf, seedDoc, textOf } from './support.js';

const markdown = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

describe('hover card', () => {
  const doc = natoDoc();

  it('over "Mr. Stoltenberg": name and type first, then role with its organisation, aliases, mentions', () => {
    const result = hover(doc, positionOf(doc, 'Mr. Stoltenberg', 6));
    const card = markdown(result);
    expect(card.split('\n')[0]).toBe('**Jens Stoltenberg** · person');
    expect(card).toContain('Secretary General of North Atlantic Treaty Organization');
    expect(card).toContain('Also written: “Mr\\. Stoltenberg”');
    expect(card).toContain('2 mentions');
    expect(card).toContain(
      'First mention: “Secretary General Jens Stoltenberg welcomed ministers on Thursday \\(12 October 2023\\)\\.”',
    );
    expect(card).toContain(
      'Appears with: North Atlantic Treaty Organization (1), 12 October 2023 (1), KFOR (1), next week (1)',
    );
    expect(result && textOf(doc, result.range as never)).toBe('Mr. Stoltenberg');
  });

  it('over a date: the resolved value with its weekday; a range in words', () => {
    expect(markdown(hover(doc, positionOf(doc, 'Thursday', 2)))).toContain('Thursday 12 October 2023');
    expect(markdown(hover(doc, positionOf(doc, 'next week', 2)))).toContain('16–22 October 2023');
  });

  it('over an acronym: its expansion', () => {
    expect(markdown(hover(doc, positionOf(doc, 'KFOR', 1)))).toContain('KFOR \\= Kosovo Force');
  });

  it('over plain words nothing; out-of-range positions are clamped, never thrown on', () => {
    expect(hover(doc, positionOf(doc, 'welcomed'))).toBeNull();
    expect(() => hover(doc, { line: 10_000, character: 5 })).not.toThrow();
    expect(() => hover(doc, { line: 2, character: 100_000 })).not.toThrow();
    expect(() => hover(doc, { line: -1, character: -4 })).not.toThrow();
  });
});

describe('hover on the seed (the real analysis)', () => {
  const doc = seedDoc();

  it('over "Mr. Stoltenberg" shows the card of Jens Stoltenberg with his roles and mention count', () => {
    const card = markdown(hover(doc, positionOf(doc, 'Mr. Stoltenberg', 6)));
    const stoltenberg = entityNamed(doc, 'Jens Stoltenberg');
    expect(card.split('\n')[0]).toBe('**Jens Stoltenberg** · person');
    // Named mentions are counted as a reader counts them; the pronouns that refer to him come after.
    expect(stoltenberg.mentions.filter((m) => !m.pronoun)).toHaveLength(4);
    expect(card).toContain('4 mentions and 4 pronouns');
    for (const role of roleLines(doc.analysis, stoltenberg)) expect(card).toContain(role);
    expect(card).toContain('Secretary General');
  });

  it('over a pronoun shows whose it is: "I" in his statement is Stoltenberg, "He" is Tom Goffus', () => {
    const i = hover(doc, positionOf(doc, 'So today I can', 9));
    expect(markdown(i).split('\n')[0]).toBe('**Jens Stoltenberg** · person');
    expect(i && textOf(doc, i.range as never)).toBe('I');
    expect(markdown(hover(doc, positionOf(doc, 'He will ensure', 0))).split('\n')[0]).toBe(
      '**Tom Goffus** · person',
    );
  });

  it('over "78 months": a length of time, not a date, with its ISO 8601 duration', () => {
    const text = 'WASHINGTON, 3 March 2025 - He was sentenced to 78 months in prison.';
    const doc = docOf(text);
    const card = markdown(hover(doc, positionOf(doc, '78 months', 3)));
    expect(card.split('\n')[0]).toBe('**78 months** · date');
    expect(card).toContain('A length of time, not a date (ISO 8601: P78M)');
  });

  it('over "Next week" shows 16–22 October 2023', () => {
    expect(markdown(hover(doc, positionOf(doc, 'Next week', 2)))).toContain('16–22 October 2023');
  });

  it('over the headline outside a mention shows the document summary', () => {
    const card = markdown(hover(doc, positionOf(doc, 'Press Conference at', 2)));
    expect(card).toContain('Press Conference at Defence Ministers Meeting**');
    expect(card).toContain('Thursday 12 October 2023 · Brussels');
    expect(card).toContain('**Jens Stoltenberg**');
  });
});

describe('hover escapes what the release says', () => {
  it('a hostile quotation cannot inject links or HTML into the card', () => {
    const text =
      'Acme Opens Plant in Ohio\n\nCOLUMBUS, Ohio, March 3, 2024 /PRNewswire/ -- Acme Corp. today announced a plant [x](command:workbench.action.quit) <img src=x onerror=alert(1)> for John Smith.\n\nMr. Smith added that the plant opens next week.\n';
    const doc = docOf(text);
    const card = markdown(hover(doc, positionOf(doc, 'Mr. Smith', 5)));
    expect(card).toContain('John Smith');
    expect(card).not.toMatch(/\]\(command/);
    expect(card).not.toContain('<img');
  });
});
