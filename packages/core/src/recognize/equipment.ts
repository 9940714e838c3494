/**
 * Equipment the gazetteer cannot list: designations read off their shape ("F-16s", "MQ-9 Reaper",
 * "B-1B Lancer", "KC-135 Stratotanker", "M777 howitzers"), ships ("USS Carl Vinson"), and weapons
 * and platforms named by their class ("barrel bombs", "unmanned aircraft", "coalition aircraft",
 * "improvised explosive devices", "Tomahawk cruise missiles"). Spans follow the re3d guide: the
 * class noun with the words that qualify it, never the owner ("ISIL" in "ISIL vehicles" stays an
 * organisation) nor an article.
 *
 * Each token is looked at a bounded number of times (a phrase is at most a few words and the scan
 * resumes after it), so the pass is linear.
 */
import { isCommonWord } from '../knowledge/common-words.js';
import {
  AMBIGUOUS_PREFIXES,
  DEPENDENT_HEADS,
  DESIGNATION_PREFIXES,
  EQUIPMENT_HEADS,
  EQUIPMENT_MODIFIERS,
  NOT_EQUIPMENT_AFTER,
  NOT_EQUIPMENT_BEFORE,
  SHIP_PREFIXES,
  SYSTEM_NAMES,
} from '../knowledge/equipment.js';
import type { Token } from '../text/tokenize.js';
import { recognizeAmounts } from './amounts.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { infinitiveAt } from './infinitives.js';
import { lowerTexts } from './token-text.js';

/** "16", "16s", "1B", "18E", "72B3", "130J": the number part of a designation. */
const DESIGNATION_NUMBER = /^\d{1,4}[A-Z]{0,2}\d?s?$/;
/** A mark after a system's name: "FGR4", "GR4s", "IV", "2", "2A6", "Mk2". */
const MARK = /^(?:[A-Z]{1,4}\d{1,2}[A-Z]?|Mk\d{0,2}|[IVX]{1,4}|\d{1,2}(?:[A-Z]\d{0,2})?)s?$/;
const WEAK_MARK = /^(?:\d{1,2}|I)$/;
/** "M777", "M1A2", "M109A6": US Army designations written in one word. */
const ARMY_DESIGNATION = /^M\d{1,4}(?:A\d)?s?$/;
/** Words after a class noun that start a new clause or phrase rather than continue a compound. */
const CLAUSE_WORDS = new Set(
  'and or but to in on at for from with by of that which who was were is are has have had will would can could may'.split(
    ' ',
  ),
);
/**
 * The texts a mention can start with, as written: class nouns and modifiers (hyphenated ones by
 * their first piece) in lower case and capitalised (a sentence start), ship and designation
 * prefixes. One look-up per token sends most tokens on.
 */
const START_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>([...SHIP_PREFIXES, ...DESIGNATION_PREFIXES, 'M']);
  for (const w of [...EQUIPMENT_HEADS, ...EQUIPMENT_MODIFIERS, ...DEPENDENT_HEADS]) {
    const first = w.split('-')[0] as string;
    words.add(first);
    words.add(first.charAt(0).toUpperCase() + first.slice(1));
  }
  return words;
})();

/** "M777", "M1A2": an M and a digit. */
function isArmyDesignationStart(text: string): boolean {
  const next = text.charCodeAt(1);
  return text.charCodeAt(0) === 77 /* M */ && next >= 48 && next <= 57;
}

const NO_DESIGNATION = { end: -1, strong: false } as const;
const POSSESSIVE = new Set(["'s", '’s']);
/** "II" in "Thunderbolt II". */
const ROMAN = /^(?:II|III|IV)$/;
/** Words that a hyphen joins into one modifier or class noun, at most this many pieces. */
const MAX_PIECES = 4;
/** A phrase has at most this many words, coordinated modifiers included. */
const MAX_WORDS = 7;
const MAX_NAME_WORDS = 4;
/** Capitalised words of a headline that a system's name never runs over. */
const NAME_BREAKS = new Set(
  'Over Into Onto Against Near In On At From To With And Or Of For By Above Across After Before During Flew Hit Struck Fired Launched'.split(
    ' ',
  ),
);
/** Modifiers that let a dependent noun follow: "air defense system", "explosive device", "suicide vest". */
const ENABLERS = new Set([
  'defense',
  'defence',
  'air-defense',
  'air-defence',
  'explosive',
  'launch',
  'suicide',
]);

