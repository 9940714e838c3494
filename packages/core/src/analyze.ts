/**
 * The pipeline: structure → tokens → recognisers → selection → document-level names → linking →
 * roles → summaries. Each stage is a pure function over plain data.
 */
import { mapPacked } from './arrays.js';
import { definitionSites } from './checks/definitions.js';
import { runChecks } from './checks/index.js';
import { dateBesideWeekday } from './dates/check.js';
import { SEASONS } from './dates/quarters.js';
import { resolveDate } from './dates/resolve.js';
import { type DateExpression, scanDates } from './dates/scan.js';
import { recognizeLocal } from './incremental/paragraphs.js';
import { beginAnalysis, type Reuse } from './incremental/reuse.js';
import { type Draft, linkEntities, surnameOf } from './link/link-entities.js';
import { linkRoles } from './link/link-roles.js';
import { linkPronouns } from './link/pronouns.js';
import { defineAcronyms } from './recognize/acronym-definitions.js';
import type { Candidate } from './recognize/candidate.js';
import type { RecognitionContext } from './recognize/context.js';
import { typeCountryActors } from './recognize/country-actors.js';
import { joinCountryBodies } from './recognize/country-bodies.js';
import { datelineInSouth, recognizeDatelinePlace } from './recognize/dateline-place.js';
import {
  applyDictionary,
  compileDictionary,
  nameDeclaredEntities,
  recognizeDictionaryNames,
  withoutIgnored,
} from './recognize/dictionary.js';
import { recognizeGroupReferences } from './recognize/group-references.js';
import { lexicon } from './recognize/lexicon.js';
import { recognizeListedBodies, recognizePartnerBodies } from './recognize/listed-bodies.js';
import { recognizeListedPeople } from './recognize/listed-people.js';
import { recognizeListedPlaces } from './recognize/listed-places.js';
import { tokenRange } from './recognize/offsets.js';
import { joinPlaceAddresses } from './recognize/place-addresses.js';
import { recognizeRankReferences } from './recognize/rank-references.js';
import { recognizeRepeatedNames, withTaggedSurnames } from './recognize/repeated-names.js';
import { selectCandidates } from './recognize/select.js';
import { typeShipNames } from './recognize/ship-names.js';
import { yieldToSurnames } from './recognize/surnames-over-names.js';
import { tagMentions } from './recognize/tagger/apply.js';
import { joinUnitChains } from './recognize/unit-chains.js';
import { recognizeUnnamedSpeakers } from './recognize/unnamed-speakers.js';
import { recognizeVocatives } from './recognize/vocatives.js';
import { findDateline } from './structure/dateline.js';
import { readStructure, type Structure } from './structure/read-structure.js';
import { attributeQuotes } from './structure/speakers.js';
import { summarizeEntities } from './summarize/entity-summary.js';
import { type Token, tokenize } from './text/tokenize.js';
import { type Analysis, type AnalyzeOptions, type Note, SCHEMA_ID } from './types.js';

function inRanges(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  // Ranges are sorted and disjoint; binary search for the one that could hold [start, end).
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (!r) break;
    if (r.end < end) lo = mid + 1;
    else if (r.start > start) hi = mid - 1;
    else return true;
  }
  return false;
}

function markTokens(
  ctx: RecognitionContext,
  ranges: readonly { start: number; end: number }[],
  into: Uint8Array,
  edgeOnly: boolean,
): void {
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as { start: number; end: number };
    const span = tokenRange(ctx.tokens, r.start, r.end);
    if (!span) continue;
    if (edgeOnly) into[span.startToken] = 1;
    else into.fill(1, span.startToken, span.endToken);
  }
}

/** Between a weekday and the date it opens: a space, or a comma and a space, on one line. */
const WEEKDAY_THEN_DATE = /^,?[^\S\r\n]+$/;

/** A season's name (dates/quarters.ts): its months are the north's in the date resolver. */
const SEASON = new RegExp(`\\b(?:${[...SEASONS.keys()].join('|')})\\b`, 'i');

