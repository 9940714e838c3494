/**
 * Document-level consistency: once a name is known in this document, its shorter forms elsewhere
 * are mentions too: a person's surname ("Goffus"), an acronym defined in the text, an
 * organisation's stand-in ("the Alliance" for NATO, "the Assembly" after "the Grand National
 * Assembly"). Only tokens no other mention holds are considered.
 */

import { isCommonWord } from '../knowledge/common-words.js';
import { SHIP_PREFIXES } from '../knowledge/equipment.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../knowledge/first-names.js';
import { ABBREVIATED_LEGAL_FORMS, LEGAL_FORMS } from '../knowledge/organization-patterns.js';
import { RELATED_STAND_INS } from '../knowledge/organizations.js';
import { LEADING_STOPWORDS } from '../knowledge/phrase-openers.js';
import { ARABIC_ARTICLES } from '../knowledge/place-words.js';
import type { Token } from '../text/tokenize.js';
import { type Candidate, heldTokens, textKey } from './candidate.js';
import type { AcronymDefinition } from './chunks.js';
import type { RecognitionContext } from './context.js';
import { isNeverNameWord } from './people.js';
import { TokenTrie } from './token-trie.js';

/**
 * An organisation name's head word, when it has two words or more, else '': the last word, or
 * the word before "of"/"for" ("Department" of "U.S. Department of State", not "State").
 */
function headWordOf(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 2) return '';
  // "Department of State", "Global Coalition to Defeat ISIS": the head comes before its complement.
  const of = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'to'));
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

/** Head words of bodies that news style repeats in lower case ("the coalition", "the committee"). */
const LOWER_CASE_HEADS = new Set([
  'coalition',
  'alliance',
  'committee',
  'council',
  'commission',
  'government',
  'ministry',
  'department',
  'agency',
]);

/**
 * A surname with the Arabic article ("al-Muhajir") is also written capitalised, opening a sentence
 * ("Al-Muhajir was …"), and without it ("Muhajir", as "Abadi" for "al-Abadi").
 */
function articleForms(surname: string): string[] {
  const dash = surname.indexOf('-');
  if (dash < 1 || !ARABIC_ARTICLES.has(surname.slice(0, dash))) return [];
  const rest = surname.slice(dash + 1);
  if (!/^\p{Lu}/u.test(rest)) return [];
  return [`${(surname[0] ?? '').toUpperCase()}${surname.slice(1)}`, rest];
}

/** Last words a company drops when it names itself again: legal forms and generic trade words. */
const COMPANY_TAILS = new Set([
  ...LEGAL_FORMS,
  ...ABBREVIATED_LEGAL_FORMS,
  'Co',
  'Company',
  'Technologies',
  'Technology',
  'Holdings',
  'Group',
  'Industries',
  // "Cboe Global Markets" … "Cboe", "Westwater Resources" … "Westwater"
  'Global',
  'Markets',
  'International',
  'Systems',
  'Solutions',
  'Services',
  'Partners',
  'Resources',
  'Networks',
  'Labs',
  // "Brightline Analytics" … "Brightline", "Northvale Robotics" … "Northvale"
  'Analytics',
  'Software',
  'Consulting',
  'Robotics',
  'Ventures',
  'Aerospace',
  // "Castellan Defense Systems" … "Castellan"
  'Defense',
  'Defence',
  'Pharmaceuticals',
  'Therapeutics',
  'Biosciences',
]);

/**
 * The name a company goes by after its first mention: "L3Harris Technologies" → "L3Harris",
 * "Acme Holdings, Inc." → "Acme". Only a name that stays distinctive: a word with a capital or a
 * digit inside ("L3Harris", "eBay") or two words or more; not a common word alone ("Apple"),
 * unless `commonWordAlone` (the word was read as a body already: "Castellan's senior vice president").
 */
export function companyShortForm(name: string, commonWordAlone = false): string | undefined {
  const words = name.split(' ');
  let end = words.length;
  while (end > 1 && COMPANY_TAILS.has((words[end - 1] as string).replace(/,$/, ''))) end--;
  if (end === words.length) return undefined;
  const short = words.slice(0, end).join(' ').replace(/,$/, '');
  if (end >= 2) return short;
  return commonWordAlone || /.[\p{Lu}\d]/u.test(short) || !isCommonWord(short.toLowerCase())
    ? short
    : undefined;
}