interface Phrase {
  /** End token (exclusive) of the class-noun phrase. */
  end: number;
}

function candidate(tokens: readonly Token[], from: number, to: number): Candidate | undefined {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b || to <= from) return undefined;
  return { type: 'equipment', startToken: from, endToken: to, start: a.start, end: b.end, tier: 1 };
}

/** The end of the word at `k` with the pieces a hyphen glues to it ("anti-tank", "vehicle-borne"). */
function compoundEnd(tokens: readonly Token[], k: number): number {
  let end = k + 1;
  let pieces = 1;
  while (
    pieces < MAX_PIECES &&
    tokens[end]?.text === '-' &&
    tokens[end]?.gap === 'none' &&
    tokens[end + 1]?.kind === 'word' &&
    tokens[end + 1]?.gap === 'none'
  ) {
    end += 2;
    pieces++;
  }
  return end;
}

/**
 * A merchant ship's prefix at token `at`, and the token after it: "M/V", "M/T" (three tokens);
 * not "MV", "MT" (Montana's, a senior centre's: "the MT Legislature"). `at` when none.
 */
function merchantPrefixEnd(tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  if (!t) return at;
  if (t.text === 'M' && tokens[at + 1]?.text === '/' && tokens[at + 1]?.gap === 'none') {
    const kind = tokens[at + 2];
    if ((kind?.text === 'V' || kind?.text === 'T') && kind.gap === 'none') return at + 3;
  }
  return at;
}

/**
 * A capitalised verb of a headline ("Responds", "Arrives", "Visits"): a word in -s whose stem is a
 * common word. Ships are not named so ("USS The Sullivans", "USS Cowpens" have no such stem).
 */
function headlineVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s') || lower.length < 4) return false;
  return isCommonWord(lower.slice(0, -1)) || (lower.endsWith('es') && isCommonWord(lower.slice(0, -2)));
}

class Scanner {
  private readonly tokens: readonly Token[];
  private readonly lower: readonly string[];

  constructor(private readonly ctx: RecognitionContext) {
    this.tokens = ctx.tokens;
    this.lower = lowerTexts(ctx.tokens);
  }

  /** The lower-cased word at `k` (a hyphenated compound read whole) and where it ends. */
  private word(k: number): { text: string; end: number } | undefined {
    const t = this.tokens[k];
    if (t?.kind !== 'word' || this.ctx.skip[k]) return undefined;
    // Capitalised words qualify only at a sentence start ("Coalition aircraft" apart).
    if (t.upper && !this.ctx.sentenceStart[k] && t.text !== 'Coalition' && !t.allCaps) return undefined;
    const end = compoundEnd(this.tokens, k);
    if (end === k + 1) return { text: t.allCaps ? t.text : (this.lower[k] as string), end };
    const last = this.tokens[end - 1] as Token;
    return { text: this.ctx.text.slice(t.start, last.end).toLowerCase(), end };
  }

