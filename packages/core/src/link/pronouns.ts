/**
 * Pronoun coreference: a pronoun that refers to an entity of the document becomes a mention of
 * that entity, marked `pronoun: true`. Runs last, over finished entities, so pronouns never change
 * an entity's name, aliases, id or order (all of which come from named mentions).
 *
 * The rules, each chosen because it is precise (measured on the re3d dev split; docs/accuracy.md):
 * - "I", "me": the speaker of the voice the pronoun is in. A voice is a quote or transcript turn
 *   whose speaker is known, or the text after a colon introduction ("Philip Hammond said: I am
 *   appalled…"), which runs to the next introduction, turn or the end of the text.
 * - "we", "us": the voice's organisation: the organisation of the speaker's role ("Tobias Ellwood,
 *   Foreign Office Minister" → Foreign Office), else the organisation that is the subject of the
 *   nearest sentence before it in the same voice ("The United States strongly condemns … We").
 * - "he", "she": a person named in the same sentence before it (the first, the likely subject) or
 *   else in the previous sentence (its first person), or else the person an earlier "he" of the
 *   previous sentence referred to (a biography's chain of "He …").
 * - "him": a person in the same sentence who is not its subject ("urged Lavrov … to press him" is
 *   never the subject's own "him") nor that of a later clause holding it ("…, and President Trump
 *   nominated him"), else the previous sentence's first person.
 * - "they": an organisation that is the subject of the same or the previous sentence, with no
 *   person named in between ("ISIL … They falsely use the name of Islam").
 * - "it": an organisation, only where that is safe to read (docs/accuracy.md): reported speech
 *   ("The IDF reiterates that it is acting"), "It said …" after an organisation's sentence, and an
 *   article's definition ("The Syrian Computer Society is an organization in Syria. It was founded
 *   …") with the "It"s that follow it. An "It" after a sentence about a product or an event is
 *   that thing ("Acme unveiled the X200 drone. It can fly …"), so no other "it" is linked.
 * A pronoun with no antecedent stays unlinked. Possessives ("my", "our", "his", "their", "its")
 * are left alone: on re3d they are rarely references to annotate.
 */
import { entitiesById, mapHoley } from '../arrays.js';
import type { Entity, Mention, Section } from '../types.js';
import type { Draft } from './link-entities.js';

interface Named {
  start: number;
  end: number;
  /** Start of the mention with its title ("Gen." of "Gen. Votel"). */
  from: number;
  entity: Entity;
  /** A title standing for a person ("the Foreign Secretary"), not a name. */
  fromRole: boolean;
  /** An organisation that issues statements in its own voice: a state, a government body. */
  issuer: boolean;
  /** A country acting as a state ("The UK will continue"). */
  country: boolean;
}

/** Names of bodies that speak as "we" in a statement ("the UK Government", "State Department"). */
const ISSUER_NAME =
  /\b(?:Government|Ministry|Department|Office|European Union|Administration|Embassy|Delegation)\b/;

interface Voice {
  start: number;
  end: number;
  /** Undefined for a quote or turn whose speaker is unknown: its "I" is nobody we know. */
  speaker: Entity | undefined;
  /** Quotes and turns outrank colon introductions when both hold a pronoun. */
  explicit: boolean;
}