const OPENING_QUOTES = new Set(['“', '"']);
const CLOSING_QUOTES = new Set(['”', '"']);
/** Tokens after "(" a definition may take: `(“Noble” or the “Company”)`. */
const DEFINITION_REACH = 12;

/**
 * The capitalised phrases quoted in parentheses right after a name (token `at` is the "("): each is
 * a name the release uses for it afterwards; after "the", with its article ("the Company").
 */
function quotedDefinitions(ctx: RecognitionContext, at: number): string[] {
  const { tokens, text } = ctx;
  if (tokens[at]?.text !== '(') return [];
  const forms: string[] = [];
  for (let k = at + 1; k < tokens.length && k - at <= DEFINITION_REACH; k++) {
    const t = tokens[k];
    if (!t || t.text === ')' || t.gap === 'paragraph') break;
    if (!OPENING_QUOTES.has(t.text) || !tokens[k + 1]?.upper) continue;
    let end = k + 1;
    while (end < tokens.length && end - k <= 4 && !CLOSING_QUOTES.has(tokens[end]?.text ?? '')) end++;
    const first = tokens[k + 1];
    const last = tokens[end - 1];
    if (!CLOSING_QUOTES.has(tokens[end]?.text ?? '') || !first || !last) continue;
    const phrase = text.slice(first.start, last.end);
    forms.push(phrase);
    if (tokens[k - 1]?.text === 'the') forms.push(`the ${phrase}`, `The ${phrase}`);
    k = end;
  }
  return forms;
}

interface Known {
  candidate: Omit<Candidate, 'startToken' | 'endToken' | 'start' | 'end'>;
  /** Only after the first mention of the full name. */
  after: number;
  /** A place's or a body's name written again: not where a capitalised word joins it into a longer name. */
  again?: true;
  /** A head word in lower case ("the coalition"): not where "of" makes it another body ("the commission of inquiry"). */
  common?: true;
}

/**
 * A body other than `body` is named whose name ends on `body`'s last word ("Electoral Commission",
 * "Federal Communications Commission" beside the European Commission), or that word opens a longer
 * name ("Commission on Human Rights"): a stand-in of `body` would be ambiguous.
 */
function otherBodyWithHead(ctx: RecognitionContext, named: readonly Candidate[], body: string): boolean {
  const head = body.slice(body.lastIndexOf(' ') + 1);
  // Indexed loops here and below: this code runs once per document, often unoptimised, where
  // for-of allocates an iterator result per element.
  for (let i = 0; i < named.length; i++) {
    const c = named[i] as Candidate;
    if (c.type !== 'organization' || (c.canonical ?? '') === body) continue;
    const last = ctx.tokens[c.endToken - 1]?.text;
    const first = ctx.tokens[c.startToken]?.text;
    if (last === head || first === head) return true;
  }
  // Also a name no rule typed: "The Commission of Inquiry on Syria", "the Fair Work Commission".
  const { tokens } = ctx;
  const qualifier = body.slice(0, body.lastIndexOf(' '));
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.text !== head) continue;
    const next = tokens[k + 1]?.text ?? '';
    const before = tokens[k - 1];
    if ((next === 'of' || next === 'on' || next === 'for') && tokens[k + 2]?.upper) return true;
    if (before?.upper && before.kind === 'word' && before.text !== 'The' && before.text !== qualifier)
      return true;
  }
  return false;
}

/** Small words a name's initials leave out: "Department of Defense" is "DoD", not "DOD"'s "O". */
const INITIAL_SKIPS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', '&', '-', '–']);

/**
 * The initials of an organisation's name of three capitalised words or more, as a release writes
 * them after the name without defining them: "Popular Mobilization Units" → "PMU"; with a number
 * at the end, both "CTF-150" and "CTF 150" ("Combined Task Force 150"). None for a name with a
 * lower-case word other than the small ones, or of fewer than three initials.
 */
function initialismsOf(name: string): string[] {
  const words = name.split(/\s+/);
  const number = /^\d+$/.test(words.at(-1) ?? '') ? words.pop() : undefined;
  let initials = '';
  for (const word of words) {
    if (INITIAL_SKIPS.has(word)) continue;
    const first = word.charAt(0);
    if (!/\p{Lu}/u.test(first)) return [];
    initials += first;
  }
  if (initials.length < 3) return [];
  return number ? [`${initials}-${number}`, `${initials} ${number}`] : [initials];
}

/**
 * The shorter forms of the names in `named` (default: all of `chosen`), on tokens none of
 * `chosen` holds.
 */
