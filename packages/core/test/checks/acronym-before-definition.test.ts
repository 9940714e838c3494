import { describe, expect, it } from 'vitest';
import { checkAcronymsBeforeDefinition } from '../../src/checks/acronym-before-definition.js';
import { definitionSites, longFormFor } from '../../src/checks/definitions.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { Section } from '../../src/types.js';
import { analyzedNotes, applyEdits, inputFor, marked } from './helpers.js';

function definition(text: string, longForm: string, acronym: string) {
  const written = `${longForm} (${acronym})`;
  const start = text.indexOf(written);
  return { acronym, start, end: start + written.length, longForm };
}

describe('acronym-before-definition', () => {
  const text =
    'NATO sent forces to KFOR last week. Later: the Kosovo Force (KFOR) patrols the north. KFOR stays.';

  it('flags the first use before the definition, with the definition as related information', () => {
    const notes = checkAcronymsBeforeDefinition(
      inputFor(text, [], { definitions: [definition(text, 'Kosovo Force', 'KFOR')] }),
    );
    expect(notes).toHaveLength(1);
    const [note] = notes;
    if (!note) return;
    expect(marked(text, note)).toBe('KFOR');
    expect(note.start).toBe(text.indexOf('KFOR'));
    expect(note.message).toBe('“KFOR” is used before it is spelled out (“Kosovo Force (KFOR)” comes later)');
    expect(note.related?.map((r) => text.slice(r.start, r.end))).toEqual(['Kosovo Force (KFOR)']);
    expect(applyEdits(text, note.fixes?.[0]?.edits ?? [])).toBe(
      'NATO sent forces to Kosovo Force (KFOR) last week. Later: the Kosovo Force (KFOR) patrols the north. KFOR stays.',
    );
    expect(applyEdits(text, note.fixes?.[1]?.edits ?? [])).toBe(
      'NATO sent forces to Kosovo Force (KFOR) last week. Later: the KFOR patrols the north. KFOR stays.',
    );
  });

  it('does not flag acronyms the text never defines (NATO) nor uses after the definition', () => {
    const after = 'The Kosovo Force (KFOR) patrols the north. KFOR stays. NATO agrees.';
    const input = inputFor(after, [], { definitions: [definition(after, 'Kosovo Force', 'KFOR')] });
    expect(checkAcronymsBeforeDefinition(input)).toEqual([]);
  });

  it('lets the headline use the acronym before the lead defines it', () => {
    const release = 'KFOR adds patrols\n\nThe Kosovo Force (KFOR) adds patrols.';
    const sections: Section[] = [
      { kind: 'title', start: 0, end: 17 },
      { kind: 'lead', start: 19, end: release.length },
    ];
    const input = inputFor(release, [], {
      sections,
      definitions: [definition(release, 'Kosovo Force', 'KFOR')],
    });
    expect(checkAcronymsBeforeDefinition(input)).toEqual([]);
  });

  it('leaves acronyms of the dictionary ignore list alone', () => {
    const input = inputFor(text, [], {
      definitions: [definition(text, 'Kosovo Force', 'KFOR')],
      ignore: new Set(['KFOR']),
    });
    expect(checkAcronymsBeforeDefinition(input)).toEqual([]);
  });

  it('does not flag a first use after the long form was written out anyway', () => {
    const page = 'From: Public Health England\n\nPHE’s campaign starts. Public Health England (PHE) says so.';
    const input = inputFor(page, [], { definitions: [definition(page, 'Public Health England', 'PHE')] });
    expect(checkAcronymsBeforeDefinition(input)).toEqual([]);
  });

  it('finds definitions whose letters spell the acronym', () => {
    expect(longFormFor('DHS', 'the U.S. Department of Homeland Security')).toBe(
      'Department of Homeland Security',
    );
    expect(longFormFor('KFOR', 'deployed to the Kosovo Force')).toBe('Kosovo Force');
    expect(longFormFor('HSI', 'a joint Homeland Security Investigations')).toBe(
      'Homeland Security Investigations',
    );
    expect(longFormFor('EU', 'the annual meeting')).toBeUndefined();
    const text = 'the Department of Defense’s (DOD) plans, and the Kosovo\nForce (KFOR) and a (FAQ) list';
    const sites = definitionSites(text, tokenize(text), []);
    expect(sites.map((d) => [d.acronym, d.longForm, text.slice(d.start, d.end)])).toEqual([
      ['DOD', 'Department of Defense', 'Department of Defense’s (DOD)'],
      ['KFOR', 'Kosovo\nForce', 'Kosovo\nForce (KFOR)'],
    ]);
  });

  it('runs inside analyze', () => {
    const release = [
      'Patrols increase in Kosovo',
      '',
      'BRUSSELS, 12 October 2023 – NATO has sent hundreds of reserve forces to KFOR in recent weeks.',
      '',
      'The Kosovo Force (KFOR) has led a peace-support operation since 1999.',
      '',
    ].join('\n');
    const notes = analyzedNotes(release, 'acronym-before-definition');
    expect(notes.map((n) => [marked(release, n), n.start])).toEqual([['KFOR', release.indexOf('KFOR')]]);
  });

  it('runs inside analyze on definitions the recognisers do not type', () => {
    const release = [
      'Child predator sentenced',
      '',
      'SIOUX CITY, Iowa – Agents of HSI arrested the man in March 2022.',
      '',
      'The case was investigated by Homeland Security Investigations (HSI) and the city police.',
      '',
    ].join('\n');
    const notes = analyzedNotes(release, 'acronym-before-definition');
    expect(notes.map((n) => marked(release, n))).toEqual(['HSI']);
    expect(notes[0]?.fixes?.map((f) => f.label)).toEqual([
      'Write “Homeland Security Investigations (HSI)” here',
      'Move “Homeland Security Investigations (HSI)” here',
    ]);
  });
});