  /**
   * A class-noun phrase starting at `k`: modifiers, then class nouns ("unmanned aircraft",
   * "air defense systems", "artillery round"). Ends after its last class noun.
   */
  phraseAt(k: number, afterEquipment: boolean): Phrase | undefined {
    let at = k;
    let end = -1;
    let words = 0;
    // A dependent noun ("systems", "round", "devices") needs a weapon word just before it.
    let weaponBefore = afterEquipment;
    let coordinated = false;
    while (words < MAX_WORDS) {
      if (at > k && this.tokens[at]?.gap !== 'space') break;
      const w = this.word(at);
      if (!w) break;
      const head = EQUIPMENT_HEADS.has(w.text) || (weaponBefore && DEPENDENT_HEADS.has(w.text));
      const modifier = EQUIPMENT_MODIFIERS.has(w.text);
      if (!head && !modifier) break;
      if (head) end = w.end;
      weaponBefore = head || ENABLERS.has(w.text);
      at = w.end;
      words++;
      // "attack, bomber, fighter and remotely piloted aircraft": coordinated modifiers of one noun.
      // A class noun that is not also a modifier ends a list item ("weapons, ammunition and vehicles"
      // are three things).
      // Only words that are modifiers and nothing else coordinate: "rocket, missile and drone" are
      // three weapons (or qualify a fourth noun), "attack and fighter aircraft" is one class.
      if (modifier && !head) {
        const next = this.afterConjunction(at);
        if (next !== at) coordinated = true;
        at = next;
      }
    }
    if (end < 0) return undefined;
    // "rocket, missile, and drone storage facilities", "air and missile defense": coordinated words
    // that qualify a noun which is not equipment.
    if (coordinated && (end < at || this.qualifiesNext(end))) return undefined;
    // "missile defense architecture": the class noun qualifies a capability, not a weapon.
    if (end < at && ENABLERS.has(this.lower[end] as string)) return undefined;
    // "chemical weapons report", "gun control": the phrase qualifies something else.
    const next = this.tokens[end];
    if (next && next.gap === 'space' && NOT_EQUIPMENT_AFTER.has(this.lower[end] as string)) return undefined;
    return { end };
  }

  /** A singular class noun at `end - 1` followed by a lower-case word it qualifies ("drone storage"). */
  private qualifiesNext(end: number): boolean {
    const last = this.lower[end - 1] as string;
    const next = this.tokens[end];
    if (last.endsWith('s') || last === 'aircraft' || last === 'artillery') return false;
    return (
      next?.gap === 'space' &&
      next.kind === 'word' &&
      !next.upper &&
      !CLAUSE_WORDS.has(this.lower[end] as string)
    );
  }

  /** After ", ", " and ", ", or " when a modifier follows it, the modifier's token; else `at`. */
  private afterConjunction(at: number): number {
    const { tokens } = this;
    let k = at;
    if (tokens[k]?.text === ',' && tokens[k]?.gap === 'none') k++;
    const conj = this.lower[k];
    if ((conj === 'and' || conj === 'or') && tokens[k]?.gap === 'space') k++;
    if (k === at || tokens[k]?.gap !== 'space') return at;
    const w = this.word(k);
    return w && EQUIPMENT_MODIFIERS.has(w.text) ? k : at;
  }

  /** "Patriot", "Storm Shadow", "HIMARS" written just before `k`: the start of the name, else `k`. */
  systemNameBefore(k: number): number {
    const t = this.tokens[k];
    const prev = this.tokens[k - 1];
    if (!t || !prev || t.gap !== 'space' || !prev.upper || this.ctx.skip[k - 1]) return k;
    if (SYSTEM_NAMES.has(prev.text)) return k - 1;
    return k;
  }