function dateCandidates(
  ctx: RecognitionContext,
  dates: readonly DateExpression[],
  anchor: string | null,
  southern: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i] as DateExpression;
    const span = tokenRange(ctx.tokens, d.start, d.end);
    if (!span || ctx.skip[span.startToken]) continue;
    // "Monday, May 13, 2024", "Friday (October 10)": the weekday is that date's, not this week's.
    const beside = d.kind === 'weekday' ? dateBesideWeekday(ctx.text, dates, i, false) : undefined;
    // ("last summer" in a Sydney release: December to February, so no value rather than June to August.)
    const value = southern && SEASON.test(d.text) ? undefined : resolveDate(beside ?? d, anchor);
    // Written just before it on the line ("Monday 19 December", "Monday, May 13, 2024"), the
    // weekday and the date are one mention, as a reader (and re3d) takes them.
    const whole =
      beside !== undefined &&
      beside === dates[i + 1] &&
      WEEKDAY_THEN_DATE.test(ctx.text.slice(d.end, beside.start))
        ? tokenRange(ctx.tokens, d.start, beside.end)
        : undefined;
    if (whole) {
      out.push({
        type: 'date',
        ...whole,
        start: d.start,
        end: beside?.end ?? d.end,
        tier: 2,
        ...(value ? { value } : {}),
      });
      i++;
      continue;
    }
    out.push({ type: 'date', ...span, start: d.start, end: d.end, tier: 2, ...(value ? { value } : {}) });
  }
  return out;
}

/**
 * "Israeli" in "Israeli Defence Minister" or "Iraqi security forces" is a nationality as well as
 * part of the role or group: such qualifiers are kept as mentions nested inside the outer mention.
 */
function qualifiersInsideTitles(chosen: readonly Candidate[], known: readonly Candidate[]): Candidate[] {
  const holds = (c: Candidate) =>
    (c.type === 'role' || c.type === 'organization') && c.headStart !== undefined;
  // The known names are looked up only where a title with a head starts: a map of all of them
  // (tens of thousands in a long release) cost more than the few titles that ask.
  const titleStarts = new Set<number>();
  // Indexed loops: for-of in code that runs once per document allocates a result per element.
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i] as Candidate;
    if (holds(c)) titleStarts.add(c.start);
  }
  const byStart = new Map<number, Candidate>();
  for (let i = 0; i < known.length; i++) {
    const k = known[i] as Candidate;
    if (titleStarts.has(k.start) && !byStart.has(k.start)) byStart.set(k.start, k);
  }
  const out: Candidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const role = chosen[i] as Candidate;
    if (!holds(role)) continue;
    const q = byStart.get(role.start);
    if (q && q.end <= (role.headStart as number)) out.push(q);
  }
  return out;
}

/**
 * The structure, the tokens and what the recognisers read (also for tests of the stages); with an
 * analysis session's memo, the tokens of unchanged pieces are reused.
 */
export function recognitionContext(
  text: string,
  reuse?: Reuse,
): {
  structure: Structure;
  tokens: Token[];
  ctx: RecognitionContext;
} {
  const structure = readStructure(text);
  const tokens = reuse ? reuse.tokens.tokenize(text) : tokenize(text);
  const ctx: RecognitionContext = {
    text,
    tokens,
    lexicon: lexicon(),
    skip: new Uint8Array(tokens.length),
    sentenceStart: new Uint8Array(tokens.length),
  };
  markTokens(ctx, structure.residue, ctx.skip, false);
  markTokens(ctx, structure.sentences, ctx.sentenceStart, true);
  return { structure, tokens, ctx };
}

/** Analyse a press release or transcript. Pure, synchronous, deterministic. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(text, options, undefined);
}

/**
 * The pipeline, with an analysis session's memo (incremental/session.ts) when there is one. The
 * result does not depend on `reuse`: it only saves recomputing what the last analysis computed.
 */