const SPEECH_INTRO =
  /\b(?:said|says|added|adds|stated|states|noted|notes|explained|explains|continued|told reporters|remarked|commented|declared)\b[^.!?\r\n:"“]{0,40}:/g;
/** A heading that presents the text as someone's words ("Remarks by …", "Foreign Secretary statement on …"). */
const SPEECH_HEADING = /\b(?:press conference|remarks|speech|statement|address|interview|op-ed)\b/i;
/** A person right after a preposition is rarely the "he" that follows ("told President Xi when he …"). */
const PREPOSITION_BEFORE = /\b(?:to|with|by|from|for|on|at|against|about|of)\s+(?:the\s+)?$/;
const PRONOUN = /\b(?:I|me|[Ww]e|us|[Hh]e|[Ss]he|him|[Tt]hey|[Ii]t)\b/g;
/** Verbs reporting what an organisation says: "CENTCOM said it had destroyed", "It said the drones …". */
const REPORTING =
  '(?:said|says|announced|announces|stated|states|added|adds|reiterated|reiterates|confirmed|confirms|noted|notes|reported|reports|explained|explains|insisted|insists|stressed|stresses|maintained|maintains|warned|warns|claimed|claims|denied|denies|acknowledged|acknowledges|believes|believed|expects|expected)';
/**
 * Between an organisation and its "it": a reporting verb, at most an adverb or a day before it,
 * "that" after ("The IDF reiterates that it"), after the lead's brackets and apposition ("American
 * Battery Materials, Inc. (OTC PINK: BLTH) ("ABM"), a U.S.-based company …, today announced that it").
 * Tested on at most REPORTED_REACH characters.
 */
const REPORTED_IT = new RegExp(
  String.raw`^(?:\s*\([^()]{0,80}\)){0,3}(?:,[^;]{0,250},)?\s+(?:(?:also|again|today|yesterday|previously|earlier|later|has|had|have|on\s+\p{Lu}\p{Ll}+day),?\s+){0,2}${REPORTING}\s+(?:(?:today|on\s+\p{Lu}\p{Ll}+day),?\s+)?(?:that\s+)?$`,
  'u',
);
const REPORTED_REACH = 400;
/**
 * The reported "it" is its clause's subject, a verb or an auxiliary after it ("said it had
 * destroyed", "announced that it plans"), not the object of the reporting verb ("Reuters reported
 * it first.", "The FBI confirmed it on Monday").
 */
const IT_AS_SUBJECT =
  /^\s+(?:(?:also|still|now|then|already|never|not|soon|again)\s+)?(?:would|will|had|has|have|is|was|were|are|can|could|may|might|must|should|shall|did|does|do|won|didn|doesn|isn|wasn|hasn|hadn|wouldn|couldn|shouldn|\p{Ll}+(?:s|ed))\b/u;
/** "It said …": a sentence that opens with "It" and a reporting verb speaks for an organisation. */
const IT_REPORTS = new RegExp(String.raw`^\s+(?:(?:also|later|earlier|previously)\s+)?${REPORTING}\b`);
/** A definition: the organisation, then "is a", "was an", "is one of" ("The Syrian Computer Society is an organization in Syria."). */
const DEFINITION = /^[^,;.!?]{0,40}?\s(?:is|was)\s+(?:a|an|one|the)\b/;
/** An expletive "it": a form of "be" (or "seems", "appears") and a "that"- or "to"-clause soon after ("It is clear that", "it was reported that", "it is important to"). */
const EXPLETIVE_IT =
  /^\s+(?:is|was|will be|would be|has been|had been|may be|might be|could be|should be|must be|remains|remained|seems|seemed|appears|appeared|becomes|became|takes|took|means)\s+(?:not\s+)?(?:[\w’'-]+,?\s+){0,4}?(?:that|to|for|whether|how|why|when|what|if|since)\b/;
/** The word before "I", when capitalised: "World War I", "Phase I" (a numeral, unless it opens the sentence: "Again I"). */
const CAPITALISED_WORD_BEFORE = /(?:^|\s)\p{Lu}[\p{L}.]*\s+$/u;

function sentenceIndex(sentences: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first item starting at or after `offset` in a list sorted by start. */
function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Named mentions (of `type`, or of either type when undefined) starting in [from, to), in text order. */
function namedIn(
  named: readonly Named[],
  type: Entity['type'] | undefined,
  from: number,
  to: number,
): Named[] {
  const out: Named[] = [];
  // An antecedent is near: at most REACH characters back, so a text without full stops stays linear.
  from = Math.max(from, to - REACH);
  for (let k = firstAtOrAfter(named, from); k < named.length; k++) {
    const n = named[k];
    if (!n || n.start >= to) break;
    if (type === undefined || n.entity.type === type) out.push(n);
  }
  return out;
}

/** The organisation follows a person's name and a comma: whom the person works for ("Bob Hargrove, Associated Press"). */
function affiliation(text: string, named: readonly Named[], n: Named): boolean {
  if (text.slice(n.from - 2, n.from) !== ', ') return false;
  const people = namedIn(named, 'person', n.from - 2 - REACH, n.from - 1);
  return people[people.length - 1]?.end === n.from - 2;
}

/** The mention is the sentence's subject: nothing but "the" (or an opening quote) before it. */
function isSubject(text: string, sentenceStart: number, n: Named): boolean {
  return /^\s*["“‘]?(?:[Tt]he\s+)?$/.test(text.slice(sentenceStart, n.from));
}

/** Words after which a clause starts with its subject (not a comma: "On Tuesday, Secretary Austin brought … with him"). */
const CLAUSE_OPENING = /(?:;|\b(?:and|but|while|when|after|before|because|whereas))\s+(?:the\s+)?$/;
/** What ends the clause between its subject and a pronoun (a reporting verb opens the one reported: "Smith said detectives had questioned him"). */
const CLAUSE_BREAK =
  /[,;:]|\b(?:that|who|whom|which|and|but|said|says|told|tells|added|adds|stated|noted|believes|believed|thinks|thought)\b/;

/** `n` is the subject of a clause after the sentence's first that runs on to `at` ("…, and Trump nominated him"). */
function opensClauseOf(text: string, sentenceStart: number, n: Named, at: number): boolean {
  return (
    n.from > sentenceStart &&
    CLAUSE_OPENING.test(text.slice(Math.max(sentenceStart, n.from - 12), n.from)) &&
    !CLAUSE_BREAK.test(text.slice(n.end, at))
  );
}

function colonVoices(text: string, named: readonly Named[]): { at: number; speaker: Entity }[] {
  const out: { at: number; speaker: Entity }[] = [];
  for (const m of text.matchAll(SPEECH_INTRO)) {
    const verb = m.index ?? 0;
    // The clause before the verb, back to the line or sentence start: "Speaking today, Minister Ellwood said:".
    let from = verb;
    while (from > 0 && verb - from < 160 && !/[\r\n.!?]/.test(text[from - 1] ?? '')) from--;
    const people = namedIn(named, 'person', from, verb);
    const speaker = people.find((p) => !p.fromRole) ?? people[0];
    if (speaker) out.push({ at: verb + m[0].length, speaker: speaker.entity });
  }
  return out;
}

function voicesOf(
  text: string,
  sections: readonly Section[],
  named: readonly Named[],
  byId: Map<string, Entity>,
): Voice[] {
  const voices: Voice[] = [];
  const turnStarts: number[] = [];
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i] as Section;
    if (s.kind !== 'quote' && s.kind !== 'transcript-turn') continue;
    if (s.kind === 'transcript-turn') turnStarts.push(s.start);
    const speaker = s.speakerId ? byId.get(s.speakerId) : undefined;
    voices.push({ start: s.start, end: s.end, speaker, explicit: true });
  }
  const intros = colonVoices(text, named);
  // "Press conference by NATO Secretary General Jens Stoltenberg": the rest of the text is his.
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i] as Section;
    if (s.kind !== 'title' && s.kind !== 'subhead') continue;
    if (!SPEECH_HEADING.test(text.slice(s.start, s.end))) continue;
    const people = namedIn(named, 'person', s.start, s.end);
    const speaker = people.find((p) => !p.fromRole) ?? people[0];
    if (speaker) voices.push({ start: s.end, end: text.length, speaker: speaker.entity, explicit: false });
  }
  const stopOffsets = [...turnStarts, ...intros.map((i) => i.at), text.length].sort((a, b) => a - b);
  const stops = mapHoley(stopOffsets, (at) => ({ start: at }));
  for (const intro of intros) {
    const end = stops[firstAtOrAfter(stops, intro.at + 1)]?.start ?? text.length;
    voices.push({ start: intro.at, end, speaker: intro.speaker, explicit: false });
  }
  return voices.sort((a, b) => a.start - b.start);
}

/**
 * How many voices starting before an offset are looked at: voices nest at most a few deep (a
 * quote in a turn inside a speech), so the innermost holding the offset is among the last ones
 * started, and each look-up stays constant after the binary search.
 */
const VOICE_LOOKBACK = 8;
/** How far back (characters) a pronoun looks for an antecedent inside a sentence. */
const REACH = 1000;
/** Sentences searched back for the organisation a "we" speaks for. */
const SUBJECT_LOOKBACK = 12;

function voiceAt(voices: readonly Voice[], offset: number): Voice | undefined {
  let best: Voice | undefined;
  const last = firstAtOrAfter(voices, offset + 1) - 1;
  for (let k = last; k >= 0 && k > last - VOICE_LOOKBACK; k--) {
    const v = voices[k];
    if (!v || offset >= v.end) continue;
    if (!best || (v.explicit && !best.explicit)) best = v;
  }
  return best;
}

export interface PronounContext {
  text: string;
  sections: readonly Section[];
  sentences: readonly { start: number; end: number }[];
  drafts: readonly Draft[];
  /** Entity id of each draft, by index (link-entities.ts). */
  ids: readonly string[];
  entities: Entity[];
}

/** Add pronoun mentions to `entities` (in place); returns how many were linked. */
export function linkPronouns(ctx: PronounContext): number {
  const { text, sentences, entities } = ctx;
  const byId = entitiesById(entities);
  const named: Named[] = [];
  // Indexed: once per document, often unoptimised, where for-of allocates a result per element.
  for (let i = 0; i < ctx.drafts.length; i++) {
    const d = ctx.drafts[i] as Draft;
    const entity = byId.get(ctx.ids[i] ?? '');
    if (!entity || (entity.type !== 'person' && entity.type !== 'organization')) continue;
    // "Thanks, John. Did he ask …": the one spoken to is no antecedent.
    if (d.addressed) continue;
    // A country acting as a state is an organisation mention carrying its country's name.
    const actor = entity.type === 'organization' && d.country !== undefined && d.country === d.canonical;
    named.push({
      start: d.start,
      end: d.end,
      from: d.title ? Math.min(d.title.start, d.start) : d.start,
      entity,
      fromRole: d.fromRole === true,
      issuer: entity.type === 'organization' && (actor || ISSUER_NAME.test(entity.name)),
      country: actor,
    });
  }
  named.sort((a, b) => a.start - b.start);
  // Any mention (of any type) blocks a pronoun inside it: "I" of "World War I" when it is a name.
  const covered = mapHoley(ctx.drafts, (d) => ({
    start: d.title ? Math.min(d.title.start, d.start) : d.start,
    end: d.end,
  }));
  covered.sort((a, b) => a.start - b.start);
  const voices = voicesOf(text, ctx.sections, named, byId);

  const added = new Map<Entity, Mention[]>();
  /** Entity each resolved he/she referred to, by sentence index: the chain of a biography. */
  const heIn = new Map<number, Entity>();
  /** Organisation each resolved "it" referred to, by sentence index: an article's chain of "It". */
  const itIn = new Map<number, Entity>();
  const link = (entity: Entity, start: number, end: number) => {
    const list = added.get(entity) ?? [];
    list.push({ start, end, text: text.slice(start, end), pronoun: true });
    added.set(entity, list);
  };

  for (const m of text.matchAll(PRONOUN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const si = sentenceIndex(sentences, start);
    const sentence = sentences[si];
    if (!sentence) continue;
    const k = firstAtOrAfter(covered, start + 1);
    if (covered.slice(Math.max(0, k - 8), k).some((c) => c.start <= start && end <= c.end)) continue;
    const word = m[0].toLowerCase();
    let antecedent: Entity | undefined;
    if (word === 'i' || word === 'me') {
      if (word === 'i' && start > sentence.start) {
        // Only the last few characters: the check stays constant per pronoun.
        const from = Math.max(sentence.start, start - 40);
        const before = CAPITALISED_WORD_BEFORE.exec(text.slice(from, start));
        if (
          before &&
          from + before.index + (before[0].length - before[0].trimStart().length) > sentence.start
        )
          continue;
      }
      const speaker = voiceAt(voices, start)?.speaker;
      if (speaker?.type === 'person') antecedent = speaker;
    } else if (word === 'we' || word === 'us') {
      antecedent = voiceOrganisation(
        text,
        voiceAt(voices, start),
        named,
        sentences,
        si,
        byId,
        word === 'us' ? start : -1,
      );
    } else if (word === 'he' || word === 'she' || word === 'him') {
      // Whoever speaks says "I", never "he": a third person inside a voice is someone else.
      const voice = voiceAt(voices, start);
      const speaker = voice?.speaker;
      // In a transcript, a turn is one speaker's: "he" does not reach back into the question.
      const floor = voice?.explicit ? voice.start : 0;
      const people = (from: number, to: number) =>
        namedIn(named, 'person', Math.max(from, floor), to).filter(
          (n) =>
            n.entity !== speaker &&
            (word === 'him' || !PREPOSITION_BEFORE.test(text.slice(Math.max(0, n.from - 12), n.from))),
        );
      const previous = sentences[si - 1];
      if (word === 'him') {
        // "him" is never the subject of its own clause: "Kerry … urged Lavrov … to press him" is Lavrov.
        // Nor of a later clause: "The Senate confirmed McKenzie …, and President Trump nominated him".
        const here = people(sentence.start, start).filter(
          (n, i) =>
            !(i === 0 && isSubject(text, sentence.start, n)) &&
            !opensClauseOf(text, sentence.start, n, start),
        );
        antecedent = here[here.length - 1]?.entity;
        if (!antecedent && previous) antecedent = people(previous.start, previous.end)[0]?.entity;
      } else {
        antecedent = people(sentence.start, start)[0]?.entity;
        if (!antecedent && previous) antecedent = people(previous.start, previous.end)[0]?.entity;
        if (!antecedent && (!voice?.explicit || (previous && previous.start >= floor)))
          antecedent = heIn.get(si) ?? heIn.get(si - 1);
        if (antecedent) heIn.set(si, antecedent);
      }
    } else if (word === 'they') {
      antecedent = theyAntecedent(text, named, sentences, si, start);
    } else if (word === 'it') {
      antecedent = itAntecedent(text, named, sentences, si, start, itIn);
      if (antecedent) itIn.set(si, antecedent);
    }
    // Never before the entity is named: entities stay in order of their first named mention.
    if (antecedent && (antecedent.mentions[0]?.start ?? end) < start) link(antecedent, start, end);
  }

  for (const [entity, mentions] of added) {
    entity.mentions = [...entity.mentions, ...mentions].sort((a, b) => a.start - b.start);
  }
  let count = 0;
  for (const list of added.values()) count += list.length;
  return count;
}

function voiceOrganisation(
  text: string,
  voice: Voice | undefined,
  named: readonly Named[],
  sentences: readonly { start: number; end: number }[],
  si: number,
  byId: Map<string, Entity>,
  /** For "us": its offset, since the subject of its own sentence is someone else ("The EU joined us"). */
  objectAt: number,
): Entity | undefined {
  if (voice?.explicit && !voice.speaker) return undefined;
  if (voice?.speaker) {
    for (const role of voice.speaker.roles) {
      const of = role.of ? byId.get(role.of) : undefined;
      if (of?.type === 'organization') return of;
    }
  }
  // A state or government body that is the subject of the nearest sentence before, inside the same
  // voice ("The United States strongly condemns … We"). Looking ahead as well ("We are seeing
  // heartbreaking scenes. The UK will continue …") added 0.1 point on dev and would put a pronoun
  // before the entity's first name.
  const floor = voice ? voice.start : 0;
  const ceiling = voice ? voice.end : Number.POSITIVE_INFINITY;
  const subjectIn = (j: number): Entity | undefined => {
    const s = sentences[j];
    if (!s || s.end <= floor || s.start >= ceiling) return undefined;
    const from = Math.max(s.start, floor);
    const first = namedIn(named, 'organization', from, Math.min(s.end, from + 80))[0];
    if (objectAt >= s.start && objectAt < s.end) return undefined;
    return first?.issuer && isSubject(text, from, first) ? first.entity : undefined;
  };
  // At most SUBJECT_LOOKBACK sentences back, so a long text without a subject stays linear.
  for (let j = si; j >= 0 && j > si - SUBJECT_LOOKBACK && (sentences[j]?.end ?? 0) > floor; j--) {
    const found = subjectIn(j);
    if (found) return found;
  }
  return undefined;
}

function theyAntecedent(
  text: string,
  named: readonly Named[],
  sentences: readonly { start: number; end: number }[],
  si: number,
  at: number,
): Entity | undefined {
  for (let j = si; j >= Math.max(0, si - 1); j--) {
    const s = sentences[j];
    if (!s) continue;
    // A country acting as a state is "it", not "they" ("Turkey … the work they do" is someone else).
    // Nor is a name that only qualifies the next word ("NATO Allies … they" are the Allies).
    const orgs = namedIn(named, 'organization', s.start, Math.min(s.end, at)).filter(
      (n) =>
        !n.country &&
        !/^ \p{Lu}/u.test(text.slice(n.end, n.end + 2)) &&
        // "Bob Hargrove, Associated Press. … when will they …": a reporter's outlet is no subject.
        !affiliation(text, named, n),
    );
    const last = orgs[orgs.length - 1];
    if (!last) continue;
    if (namedIn(named, 'person', last.end, at).length > 0) return undefined;
    return last.entity;
  }
  return undefined;
}

/**
 * The organisation an "it" refers to, in the three ways that are safe to read (an "It" after a
 * sentence about a product, an act or an event is that thing, which no rule here can tell apart):
 * - reported speech: "The IDF reiterates that it is acting", "CENTCOM said it had destroyed";
 * - "It said …" opening a sentence after one whose subject is an organisation;
 * - an article's chain: "The Syrian Computer Society is an organization in Syria. It was founded
 *   …", and each "It" opening one of the next two sentences after a linked one.
 */
function itAntecedent(
  text: string,
  named: readonly Named[],
  sentences: readonly { start: number; end: number }[],
  si: number,
  at: number,
  itIn: ReadonlyMap<number, Entity>,
): Entity | undefined {
  const sentence = sentences[si];
  if (!sentence) return undefined;
  const subjectOf = (j: number, to: number): Named | undefined => {
    const s = sentences[j];
    if (!s) return undefined;
    const first = namedIn(named, undefined, s.start, to)[0];
    return first && isSubject(text, s.start, first) ? first : undefined;
  };
  // Reported speech in its own sentence: the organisation, a reporting verb, "that", "it".
  const own = subjectOf(si, at);
  if (own) {
    return own.entity.type === 'organization' &&
      at - own.end <= REPORTED_REACH &&
      REPORTED_IT.test(text.slice(own.end, at)) &&
      IT_AS_SUBJECT.test(text.slice(at + 2, at + 40))
      ? own.entity
      : undefined;
  }
  const opening = /^\s*["“‘]?$/.test(text.slice(sentence.start, at));
  if (!opening) return undefined;
  const after = text.slice(at + 2, at + 80);
  if (EXPLETIVE_IT.test(after)) return undefined;
  const previous = subjectOf(si - 1, sentences[si - 1]?.end ?? 0);
  if (IT_REPORTS.test(after)) {
    if (previous?.entity.type === 'organization') return previous.entity;
    return itIn.get(si - 1);
  }
  if (previous) {
    const s = sentences[si - 1];
    return previous.entity.type === 'organization' && s && DEFINITION.test(text.slice(previous.end, s.end))
      ? previous.entity
      : undefined;
  }
  // "It has a stem cell bank. The hospital provides … It also performs …": the chain goes on.
  return itIn.get(si - 1) ?? (subjectOf(si - 2, sentences[si - 2]?.end ?? 0) ? undefined : itIn.get(si - 2));
}
