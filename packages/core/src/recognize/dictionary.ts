/**
 * The user's dictionary (dateline.json, `AnalyzeOptions.dictionary`): declared names are always
 * recognised, whole words and case-sensitive, and win over every other recogniser (tier 3); their
 * aliases are mentions of the same entity, whose canonical name is the declared name even when only
 * an alias appears. Ignored words and phrases are never entities and never flagged by checks.
 *
 * The dictionary is compiled once per object (a WeakMap keyed by identity), so a server analysing
 * on every keystroke with the same dictionary does not rebuild its trie. A dictionary is therefore
 * treated as immutable: after a change, pass a new object.
 */
import { entitiesById } from '../arrays.js';
import type { Draft } from '../link/link-entities.js';
import { type Dictionary, ENTITY_TYPES, type Entity, type EntityType } from '../types.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { TokenTrie } from './token-trie.js';

/** Candidates from the dictionary beat dates, contacts and money too (tier 2 is the highest elsewhere). */
export const DICTIONARY_TIER = 3;
/** Grouping keys of dictionary entities start with this, so an entity knows it was declared. */
const KEY_PREFIX = 'dictionary:';

interface Declared {
  type: EntityType;
  name: string;
}

export interface CompiledDictionary {
  names: TokenTrie<Declared>;
  /** How many names and aliases the trie holds (0: nothing to look up). */
  size: number;
  ignore: ReadonlySet<string>;
}

const EMPTY: CompiledDictionary = { names: new TokenTrie(), size: 0, ignore: new Set() };
const compiled = new WeakMap<Dictionary, CompiledDictionary>();
const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function compile(dictionary: Dictionary): CompiledDictionary {
  const names = new TokenTrie<Declared>();
  let size = 0;
  // The options come from users and other programs: skip malformed entries rather than throw.
  const entities = Array.isArray(dictionary.entities) ? dictionary.entities : [];
  const valid = entities.filter(
    (e) => e !== null && typeof e === 'object' && nonEmptyString(e.name) && TYPES.has(e.type),
  );
  // Names first, then aliases: a declared name beats another entity's alias of the same spelling.
  for (const e of valid) {
    names.add(e.name.trim(), { type: e.type, name: e.name.trim() });
    size++;
  }
  for (const e of valid) {
    for (const alias of Array.isArray(e.aliases) ? e.aliases : []) {
      if (!nonEmptyString(alias)) continue;
      names.add(alias.trim(), { type: e.type, name: e.name.trim() });
      size++;
    }
  }
  const ignore = new Set(
    (Array.isArray(dictionary.ignore) ? dictionary.ignore : []).filter(nonEmptyString).map((w) => w.trim()),
  );
  return { names, size, ignore };
}

/** The compiled form of `dictionary`, built on first use of this object and then reused. */
export function compileDictionary(dictionary: Dictionary | undefined): CompiledDictionary {
  if (!dictionary || typeof dictionary !== 'object') return EMPTY;
  let found = compiled.get(dictionary);
  if (!found) {
    found = compile(dictionary);
    compiled.set(dictionary, found);
  }
  return found;
}

/** Every declared name and alias in the text, longest match first at each token. */
export function recognizeDictionaryNames(
  ctx: RecognitionContext,
  dictionary: CompiledDictionary,
): Candidate[] {
  if (dictionary.size === 0) return [];
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.skip[i] || t.kind === 'punct') continue;
    // Tokens are whole words, so a match is one: "NATO" never matches inside "ABCNATO".
    const match = dictionary.names.longest(tokens, i);
    if (!match) continue;
    const last = tokens[match.endToken - 1];
    if (!last) continue;
    const { type, name } = match.value;
    const candidate: Candidate & { entityKey?: string } = {
      type,
      startToken: i,
      endToken: match.endToken,
      start: t.start,
      end: last.end,
      tier: DICTIONARY_TIER,
      key: `${KEY_PREFIX}${type}:${name}`,
      canonical: name,
    };
    // People link by name (link/link-entities.ts); a one-word declared name ("Madonna") would
    // otherwise leave its aliases apart. The draft made from this candidate keeps the key.
    if (type === 'person') candidate.entityKey = `person:${name}`;
    out.push(candidate);
    i = match.endToken - 1;
  }
  return out;
}

/** `items` without those whose text is an ignored word or phrase. */
export function withoutIgnored<T extends { start: number; end: number }>(
  text: string,
  items: T[],
  dictionary: CompiledDictionary,
): T[] {
  if (dictionary.ignore.size === 0) return items;
  return items.filter((c) => !dictionary.ignore.has(text.slice(c.start, c.end)));
}

/**
 * A declared entity is called by its declared name even when the text only uses an alias
 * ("the Alliance" alone still makes an entity named as declared). Person names already are.
 */
export function nameDeclaredEntities(
  drafts: readonly Draft[],
  entities: Entity[],
  idOf: ReadonlyMap<Draft, string>,
): void {
  // Built at the first declared name: most documents are analysed without a dictionary.
  let byId: Map<string, Entity> | undefined;
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (!d.key?.startsWith(KEY_PREFIX) || !d.canonical) continue;
    byId ??= entitiesById(entities);
    const entity = byId.get(idOf.get(d) ?? '');
    if (!entity || entity.name === d.canonical || entity.type === 'person') continue;
    entity.name = d.canonical;
    const folded = new Set([d.canonical.toLowerCase()]);
    entity.aliases = [];
    for (const m of entity.mentions) {
      const surface = m.text.replace(/\s+/g, ' ');
      if (folded.has(surface.toLowerCase())) continue;
      folded.add(surface.toLowerCase());
      entity.aliases.push(surface);
    }
  }
}

/**
 * The final mentions with the dictionary applied: declared names replace whatever else (the rules,
 * the tagger) found over the same words, and ignored words are dropped. Linear in the mentions.
 */
export function applyDictionary(
  ctx: RecognitionContext,
  mentions: Candidate[],
  declared: readonly Candidate[],
  dictionary: CompiledDictionary,
): Candidate[] {
  let out = mentions;
  if (declared.length > 0) {
    const covered = new Uint8Array(ctx.tokens.length);
    for (const d of declared) covered.fill(1, d.startToken, d.endToken);
    const kept = mentions.filter((m) => {
      if (m.tier === DICTIONARY_TIER) return false;
      for (let k = m.startToken; k < m.endToken; k++) if (covered[k]) return false;
      return true;
    });
    out = [...kept, ...declared].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return withoutIgnored(ctx.text, out, dictionary);
}