export function recognizeRepeatedNames(
  ctx: RecognitionContext,
  chosen: readonly Candidate[],
  definitions: readonly AcronymDefinition[],
  surnameOf: (name: string) => string,
  named: readonly Candidate[] = chosen,
): Candidate[] {
  const { tokens, text } = ctx;
  const trie = new TokenTrie<Known>();
  // The first value added for a phrase wins, so adding a phrase again changes nothing: skip the
  // repeats (a name chosen hundreds of times) before they are tokenized again.
  const added = new Set<string>();
  const add = (phrase: string, known: Known) => {
    if (added.has(phrase)) return;
    added.add(phrase);
    trie.add(phrase, known);
  };
  const surnames = new Map<string, string>();
  /** Per organisation name: its head word when it has two words or more, else ''. */
  const heads = new Map<string, string>();
  const standInsAdded = new Set<string>();
  /** Bodies whose stand-ins a related body's mention has been looked at for (RELATED_STAND_INS). */
  const relatedChecked = new Set<string>();
  /** Ships named with their prefix, and the names of everything else named (see below). */
  const ships: Candidate[] = [];
  const otherNames = new Set<string>();
  /** Per organisation name: its short form, or '' (a name is chosen again and again). */
  const shortForms = new Map<string, string>();
  /** Organisation names whose head forms ("the Assembly") are added. */
  const headFormsAdded = new Set<string>();
  /** Organisation names whose initials are queued (initialismsOf). */
  const initialisms = new Set<string>();
  const pendingInitials: [string, Known][] = [];
  // (Made once, not per organisation mention.)
  const addStandIns = (body: string, bodyKey: string) => {
    if (standInsAdded.has(body)) return;
    standInsAdded.add(body);
    for (const standIn of ctx.lexicon.standIns.get(body) ?? []) {
      // ("The Commission of Inquiry on Syria": not where "of" makes it another body.)
      const known: Known = {
        candidate: { type: 'organization', tier: 1, key: bodyKey, canonical: body },
        after: 0,
        common: true,
      };
      add(standIn, known);
      add(standIn.replace(/^the /, 'The '), known);
    }
  };
  for (let i = 0; i < named.length; i++) {
    const c = named[i] as Candidate;
    const name = text.slice(c.start, c.end);
    // "in Cairns" … "that Cairns is a major winner": a place or a body the release names is that
    // one wherever its name is written again (not a common word: "Reading", "Bath").
    if (
      (c.type === 'location' || c.type === 'organization') &&
      c.key &&
      !added.has(name) &&
      /^\p{Lu}/u.test(name) &&
      !(c.endToken - c.startToken === 1 && isCommonWord(name.toLowerCase()))
    ) {
      const known: Known = {
        candidate: {
          type: c.type,
          tier: 1,
          key: c.key,
          ...(c.canonical ? { canonical: c.canonical } : {}),
        },
        after: 0,
        again: true,
      };
      add(name, known);
      // "DUQM, Oman (NNS) --" … "arrived in Duqm": a name shouted in a dateline, written again in title case.
      if (c.canonical && c.canonical !== name && c.canonical.toUpperCase() === name) add(c.canonical, known);
    }
    if (
      c.type === 'equipment' &&
      c.endToken - c.startToken >= 2 &&
      SHIP_PREFIXES.has(tokens[c.startToken]?.text ?? '')
    )
      ships.push(c);
    else if (c.type !== 'equipment') otherNames.add(name);
    // A person's forms are added at the first mention of the name; at the later ones (thousands in
    // a long release) adding them again would only build the values the trie then ignores.
    if (c.type === 'person' && c.endToken - c.startToken >= 2 && !surnames.has(name)) {
      const surname = surnameOf(name);
      surnames.set(name, surname);
      add(surname, { candidate: { type: 'person', tier: 1 }, after: c.end });
      for (const form of articleForms(surname))
        add(form, { candidate: { type: 'person', tier: 1 }, after: c.end });
    }
    if (c.type === 'organization') {
      // Keyed as the linker keys a keyless mention, so that "the regime" joins "the Assad regime".
      const key = c.key ?? textKey('organization', name);
      const canonical = c.canonical ?? name;
      // "Noble Mineral Exploration Inc. (“Noble” or the “Company”)": names a release defines in quotes.
      for (const form of quotedDefinitions(ctx, c.endToken))
        add(form, { candidate: { type: 'organization', tier: 1, key, canonical }, after: c.end });
      addStandIns(canonical, key);
      // "the Commission" in a release that names the EU or its Council: the European Commission,
      // unless the release names another commission ("The Electoral Commission said the
      // Commission …" is that one).
      // (Looked at once per document: every mention of the EU would otherwise scan the text again.)
      const related = RELATED_STAND_INS.get(canonical);
      if (related && !relatedChecked.has(related)) {
        relatedChecked.add(related);
        if (!otherBodyWithHead(ctx, named, related)) addStandIns(related, `organization:${related}`);
      }
      // "L3Harris Technologies" … "L3Harris": a company without its legal form and trade word.
      // The short form, like the head's forms below, is added once per name: the first value wins.
      if (!shortForms.has(name)) {
        const short = companyShortForm(name) ?? '';
        shortForms.set(name, short);
        if (short) add(short, { candidate: { type: 'organization', tier: 1, key, canonical }, after: c.end });
      }
      // "Combined Task Force 150" … "CTF-150", "Popular Mobilization Units" … "PMU": the initials
      // of its words, written after it without a definition.
      // Added after the loop: a name the release writes itself ("PHE" defined further on) comes
      // first. Only the first mention of a name is queued (the first added form wins).
      if (!initialisms.has(name)) {
        initialisms.add(name);
        const known: Known = { candidate: { type: 'organization', tier: 1, key, canonical }, after: c.end };
        for (const form of initialismsOf(name)) pendingInitials.push([form, known]);
      }
      // "the Grand National Assembly" … "the Assembly"; "the Department of State" … "the Department".
      let head = heads.get(name);
      if (head === undefined) {
        // "FOMC" … "the Committee": an acronym's head word is its full name's.
        head = headWordOf(name) || (canonical && canonical !== name ? headWordOf(canonical) : '');
        heads.set(name, head);
      }
      // Also lower-case heads of described groups: "the Assad regime" … "the regime".
      if (head && !headFormsAdded.has(name) && (/^\p{Lu}/u.test(head) || !c.key)) {
        headFormsAdded.add(name);
        // "the Global Coalition to Defeat ISIS" … "the coalition": news style writes the head of
        // a body named before in lower case too.
        const lower = head.toLowerCase();
        const forms = LOWER_CASE_HEADS.has(lower) && lower !== head ? [head, lower] : [head];
        for (const form of forms)
          for (const article of ['the', 'The'])
            add(`${article} ${form}`, {
              candidate: { type: 'organization', tier: 1, key, canonical },
              after: c.end,
              ...(form === head ? {} : { common: true as const }),
            });
      }
    }
  }
  for (const [form, known] of pendingInitials) add(form, known);
  // "USS Mahan (DDG 72)" … "Mahan fired three warning shots": a ship named again without its
  // prefix; not one named after a place or body the release names ("HMAS Cairns" … "in Cairns").
  for (let i = 0; i < ships.length; i++) {
    const c = ships[i] as Candidate;
    const bare = text.slice(tokens[c.startToken + 1]?.start ?? c.start, c.end);
    if (otherNames.has(bare) || ctx.lexicon.exact.longest(tokens, c.startToken + 1)) continue;
    add(bare, {
      candidate: {
        type: 'equipment',
        tier: 1,
        key: c.key ?? textKey('equipment', text.slice(c.start, c.end)),
      },
      after: c.end,
      again: true,
    });
  }
  for (let i = 0; i < definitions.length; i++) {
    const def = definitions[i] as AcronymDefinition;
    const { startToken: _s, endToken: _e, start: _a, end: _b, ...rest } = def.candidate;
    // Set on the rest, not spread into a literal with it: that copy would get a map of its own
    // every time (see attributeQuotes).
    rest.expansion = text.slice(def.candidate.start, def.candidate.end);
    add(def.acronym, { candidate: rest, after: def.candidate.end });
  }

  return repeatedMentions(ctx, chosen, trie);
}

