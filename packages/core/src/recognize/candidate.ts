/** A proposed mention, before overlapping proposals are resolved and mentions are linked. */
import type { EntityType } from '../types.js';

export interface Candidate {
  type: EntityType;
  /** Token range [startToken, endToken). */
  startToken: number;
  endToken: number;
  start: number;
  end: number;
  /**
   * Higher tiers win over lower ones whatever their length: 2 = patterns that cannot be anything
   * else (dates, contacts, money), 1 = everything else, where the longer span wins, 0 = a guess
   * that only fills what nothing else read (a dateline's unknown place).
   */
  tier: number;
  /** Grouping key: candidates with the same key are one entity ("location:Türkiye"). */
  key?: string;
  /** Canonical name known from the knowledge base ("Türkiye" for "Turkey"). */
  canonical?: string;
  /** organization: the full name behind an acronym. */
  expansion?: string;
  /** nationality: the country. */
  country?: string;
  /** role: the organisation or country qualifier written before the title ("US", "NATO"). */
  qualifier?: string;
  /** role: where the title proper starts, after a country qualifier ("Secretary of Defense" in "US Secretary of Defense"). */
  headStart?: number;
  /** date: resolved value. */
  value?: string;
  /** date: a length of time, as an ISO 8601 duration ("P18M"). */
  duration?: string;
  /** person: the title, rank or honorific written just before the name. */
  title?: { start: number; end: number };
  /**
   * A description referring back to something named before ("the city", "the terrorist group"):
   * a mention of it, never another name for it.
   */
  reference?: boolean;
  /** Such a reference to a person: where the mention it refers to starts (linking joins them). */
  refersTo?: number;
  /** Introduced as one of many ("an Executive Order"): an entity of its own, whatever its text. */
  distinct?: boolean;
  /** person: someone spoken to ("Thanks, Jen."): "you", never the "he" or "she" after it. */
  addressed?: boolean;
  /** location read from the knowledge base: a region, state, sea or country, not a settlement. */
  wideArea?: boolean;
}

/**
 * The grouping key of a mention that brings none: its type and text, lower case, spaces collapsed
 * ("$41.2\nmillion" is "$41.2 million"). The linker groups keyless mentions by it.
 */
export function textKey(type: EntityType, text: string): string {
  return `${type}:${text.toLowerCase().replace(/\s+/g, ' ')}`;
}

/**
 * A name read from the tokens [from, end), keyed and named by its text, so that the same name
 * written again is the same entity ("Acme Health" named by an "About" heading, a list of customers,
 * an officer's title). The tokens must exist.
 */
export function namedCandidate(
  text: string,
  tokens: readonly { start: number; end: number }[],
  type: EntityType,
  from: number,
  end: number,
): Candidate {
  const start = tokens[from]?.start ?? 0;
  const stop = tokens[end - 1]?.end ?? start;
  const name = text.slice(start, stop);
  return {
    type,
    startToken: from,
    endToken: end,
    start,
    end: stop,
    tier: 1,
    key: `${type}:${name}`,
    canonical: name,
  };
}

/** Per token: 1 where one of `candidates` holds it (a word a later rule must leave alone). */
export function heldTokens(tokenCount: number, candidates: readonly Candidate[]): Uint8Array {
  const held = new Uint8Array(tokenCount);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    held.fill(1, c.startToken, c.endToken);
  }
  return held;
}
