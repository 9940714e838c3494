/**
 * compromise (+ compromise-dates) as a predictor, the JavaScript peer: people → person,
 * places → location, organizations → organization, dates → date.
 *
 * compromise is a devDependency only: it is loaded with a dynamic import, and a missing install is
 * reported in one line (PeerUnavailableError).
 *
 * Offsets. compromise's term offsets (`json({ terms: { offset: true } })`) are UTF-16 indices into
 * the original text, pointing at the term's own text without the punctuation and spaces around it
 * (verified on the whole re3d corpus and on astral characters, contractions and curly quotes in the
 * unit tests). Its match-level offset is not usable as is: it starts after a leading quote but its
 * length counts the quote ("“President Obama”" → "President Obama” "). So a match's span is taken
 * from its terms: the first real term's start to the last real term's end (the empty "not" that
 * compromise adds for "can't" is skipped). A term whose text is not found at its offset is
 * realigned on its nearest occurrence within 64 characters, and the match is dropped when
 * none is found. A trailing possessive ('s) that compromise keeps inside a term ("Aleppo's") is
 * cut, since no re3d annotation includes one.
 */
import type { EntityType } from '@dateline/core';
import type { Prediction, Predictor, Range } from '../types.js';

export class PeerUnavailableError extends Error {
  override readonly name = 'PeerUnavailableError';
}

interface CompromiseTerm {
  text: string;
  offset?: { start: number; length: number };
}
interface CompromiseMatch {
  terms?: CompromiseTerm[];
}
interface CompromiseView {
  json(options: object): CompromiseMatch[];
}
type CompromiseDoc = Record<'people' | 'places' | 'organizations' | 'dates', () => CompromiseView>;
interface Nlp {
  (text: string): CompromiseDoc;
  plugin(plugin: unknown): unknown;
}

/** Which compromise views give which types. */
const VIEWS: readonly [keyof CompromiseDoc, EntityType][] = [
  ['people', 'person'],
  ['places', 'location'],
  ['organizations', 'organization'],
  ['dates', 'date'],
];

const JSON_OPTIONS = { text: true, terms: { text: true, offset: true }, offset: true };
const REALIGN_WINDOW = 64;

let loading: Promise<Predictor> | undefined;

/** The compromise predictor; loads compromise and compromise-dates on first call. */
export function loadCompromisePredictor(): Promise<Predictor> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<Predictor> {
  const nlp = (await importPeer('compromise')) as Nlp;
  nlp.plugin(await importPeer('compromise-dates'));
  return (text) => compromisePredictions(nlp(text), text);
}

/** The default export of a peer package; PeerUnavailableError when it is not installed. */
async function importPeer(name: string): Promise<unknown> {
  try {
    // A variable specifier: TypeScript does not need the package (or its types) to build.
    const module = (await import(name)) as { default?: unknown };
    return module.default ?? module;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new PeerUnavailableError(
        `peer '${name}' is not installed (npm install --save-dev compromise compromise-dates)`,
      );
    }
    throw error;
  }
}

/** Predictions from a compromise document of `text`. Exported for tests. */
export function compromisePredictions(doc: CompromiseDoc, text: string): Prediction[] {
  const predictions: Prediction[] = [];
  for (const [view, type] of VIEWS) {
    for (const match of doc[view]().json(JSON_OPTIONS)) {
      const range = matchRange(match, text);
      if (range !== undefined) predictions.push({ type, ...range });
    }
  }
  return predictions;
}

/** The span of a match from its terms (see the file comment); undefined when it cannot be aligned. */
export function matchRange(match: CompromiseMatch, text: string): Range | undefined {
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  for (const term of match.terms ?? []) {
    if (term.text === '' || term.offset === undefined) continue;
    const at = alignTerm(term.text, term.offset.start, text);
    if (at === undefined) return undefined;
    start = Math.min(start, at);
    end = Math.max(end, at + term.text.length);
  }
  if (end < 0) return undefined;
  if (end - start > 2 && /['’]s$/i.test(text.slice(end - 2, end))) end -= 2;
  return { start, end };
}

function alignTerm(termText: string, offset: number, text: string): number | undefined {
  if (text.startsWith(termText, offset)) return offset;
  let best: number | undefined;
  for (
    let at = text.indexOf(termText, Math.max(0, offset - REALIGN_WINDOW));
    at !== -1 && at <= offset + REALIGN_WINDOW;
    at = text.indexOf(termText, at + 1)
  ) {
    if (best === undefined || Math.abs(at - offset) < Math.abs(best - offset)) best = at;
  }
  return best;
}