  /**
   * A designation starting at `i`: the token after its number part, else -1. Shapes: "F-16",
   * "F/A-18E", "Su-25", "AGM-114", and one-word Army designations ("M777").
   */
  designationAt(i: number): { end: number; strong: boolean } {
    const { tokens } = this;
    const t = tokens[i];
    // Every prefix starts with a capital: most words leave here.
    if (t?.kind !== 'word' || !t.upper) return NO_DESIGNATION;
    if (t.text.charCodeAt(0) === 77 /* M */ && ARMY_DESIGNATION.test(t.text))
      return { end: i + 1, strong: t.text.endsWith('s') };
    let prefixEnd = i + 1;
    // "F/A-18": two mission letters joined by a slash.
    if (
      t.text === 'F' &&
      tokens[i + 1]?.text === '/' &&
      tokens[i + 2]?.text === 'A' &&
      tokens[i + 2]?.gap === 'none'
    )
      prefixEnd = i + 3;
    else if (!DESIGNATION_PREFIXES.has(t.text)) return NO_DESIGNATION;
    const dash = tokens[prefixEnd];
    const number = tokens[prefixEnd + 1];
    if (dash?.text !== '-' || dash.gap !== 'none' || !number || number.gap !== 'none') return NO_DESIGNATION;
    if (!DESIGNATION_NUMBER.test(number.text)) return NO_DESIGNATION;
    // "vitamin B-12", "F-16-style": not a designation.
    const after = tokens[prefixEnd + 2];
    if (
      after &&
      after.gap === 'none' &&
      (after.text === '-' || (after.kind === 'word' && !POSSESSIVE.has(after.text)))
    )
      return NO_DESIGNATION;
    // Glued to the word before ("XF-16" is not read as "F-16"), or "vitamin B-12".
    const before = tokens[i - 1];
    if (before && t.gap === 'none' && before.kind !== 'punct') return NO_DESIGNATION;
    if (this.lower[i - 1] === 'vitamin') return NO_DESIGNATION;
    // One letter and one digit ("F-1 visa", "E-5", "S-1") is a designation only with more around it.
    const short = AMBIGUOUS_PREFIXES.has(t.text) && prefixEnd === i + 1 && /^\d(?:s)?$/.test(number.text);
    const strong = !short || number.text.endsWith('s');
    return { end: prefixEnd + 2, strong };
  }

  /** Capitalised name words after a designation: "Super Hornets", "Thunderbolt II", "Reaper". */
  nameAfter(k: number, knownOnly: boolean): number {
    let end = k;
    for (let n = 0; n < MAX_NAME_WORDS; n++) {
      const w = this.tokens[end];
      if (
        w?.kind !== 'word' ||
        w.gap !== 'space' ||
        !w.upper ||
        this.ctx.skip[end] ||
        this.ctx.sentenceStart[end]
      )
        break;
      if (w.allCaps && !ROMAN.test(w.text) && !SYSTEM_NAMES.has(w.text)) break;
      if (knownOnly && !SYSTEM_NAMES.has(w.text)) break;
      // A headline's words after the name: "MQ-9 Reaper Flies Over Baghdad".
      if (NAME_BREAKS.has(w.text)) break;
      const known = this.ctx.lexicon.exact.longest(this.tokens, end)?.value.type;
      if (known !== undefined && known !== 'equipment') break;
      end++;
    }
    return end;
  }

