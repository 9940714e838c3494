/**
 * Data-driven fixtures: `fixtures/<name>.txt` (or a `source` path from the repo root) beside
 * `fixtures/<name>.expected.json`. Each fixture states the entities a reader expects (type, name,
 * the mentions it must include, aliases, roles), the document fields, section kinds at given
 * text, and what must NOT be extracted. Every fixture also asserts the offset invariant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze, type Entity } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');
const fixtureDir = join(here, 'fixtures');

interface ExpectedEntity {
  type: Entity['type'];
  name: string;
  /** Surface forms that must be mentions of this entity ("Mr. Stoltenberg" may include its title). */
  mentions?: string[];
  aliases?: string[];
  roles?: { title: string; of?: string }[];
  value?: string;
  country?: string;
  heldBy?: string[];
  /** Named mentions (pronouns that refer to the entity are counted apart, in `pronouns`). */
  count?: number;
  /** Pronoun mentions linked to the entity (link/pronouns.ts). */
  pronouns?: number;
}

interface Fixture {
  source?: string;
  options?: { releaseDate?: string };
  document?: { title?: string | null; date?: string | null; place?: string | null };
  entities?: ExpectedEntity[];
  sections?: { kind: string; text: string }[];
  absent?: { text: string; type?: Entity['type'] }[];
  notes?: { code: string; text: string }[];
}

function surfaces(text: string, entity: Entity): string[] {
  const out: string[] = [];
  for (const m of entity.mentions) {
    out.push(m.text);
    if (m.title) out.push(text.slice(m.title.start, m.end));
  }
  return out;
}

function describeEntities(analysis: Analysis): string {
  return analysis.entities
    .map((e) => `${e.type}:${e.name}[${e.mentions.map((m) => m.text).join('|')}]`)
    .join('\n');
}

function assertOffsets(text: string, analysis: Analysis): void {
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      expect(text.slice(m.start, m.end), `${e.id} mention at ${m.start}`).toBe(m.text);
      if (m.title) expect(text.slice(m.title.start, m.title.end)).toBe(m.title.text);
    }
  }
  for (const s of analysis.document.sections) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
}

const names = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

describe.each(names)('fixture %s', (name) => {
  const spec = JSON.parse(readFileSync(join(fixtureDir, `${name}.expected.json`), 'utf8')) as Fixture;
  const text = readFileSync(
    spec.source ? join(repoRoot, spec.source) : join(fixtureDir, `${name}.txt`),
    'utf8',
  );
  const analysis = analyze(text, spec.options);
  const byName = (type: string, n: string) => analysis.entities.find((e) => e.type === type && e.name === n);

  it('keeps every offset true to the text', () => assertOffsets(text, analysis));

  if (spec.document) {
    it('reads the document fields', () => {
      const { title, date, place } = analysis.document;
      expect({ title, date, place }).toMatchObject(spec.document ?? {});
    });
  }

  for (const want of spec.entities ?? []) {
    it(`finds ${want.type} ${want.name}`, () => {
      const got = byName(want.type, want.name);
      expect(got, `no ${want.type} named ${want.name}; got:\n${describeEntities(analysis)}`).toBeDefined();
      if (!got) return;
      const seen = surfaces(text, got);
      for (const m of want.mentions ?? []) expect(seen, `mentions of ${want.name}`).toContain(m);
      for (const a of want.aliases ?? []) expect(got.aliases).toContain(a);
      const pronouns = got.mentions.filter((m) => m.pronoun).length;
      if (want.count !== undefined) expect(got.mentions.length - pronouns).toBe(want.count);
      if (want.pronouns !== undefined) expect(pronouns, `pronouns of ${want.name}`).toBe(want.pronouns);
      if (want.value !== undefined) expect(got.value).toBe(want.value);
      if (want.country !== undefined) expect(got.country).toBe(want.country);
      for (const r of want.roles ?? []) {
        const ofId = r.of ? analysis.entities.find((e) => e.name === r.of)?.id : undefined;
        expect(got.roles, `roles of ${want.name}`).toContainEqual(
          r.of ? { title: r.title, of: ofId } : { title: r.title },
        );
      }
      for (const h of want.heldBy ?? []) {
        const holder = analysis.entities.find((e) => e.type === 'person' && e.name === h);
        expect(got.heldBy ?? []).toContain(holder?.id);
      }
    });
  }

  for (const want of spec.sections ?? []) {
    it(`labels "${want.text.slice(0, 40)}" as ${want.kind}`, () => {
      const start = text.indexOf(want.text);
      expect(start, 'text not in fixture').toBeGreaterThanOrEqual(0);
      const hit = analysis.document.sections.find(
        (s) => s.kind === want.kind && s.start <= start && start + want.text.length <= s.end,
      );
      expect(
        hit,
        `sections: ${JSON.stringify(analysis.document.sections.map((s) => [s.kind, text.slice(s.start, s.start + 30)]))}`,
      ).toBeDefined();
    });
  }

  for (const no of spec.absent ?? []) {
    it(`does not extract "${no.text}"${no.type ? ` as ${no.type}` : ''}`, () => {
      const offending = analysis.entities.filter(
        (e) =>
          (!no.type || e.type === no.type) &&
          e.mentions.some((m) => m.text === no.text || m.text.includes(no.text)),
      );
      expect(offending.map((e) => `${e.type}:${e.name}`)).toEqual([]);
    });
  }

  for (const note of spec.notes ?? []) {
    it(`notes ${note.code} at "${note.text}"`, () => {
      const start = text.indexOf(note.text);
      expect(analysis.notes.some((n) => n.code === note.code && n.start <= start && n.end >= start + 1)).toBe(
        true,
      );
    });
  }
});