export function analyzeWith(text: string, options: AnalyzeOptions, reuse: Reuse | undefined): Analysis {
  if (reuse) beginAnalysis(reuse);
  const { structure, tokens, ctx } = recognitionContext(text, reuse);

  const dates = scanDates(text, {}, tokens, reuse?.dates).filter(
    (d) => !inRanges(structure.residue, d.start, d.end),
  );
  const dateline = findDateline(text, structure.blocks, dates);
  const releaseDate = options.releaseDate ?? dateline.date;

  const dictionary = compileDictionary(options.dictionary);
  const declared = recognizeDictionaryNames(ctx, dictionary);
  // Paragraph-local recognisers: reused paragraph by paragraph in an analysis session.
  const local = recognizeLocal(
    ctx,
    mapPacked(structure.blocks, (b) => b.block),
    structure.mined,
    reuse?.paragraphs,
  );
  const chunks = { candidates: local.chunks, definitions: local.definitions };
  const knownNames = local.knownNames;
  // concat, not spreads: this code runs once per document, unoptimised, and a spread there
  // allocates an iterator result per element (tens of thousands of candidates).
  const southern = datelineInSouth(ctx, dateline.capsPlace);
  const candidates: Candidate[] = dateCandidates(ctx, dates, releaseDate, southern).concat(
    local.contacts,
    local.amounts,
    local.people,
    knownNames,
    chunks.candidates,
    local.documents,
    local.groups,
    local.places,
  );
  const datelinePlace = recognizeDatelinePlace(ctx, dateline.capsPlace);
  if (datelinePlace) candidates.push(datelinePlace);
  const allowed = withoutIgnored(text, declared.concat(candidates), dictionary);
  const selected = typeShipNames(
    ctx,
    typeCountryActors(
      ctx,
      joinUnitChains(ctx, joinCountryBodies(ctx, selectCandidates(allowed, tokens.length))),
    ),
  );
  // Acronyms defined after names the chunk reader did not type itself ("Iraq's Counter Terrorism Service (CTS)").
  const defined = defineAcronyms(ctx, selected);
  const listed = defined.mentions.concat(
    recognizeListedPlaces(ctx, defined.mentions),
    recognizeListedPeople(ctx, defined.mentions),
  );
  // After the listed people and places, which a list of bodies must leave alone.
  const bodies = listed.concat(recognizeListedBodies(ctx, listed));
  // "Lloyd Austin … Austin said": a surname written alone after the full name is the person's.
  const chosen = yieldToSurnames(ctx, bodies.concat(recognizePartnerBodies(ctx, bodies)));
  const definitions = chunks.definitions.concat(defined.definitions);
  const repeated = recognizeRepeatedNames(ctx, chosen, definitions, surnameOf);
  const ruleMentions = chosen
    .concat(
      repeated,
      recognizeGroupReferences(ctx, chosen.concat(repeated)),
      recognizeRankReferences(ctx, chosen),
      recognizeVocatives(ctx, chosen.concat(repeated)),
      recognizeUnnamedSpeakers(ctx, chosen),
      qualifiersInsideTitles(chosen, knownNames),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // The trained tagger (recognize/tagger) reads the rules' mentions as features and adds the names they missed.
  const tagged = joinPlaceAddresses(
    ctx,
    withTaggedSurnames(ctx, tagMentions(ctx, ruleMentions, reuse?.decode), ruleMentions, surnameOf),
  );
  const mentions = applyDictionary(ctx, tagged, declared, dictionary);

  // One string per distinct mention text: "NATO" is mentioned thousands of times in a long
  // release, and every mention in the result keeps its text.
  const surfaces = new Map<string, string>();
  const drafts: Draft[] = mapPacked(mentions, (c) => {
    const slice = text.slice(c.start, c.end);
    let surface = surfaces.get(slice);
    if (surface === undefined) {
      surface = slice;
      surfaces.set(slice, slice);
    }
    // Object.assign, not a spread: the spread is the slow path on candidates of many shapes.
    const draft = Object.assign({}, c) as Draft;
    draft.text = surface;
    return draft;
  });
  const { entities, idOf, ids } = linkEntities(text, drafts);
  nameDeclaredEntities(drafts, entities, idOf);
  linkRoles(text, drafts, entities, idOf);

  const sections = attributeQuotes(text, structure.sections, drafts, idOf);
  const notes: Note[] = runChecks({
    text,
    tokens,
    skip: ctx.skip,
    sections,
    entities,
    dates,
    definitions: definitionSites(text, tokens, definitions, ctx.skip),
    ignore: dictionary.ignore,
  });
  // After the checks, which read named mentions only; pronouns need the quotes' speakers.
  linkPronouns({ text, sections, sentences: structure.sentences, drafts, ids, entities });
  summarizeEntities(entities);

  const placeEntity = dateline.capsPlace
    ? undefined
    : entities.find(
        (e) =>
          e.type === 'location' &&
          dateline.expression !== undefined &&
          e.mentions.some(
            (m) =>
              m.end <= (dateline.expression?.start ?? 0) &&
              /^,?\s*$/.test(text.slice(m.end, dateline.expression?.start)),
          ),
      );
  const titleSection = structure.sections.find((s) => s.kind === 'title');
  return {
    schema: SCHEMA_ID,
    document: {
      title: titleSection ? text.slice(titleSection.start, titleSection.end) : null,
      date: releaseDate ?? null,
      place: dateline.capsPlace?.name ?? placeEntity?.name ?? null,
      sections,
      sentences: structure.sentences,
    },
    entities,
    notes,
  };
}
