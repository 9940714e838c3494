import { describe, expect, it } from 'vitest';
import { ORG_HEAD_WORDS, ORG_LEAD_PATTERNS } from '../../src/knowledge/organization-patterns.js';
import { ORGANIZATIONS, type OrganizationEntry } from '../../src/knowledge/organizations.js';
import { PLACES } from '../../src/knowledge/places.js';

function byForm(form: string): OrganizationEntry {
  const found = ORGANIZATIONS.filter((o) => [o.name, ...o.acronyms, ...o.aliases].includes(form));
  expect(found, form).toHaveLength(1);
  return found[0] as OrganizationEntry;
}

describe('organizations', () => {
  it('knows NATO by acronym, full name, variant and stand-in', () => {
    const nato = byForm('NATO');
    expect(nato.name).toBe('North Atlantic Treaty Organization');
    expect(nato.aliases).toContain('North Atlantic Treaty Organisation');
    expect(nato.standIns).toContain('the Alliance');
  });

  it('expands the acronyms press releases use', () => {
    const expected: Record<string, string> = {
      KFOR: 'Kosovo Force',
      EU: 'European Union',
      UN: 'United Nations',
      'U.N.': 'United Nations',
      UNSC: 'United Nations Security Council',
      OSCE: 'Organization for Security and Co-operation in Europe',
      IMF: 'International Monetary Fund',
      WHO: 'World Health Organization',
      IAEA: 'International Atomic Energy Agency',
      ICC: 'International Criminal Court',
      AU: 'African Union',
      CENTCOM: 'United States Central Command',
      EUCOM: 'United States European Command',
      DoD: 'Department of Defense',
      HSI: 'Homeland Security Investigations',
      FOMC: 'Federal Open Market Committee',
      SDF: 'Syrian Democratic Forces',
      YPG: "People's Protection Units",
      PKK: "Kurdistan Workers' Party",
      FSA: 'Free Syrian Army',
      FCDO: 'Foreign, Commonwealth and Development Office',
      NYSE: 'New York Stock Exchange',
      G7: 'Group of Seven',
    };
    for (const [acronym, name] of Object.entries(expected)) {
      const org = byForm(acronym);
      expect(org.name, acronym).toBe(name);
      expect(org.acronyms, acronym).toContain(acronym);
    }
  });

  it('has one canonical name for ISIS and the others as aliases', () => {
    const isis = byForm('ISIS');
    expect(isis.name).toBe('ISIS');
    for (const alias of [
      'Islamic State',
      'Daesh',
      'Islamic State of Iraq and Syria',
      'Islamic State of Iraq and the Levant',
    ]) {
      expect(isis.aliases).toContain(alias);
    }
    expect(isis.acronyms).toContain('ISIL');
  });

  it('knows short forms and stand-ins', () => {
    expect(byForm('State Department').name).toBe('Department of State');
    expect(byForm('Pentagon').name).toBe('Department of Defense');
    expect(byForm('Fed').name).toBe('Federal Reserve');
    expect(byForm('Foreign Office').name).toBe('Foreign, Commonwealth and Development Office');
    expect(byForm('Coalition').name).toBe('Global Coalition to Defeat ISIS');
    expect(byForm('European Union').standIns).toContain('the Union');
    for (const name of [
      'Hamas',
      'Hezbollah',
      'al-Qaeda',
      'Taliban',
      'World Bank',
      'Interpol',
      'Europol',
      'Frontex',
    ]) {
      byForm(name);
    }
  });

  it('knows every usual spelling of al-Qaeda in the names of its branches', () => {
    for (const form of [
      'al Qaeda in Iraq',
      'Al-Qaida in Iraq',
      'al Qaida in the Arabian Peninsula',
      "al-Qa'ida in the Islamic Maghreb",
    ])
      expect(byForm(form).name).toMatch(/^al-Qaeda in /);
    expect(byForm('Al Qaida').name).toBe('al-Qaeda');
  });

  it('maps every form to one organisation and shares none with places', () => {
    const owners = new Map<string, string[]>();
    for (const o of ORGANIZATIONS) {
      for (const f of new Set([o.name, ...o.acronyms, ...o.aliases]))
        owners.set(f, [...(owners.get(f) ?? []), o.name]);
    }
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
    const placeForms = new Set(PLACES.flatMap((p) => [p.name, ...p.aliases]));
    expect([...owners.keys()].filter((f) => placeForms.has(f))).toEqual([]);
  });

  it('writes acronyms with capitals and keeps them out of the aliases', () => {
    for (const o of ORGANIZATIONS) {
      for (const a of o.acronyms) {
        expect(a, o.name).toMatch(/[A-Z]/);
        expect(o.aliases, o.name).not.toContain(a);
      }
      for (const s of o.standIns) expect(s, o.name).toMatch(/^the [A-Z]/);
    }
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(150);
  });
});

describe('organization patterns', () => {
  it('has the head words and lead patterns', () => {
    for (const w of [
      'Organization',
      'Ministry',
      'Department',
      'Council',
      'Forces',
      'Command',
      'Inc.',
      'Ltd',
      'LLC',
      'University',
      'Party',
      'Bank',
      'Center',
      'Centre',
    ]) {
      expect(ORG_HEAD_WORDS.has(w), w).toBe(true);
    }
    for (const w of ['Program', 'Agreement', 'House']) expect(ORG_HEAD_WORDS.has(w), w).toBe(false);
    for (const p of [
      'Ministry of',
      'Department of',
      'Office of',
      'Embassy of',
      'Government of',
      'Bank of',
      'University of',
      'Court of',
    ]) {
      expect(ORG_LEAD_PATTERNS, p).toContain(p);
    }
  });

  it('writes head words as single words and lead patterns without trailing space', () => {
    for (const w of ORG_HEAD_WORDS) expect(w, w).toMatch(/^\S+$/);
    for (const p of ORG_LEAD_PATTERNS) expect(p.trim(), p).toBe(p);
    expect(new Set(ORG_LEAD_PATTERNS).size).toBe(ORG_LEAD_PATTERNS.length);
  });
});