/**
 * The phrases of `trie` written again on tokens no mention of `chosen` holds. A function of its
 * own, not the end of recognizeRepeatedNames: each rare branch taken for the first time after
 * optimisation deoptimises the function it is in, and the whole of recognizeRepeatedNames was
 * compiled five times in a batch of releases; apart, each part is smaller to compile again.
 */
function repeatedMentions(
  ctx: RecognitionContext,
  chosen: readonly Candidate[],
  trie: TokenTrie<Known>,
): Candidate[] {
  const { tokens } = ctx;
  const taken = heldTokens(tokens.length, chosen);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || ctx.skip[i]) continue;
    const m = trie.longest(tokens, i);
    if (!m) continue;
    let free = true;
    for (let k = i; k < m.endToken; k++) if (taken[k] || ctx.skip[k]) free = false;
    const first = tokens[i];
    const last = tokens[m.endToken - 1];
    if (!free || !first || !last || first.start < m.value.after) continue;
    // A surname glued into a longer capitalised run ("Austin Texas") is not the person.
    const next = tokens[m.endToken];
    if (m.value.candidate.type === 'person' && next?.upper && next.gap === 'space') continue;
    if (m.value.common && (next?.text === 'of' || next?.text === 'for')) continue;
    // "Cairns Regional Council", "HMAS Cairns": the place's name is part of another one there.
    // ("The ADF deployed": an article opening the sentence is no word of an acronym's name.)
    const before = tokens[i - 1];
    if (
      m.value.again &&
      ((next?.upper && next.kind === 'word' && next.gap === 'space') ||
        (before?.upper &&
          before.kind === 'word' &&
          first.gap === 'space' &&
          !ctx.sentenceStart[i] &&
          !(first.allCaps && LEADING_STOPWORDS.has(before.text))))
    )
      continue;
    // "Mariah Thomas" after "Tariq Thomas": a capitalised word before the surname makes it another
    // person, unless it is a title ("State’s Attorney Burke"); opening a sentence, a given name or
    // a word that is no common word nor an abbreviation ("Mariah Thomas was charged", not
    // "Meanwhile Thomas said" or "SA Burke").
    const prev = tokens[i - 1];
    const otherPerson =
      m.value.candidate.type === 'person' &&
      prev !== undefined &&
      !taken[i - 1] &&
      !isNeverNameWord(ctx, i - 1) &&
      prev.kind === 'word' &&
      prev.upper &&
      first.gap === 'space' &&
      (!ctx.sentenceStart[i - 1] ||
        FIRST_NAMES.has(prev.text) ||
        AMBIGUOUS_FIRST_NAMES.has(prev.text) ||
        (!prev.allCaps && !isCommonWord(prev.text.toLowerCase())));
    const from = otherPerson && prev ? prev : first;
    out.push({
      ...m.value.candidate,
      startToken: otherPerson ? i - 1 : i,
      endToken: m.endToken,
      start: from.start,
      end: last.end,
    } as Candidate);
    for (let k = i; k < m.endToken; k++) taken[k] = 1;
    i = m.endToken - 1;
  }
  return out;
}