  scan(): Candidate[] {
    const { tokens, ctx } = this;
    const out: Candidate[] = [];
    const push = (from: number, to: number) => {
      const c = candidate(tokens, from, to);
      if (c) out.push(c);
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (ctx.skip[i]) continue;
      // "Typhoon FGR4s", "Tornado GR4", "Paveway IV guided bomb", "Challenger 2 tanks": a system's
      // name with its mark is equipment, whatever the name alone could be (a storm, a surname).
      const mark = tokens[i + 1];
      if (SYSTEM_NAMES.has(t.text) && mark?.gap === 'space' && !ctx.skip[i + 1] && MARK.test(mark.text)) {
        const phrase = tokens[i + 2]?.gap === 'space' ? this.phraseAt(i + 2, true) : undefined;
        // A bare number or "I" is a mark only before a class noun: "Challenger 2 tanks", not "the
        // Chinook 12 times", "the Reaper I saw".
        if (phrase || !WEAK_MARK.test(mark.text)) {
          push(i, i + 2);
          if (phrase) push(i, phrase.end);
          i = (phrase?.end ?? i + 2) - 1;
          continue;
        }
      }
      // One look-up sends most tokens on: a phrase starts with a class noun or a modifier (or the
      // first piece of a hyphenated one), a ship or a designation with a capitalised prefix.
      if (!START_WORDS.has(t.text) && !isArmyDesignationStart(t.text)) continue;
      if (t.kind !== 'word') continue;
      // The tail of a compound that starts earlier ("Counter-IED", "anti-tank").
      if (t.gap === 'none' && tokens[i - 1]?.text === '-') continue;

      // Ships: "USS Carl Vinson", "HMS Diamond", and merchant ships: "the M/V Silver Juniper".
      const merchant = merchantPrefixEnd(tokens, i);
      if (SHIP_PREFIXES.has(t.text) || merchant > i) {
        let end = merchant > i ? merchant : i + 1;
        const nameStart = end;
        while (end < i + 5) {
          const w = tokens[end];
          if (w?.gap !== 'space' || w.kind !== 'word' || !w.upper || ctx.skip[end]) break;
          end++;
          // "Harry S. Truman": an initial and its full stop.
          if (w.text.length === 1 && tokens[end]?.text === '.' && tokens[end]?.gap === 'none') end++;
        }
        if (tokens[end - 1]?.text === '.') end--;
        // "USS Nitze Responds to …", "USS Jason Dunham Seizes Illicit Weapons" in a headline: the
        // name stops before the first verb.
        for (let k = nameStart + 1; k < end; k++)
          if (headlineVerb(tokens[k]?.text ?? '')) {
            end = k;
            break;
          }
        if (end > nameStart) {
          push(i, end);
          i = end - 1;
          continue;
        }
      }

      const designation = this.designationAt(i);
      if (designation.end > 0) {
        const d = designation.end;
        const named = this.nameAfter(d, !designation.strong);
        const phrase = this.phraseAt(named, true);
        const longest = phrase ? phrase.end : named;
        if (!designation.strong && longest === d) continue;
        // Shorter forms too, so a date or a name that wins a word of the long one leaves the rest.
        push(i, d);
        if (named > d) push(i, named);
        if (phrase) push(i, phrase.end);
        i = longest - 1;
        continue;
      }

      // A class-noun phrase, with the system name written before it ("Tomahawk cruise missiles").
      if (t.upper && !ctx.sentenceStart[i] && t.text !== 'Coalition' && !t.allCaps) continue;
      // "a vehicle used to transport explosives": the verb is no modifier; the phrase starts after it.
      if (infinitiveAt(this.lower, i) && !EQUIPMENT_HEADS.has(this.lower[i] as string)) continue;
      const from = this.systemNameBefore(i);
      const phrase = this.phraseAt(i, from < i);
      if (!phrase) continue;
      // "think tank", "investment vehicle", "suicide bombers".
      const before = this.lower[i - 1] ?? '';
      const headText = this.lower[phrase.end - 1] as string;
      if (tokens[i]?.gap === 'space' && NOT_EQUIPMENT_BEFORE.has(before) && phrase.end === i + 1) {
        i = phrase.end - 1;
        continue;
      }
      if ((headText === 'bombers' || headText === 'bomber') && this.lower[phrase.end - 2] === 'suicide') {
        i = phrase.end - 1;
        continue;
      }
      push(from, phrase.end);
      i = phrase.end - 1;
    }
    return out;
  }
}

export function recognizeEquipment(ctx: RecognitionContext): Candidate[] {
  return new Scanner(ctx).scan();
}

/**
 * Amounts and equipment in one list in text order (both recognisers emit in text order; on the same
 * start the amount comes first): the paragraph-local recognisers keep them in one field, and a
 * paragraph's list must be the same whether it was recognised alone or with the whole document.
 */
export function recognizeAmountsAndEquipment(ctx: RecognitionContext): Candidate[] {
  const amounts = recognizeAmounts(ctx);
  const equipment = recognizeEquipment(ctx);
  const out: Candidate[] = [];
  let a = 0;
  let e = 0;
  while (a < amounts.length || e < equipment.length) {
    const x = amounts[a];
    const y = equipment[e];
    if (x && (!y || x.start <= y.start)) {
      out.push(x);
      a++;
    } else if (y) {
      out.push(y);
      e++;
    }
  }
  return out;
}
