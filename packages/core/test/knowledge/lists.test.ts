import { describe, expect, it } from 'vitest';
import { EQUIPMENT_PATTERNS } from '../../src/knowledge/equipment.js';
import { EVENT_HEAD_WORDS, KNOWN_EVENTS } from '../../src/knowledge/events.js';
import { GROUPS } from '../../src/knowledge/groups.js';
import { PLACES } from '../../src/knowledge/places.js';
import { HONORIFICS, OFFICE_HEADS, OFFICE_MODIFIERS, RANKS } from '../../src/knowledge/titles.js';

const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('titles', () => {
  it('has the honorifics, ranks, heads and modifiers the recognisers rely on', () => {
    for (const h of [
      'Mr.',
      'Mr',
      'Mrs.',
      'Ms.',
      'Dr.',
      'Sir',
      'Dame',
      'Lord',
      'Prof.',
      'H.E.',
      'His Excellency',
      'Sheikh',
      'Madam',
    ]) {
      expect(HONORIFICS, h).toContain(h);
    }
    for (const r of [
      'General',
      'Gen.',
      'Lt. Gen.',
      'Maj. Gen.',
      'Brig. Gen.',
      'Adm.',
      'Vice Adm.',
      'Rear Adm.',
      'Col.',
      'Lt. Col.',
      'Capt.',
      'Sgt.',
      'Staff Sgt.',
      'Cpl.',
      'Pvt.',
      'Spc.',
      'Cmdr.',
      'Air Chief Marshal',
      'Field Marshal',
      'Brigadier',
    ]) {
      expect(RANKS, r).toContain(r);
    }
    for (const h of [
      'President',
      'Vice President',
      'Prime Minister',
      'Minister',
      'Secretary General',
      'Secretary-General',
      'Deputy Secretary General',
      'Ambassador',
      'Special Envoy',
      'Spokesperson',
      'Chancellor',
      'Crown Prince',
      'Senator',
      'Sen.',
      'Rep.',
      'CEO',
      'Director-General',
      'Commissioner',
      'Chief of Staff',
      'National Security Advisor',
      'Attorney General',
      "State's Attorney",
      'Secretary of State',
      'Secretary of Defense',
      'High Representative',
      'Vice-President',
      'Foreign Minister',
      'Defence Minister',
    ]) {
      expect(OFFICE_HEADS, h).toContain(h);
    }
    for (const m of [
      'Deputy',
      'Assistant',
      'Acting',
      'Interim',
      'Vice',
      'Senior',
      'Chief',
      'Special',
      'Permanent',
      'Former',
      'First',
      'General',
    ]) {
      expect(OFFICE_MODIFIERS, m).toContain(m);
    }
  });

  it('lists nothing twice and nothing that is a pronoun in capitals', () => {
    for (const list of [HONORIFICS, RANKS, OFFICE_HEADS, OFFICE_MODIFIERS])
      expect(duplicates(list)).toEqual([]);
    for (const word of ['HE', 'HM', 'M.', 'Sr.', 'Private'])
      expect([...HONORIFICS, ...RANKS]).not.toContain(word);
  });
});

describe('groups', () => {
  it('knows religious, ethnic and political groups', () => {
    const kurdish = GROUPS.find((g) => g.name === 'Kurdish');
    expect(kurdish?.forms).toEqual(expect.arrayContaining(['Kurds']));
    const forms = new Set(GROUPS.flatMap((g) => [g.name, ...g.forms]));
    for (const f of [
      'Sunni',
      'Shia',
      'Shiite',
      'Sunnis',
      'Muslims',
      'Christians',
      'Jewish',
      'Jews',
      'Yazidis',
      'Alawites',
      'Druze',
      'Arabs',
      'Pashtun',
      'Tamil',
      'Rohingya',
      'Republicans',
      'Democrats',
      'Democratic',
      'Conservatives',
      'Labour',
    ]) {
      expect(forms.has(f), f).toBe(true);
    }
  });

  it('repeats no form and no country demonym', () => {
    const all = GROUPS.flatMap((g) => [g.name, ...g.forms.filter((f) => f !== g.name)]);
    expect(duplicates(all)).toEqual([]);
    const demonyms = new Set(PLACES.flatMap((p) => p.demonyms));
    expect(all.filter((f) => demonyms.has(f))).toEqual([]);
  });
});

describe('events', () => {
  it('has single capitalised head words', () => {
    for (const w of [
      'Summit',
      'War',
      'Conference',
      'Exercise',
      'Operation',
      'Games',
      'Olympics',
      'Election',
      'Elections',
      'Crisis',
      'Revolution',
      'Forum',
      'Dialogue',
      'Talks',
      'Week',
      'Day',
      'Festival',
      'Cup',
      'Championship',
      'Bombing',
      'Massacre',
      'Uprising',
      'Spring',
    ]) {
      expect(EVENT_HEAD_WORDS.has(w), w).toBe(true);
    }
    for (const w of ['Agreement', 'Treaty', 'Convention', 'Congress'])
      expect(EVENT_HEAD_WORDS.has(w), w).toBe(false);
    for (const w of EVENT_HEAD_WORDS) expect(w).toMatch(/^[A-Z][a-z]+$/);
  });

  it('knows named events', () => {
    for (const e of [
      'Cold War',
      'World War II',
      'Second World War',
      'First World War',
      'Arab Spring',
      'Holocaust',
      '9/11',
      'Olympic Games',
      'World Cup',
      'Earth Day',
    ]) {
      expect(KNOWN_EVENTS, e).toContain(e);
    }
    expect(duplicates(KNOWN_EVENTS)).toEqual([]);
  });
});

describe('equipment', () => {
  it('knows platforms, weapons and categories', () => {
    for (const e of [
      'F-16',
      'F-35',
      'Patriot missile',
      'HIMARS',
      'Leopard 2',
      'M1 Abrams',
      'M2 Bradley',
      'Javelin',
      'Stinger',
      'NASAMS',
      'IRIS-T',
      'ATACMS',
      'MQ-9 Reaper',
      'Black Hawk',
      'Tomahawk',
      'B-52',
      'nuclear weapons',
      'ballistic missiles',
      'drones',
    ]) {
      expect(EQUIPMENT_PATTERNS, e).toContain(e);
    }
    expect(duplicates(EQUIPMENT_PATTERNS)).toEqual([]);
  });

  it('leaves out bare forms that are words or surnames', () => {
    for (const e of ['Patriot', 'Abrams', 'Bradley', 'tanks', 'Tornado', 'Lancet', 'Taurus', 'Caesar']) {
      expect(EQUIPMENT_PATTERNS, e).not.toContain(e);
    }
  });
});