/**
 * The mentions after the tagger, with the surnames of the people it added ("Qanbar" after the
 * tagger's "Abboud Qanbar"): the rules' repeated names ran before the tagger and could not know
 * them. `rules` are the mentions the tagger was given; nothing is recomputed when it added no one.
 */
export function withTaggedSurnames(
  ctx: RecognitionContext,
  mentions: Candidate[],
  rules: readonly Candidate[],
  surnameOf: (name: string) => string,
): Candidate[] {
  // Only the rules' people of two words or more: no other rule mention could pass the filter below
  // anyway, and a set of every rule mention was the largest thing this function built.
  const known = new Set<Candidate>();
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i] as Candidate;
    if (r.type === 'person' && r.endToken - r.startToken >= 2) known.add(r);
  }
  let added = mentions.filter((m) => m.type === 'person' && !known.has(m) && m.endToken - m.startToken >= 2);
  if (added.length === 0) return mentions;
  // A last word the document also writes in lower case is a common word, and the tagger's "person"
  // a phrase ("The Federal Opposition", "Delphi Salaried Retirees"): its surname is not spread.
  // Only the few last words in question are looked for, not every word of the document collected.
  const lastWords = new Set(added.map((m) => ctx.tokens[m.endToken - 1]?.text.toLowerCase() ?? ''));
  const lowerWords = new Set<string>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i] as Token;
    if (lastWords.has(t.text) && t.kind === 'word' && !t.upper) lowerWords.add(t.text);
  }
  // Nor is a phrase opening with "The" a person's name.
  added = added.filter(
    (m) =>
      ctx.tokens[m.startToken]?.text !== 'The' &&
      !lowerWords.has(ctx.tokens[m.endToken - 1]?.text.toLowerCase() ?? ''),
  );
  if (added.length === 0) return mentions;
  const surnames = recognizeRepeatedNames(ctx, mentions, [], surnameOf, added);
  if (surnames.length === 0) return mentions;
  return mentions.concat(surnames).sort((a, b) => a.start - b.start || b.end - a.end);
}
