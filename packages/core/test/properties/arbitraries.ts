/**
 * fast-check arbitraries for press releases: realistic ones built from the vocabulary (headline,
 * source line, dateline, lead, paragraphs of sentences, quotes, lists, transcript turns, boilerplate,
 * contact block, end mark, page residue), the same with hostile fragments mixed in and line endings
 * changed, shapeless token soup, raw random strings, and mutations of real releases.
 */
import fc from 'fast-check';
import * as V from './vocabulary.js';

type Arb<T> = fc.Arbitrary<T>;

const from = <T>(values: readonly T[]): Arb<T> => fc.constantFrom(...values);

const capitalise = (s: string): string => (s === '' ? s : `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`);

// ---------------------------------------------------------------------------------------------
// Phrases

export const personName: Arb<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(from(V.FIRST_NAMES), from(V.SURNAMES)).map(([f, s]) => `${f} ${s}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(from(V.FIRST_NAMES), fc.constantFrom('J.', 'A.', 'de la', 'Jr.'), from(V.SURNAMES))
      .map(([f, m, s]) => `${f} ${m} ${s}`),
  },
  { weight: 1, arbitrary: fc.tuple(from(V.HONORIFICS), from(V.SURNAMES)).map(([h, s]) => `${h} ${s}`) },
  { weight: 1, arbitrary: from(V.SURNAMES) },
);

export const titledPerson: Arb<string> = fc.oneof(
  fc.tuple(from(V.TITLES), personName).map(([t, p]) => `${t} ${p}`),
  fc.tuple(from(V.ORGANISATIONS), from(V.TITLES), personName).map(([o, t, p]) => `${o} ${t} ${p}`),
  fc.tuple(personName, from(V.TITLES), from(V.ORGANISATIONS)).map(([p, t, o]) => `${p}, ${t} of ${o},`),
  fc.tuple(from(V.NATIONALITIES), from(V.TITLES), personName).map(([n, t, p]) => `${n} ${t} ${p}`),
);

export const absoluteDate: Arb<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 33 }),
    from(V.MONTHS),
    fc.integer({ min: 1890, max: 2100 }),
    from(V.WEEKDAYS),
    fc.nat(6),
  )
  .map(([day, month, year, weekday, style]) => {
    const mm = String((V.MONTHS.indexOf(month) % 12) + 1).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    switch (style) {
      case 0:
        return `${day} ${month} ${year}`;
      case 1:
        return `${month} ${day}, ${year}`;
      case 2:
        return `${weekday}, ${day} ${month}`;
      case 3:
        return `${year}-${mm}-${dd}`;
      case 4:
        return `${dd}/${mm}/${year}`;
      case 5:
        return `${weekday} (${day} ${month} ${year})`;
      default:
        return `${month} ${year}`;
    }
  });

export const date: Arb<string> = fc.oneof(absoluteDate, from(V.RELATIVE_DATES));

export const entityPhrase: Arb<string> = fc.oneof(
  { weight: 3, arbitrary: personName },
  { weight: 3, arbitrary: titledPerson },
  { weight: 3, arbitrary: from(V.PLACES) },
  { weight: 3, arbitrary: from(V.ORGANISATIONS) },
  { weight: 1, arbitrary: from(V.ACRONYMS) },
  { weight: 1, arbitrary: from(V.NATIONALITIES) },
  { weight: 1, arbitrary: from(V.EVENTS) },
  { weight: 3, arbitrary: date },
  { weight: 2, arbitrary: from(V.AMOUNTS) },
  { weight: 1, arbitrary: from(V.EQUIPMENT) },
  { weight: 1, arbitrary: from(V.DOCUMENTS) },
  { weight: 1, arbitrary: from(V.CONTACTS) },
);

/** Hostile fragments: emoji, combining marks, RTL text, controls, lone surrogates, odd line breaks, long words, random code points. */
export const noise: Arb<string> = fc.oneof(
  { weight: 3, arbitrary: from(V.EMOJI) },
  { weight: 2, arbitrary: from(V.COMBINING) },
  { weight: 2, arbitrary: from(V.RTL) },
  { weight: 3, arbitrary: from(V.CONTROLS) },
  { weight: 2, arbitrary: from(V.LONE_SURROGATES) },
  { weight: 2, arbitrary: from(V.LINE_BREAKS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('x', 'W', 'ß', 'é', '😀', '-', '.', '@', '9', 'Ab'),
        fc.integer({ min: 100, max: 3000 }),
      )
      .map(([unit, n]) => unit.repeat(n)),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
);

const filler: Arb<string> = fc
  .array(from(V.FILLER_WORDS), { minLength: 1, maxLength: 6 })
  .map((w) => w.join(' '));

/** A sentence-ish run of entity phrases and filler words with an optional terminator. */
export const sentence: Arb<string> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: filler }, { weight: 2, arbitrary: entityPhrase }), {
      minLength: 1,
      maxLength: 10,
    }),
    fc.constantFrom('.', '.', '.', '!', '?', '', ';', '…', '.”'),
  )
  .map(([parts, end]) => `${capitalise(parts.join(' '))}${end}`);

/** Sentences shaped like real ones: who did what where and when. */
export const templateSentence: Arb<string> = fc.oneof(
  fc
    .tuple(titledPerson, from(V.ORGANISATIONS), from(V.PLACES), date)
    .map(([p, o, pl, d]) => `${p} met ${o} ministers in ${pl} ${d}.`),
  fc
    .tuple(from(V.ORGANISATIONS), from(V.AMOUNTS), from(V.EQUIPMENT), date)
    .map(([o, a, e, d]) => `${capitalise(o)} announced ${a} for ${e} ${d}.`),
  fc
    .tuple(from(V.QUOTE_TEXTS), from(V.VERBS), personName, from(V.TITLES), from(V.ORGANISATIONS))
    .map(([q, v, p, t, o]) => `“${q},” ${v} ${p}, ${t} of ${o}.`),
  fc.tuple(personName, from(V.VERBS), from(V.QUOTE_TEXTS)).map(([p, v, q]) => `${p} ${v}: "${q}."`),
  fc
    .tuple(from(V.ORGANISATIONS), from(V.ACRONYMS), from(V.DOCUMENTS), from(V.EVENTS))
    .map(([o, a, doc, e]) => `The ${o.replace(/^the /, '')} (${a}) invoked ${doc} at ${e}.`),
  fc
    .tuple(from(V.NATIONALITIES), from(V.PLACES), from(V.AMOUNTS))
    .map(([n, pl, a]) => `${n} forces in ${pl} received ${a}, officials said.`),
  fc
    .tuple(from(V.HONORIFICS), from(V.SURNAMES), from(V.RELATIVE_DATES))
    .map(([h, s, d]) => `${h} ${s} will travel to the region ${d}.`),
);

const anySentence: Arb<string> = fc.oneof(
  { weight: 3, arbitrary: templateSentence },
  { weight: 2, arbitrary: sentence },
);

// ---------------------------------------------------------------------------------------------
// Blocks (each a list of lines, joined with "\n" and separated by blank lines)

type Lines = string[];

const paragraph: Arb<Lines> = fc
  .array(anySentence, { minLength: 1, maxLength: 5 })
  .map((sentences) => [sentences.join(' ')]);

/** Words of `text` on lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, width: number): Lines {
  const lines: Lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const wrappedParagraph: Arb<Lines> = fc
  .tuple(fc.array(anySentence, { minLength: 1, maxLength: 5 }), fc.integer({ min: 20, max: 80 }))
  .map(([sentences, width]) => wrap(sentences.join(' '), width));

const quoteParagraph: Arb<Lines> = fc
  .tuple(
    from(V.QUOTE_TEXTS),
    from(V.VERBS),
    fc.oneof(personName, titledPerson),
    fc.constantFrom('“', '"', '‘', '«'),
  )
  .map(([q, v, p, open]) => {
    const close = open === '“' ? '”' : open === '‘' ? '’' : open === '«' ? '»' : '"';
    return [`${open}${q},${close} ${v} ${p}. ${open}${q}.${close}`];
  });

const list: Arb<Lines> = fc
  .tuple(from(V.BULLETS), fc.array(fc.oneof(entityPhrase, sentence), { minLength: 1, maxLength: 6 }))
  .map(([bullet, items]) => items.map((item) => `${bullet} ${item}`));

const transcript: Arb<Lines> = fc
  .array(fc.tuple(from(V.SPEAKER_LABELS), anySentence), { minLength: 1, maxLength: 5 })
  .map((turns) => turns.map(([label, text]) => `${label} ${text}`));

const subhead: Arb<Lines> = fc.oneof(entityPhrase, filler).map((s) => [capitalise(s)]);

const boilerplate: Arb<Lines> = fc
  .tuple(from(V.BOILERPLATE_HEADINGS), fc.array(anySentence, { minLength: 1, maxLength: 3 }))
  .map(([heading, sentences]) => [heading, sentences.join(' ')]);

const contactBlock: Arb<Lines> = fc
  .tuple(
    from(V.CONTACT_HEADINGS),
    fc.option(personName, { nil: undefined }),
    fc.array(from(V.CONTACTS), { minLength: 1, maxLength: 4 }),
  )
  .map(([heading, name, contacts]) => [heading, ...(name ? [name] : []), ...contacts]);

const residue: Arb<Lines> = fc.array(from(V.RESIDUE_LINES), { minLength: 1, maxLength: 4 });

/** What a generated release may contain besides its prose. */
interface Shape {
  /** Paragraphs hard-wrapped over several lines. */
  wrapped: boolean;
  /** Page residue ("Share this:", "Tags: …") among and after the blocks. */
  residue: boolean;
}

const bodyBlocks = (shape: Shape): Arb<Lines> =>
  fc.oneof(
    { weight: 6, arbitrary: paragraph },
    { weight: shape.wrapped ? 2 : 0, arbitrary: wrappedParagraph },
    { weight: 2, arbitrary: quoteParagraph },
    { weight: 2, arbitrary: list },
    { weight: 2, arbitrary: transcript },
    { weight: 1, arbitrary: subhead },
    { weight: shape.residue ? 1 : 0, arbitrary: residue },
  );

const headline: Arb<string> = fc.oneof(
  fc
    .tuple(from(V.ORGANISATIONS), personName, from(V.TITLES))
    .map(([o, p, t]) => `${capitalise(o)} Names ${p} ${t}`),
  fc
    .tuple(from(V.TITLES), from(V.EVENTS))
    .map(([t, e]) => `${t}, Press Conference at ${e.replace(/^the /, '')}`),
  sentence,
  fc.constant(''),
);

const datelineLine: Arb<string> = fc
  .tuple(from(V.PLACES), absoluteDate, from(V.WIRES), from(V.DASHES), fc.boolean(), anySentence)
  .map(([place, d, wire, dash, upper, lead]) => {
    const where = upper ? place.toUpperCase() : place;
    return `${where}, ${d}${wire ? ` ${wire}` : ''} ${dash} ${lead}`;
  });

export interface ReleaseParts {
  headline: string;
  source: string | undefined;
  dateline: string | undefined;
  body: Lines[];
  boilerplate: Lines | undefined;
  contact: Lines | undefined;
  endMark: string | undefined;
  residue: Lines | undefined;
}

const partsOfRelease = (shape: Shape): Arb<ReleaseParts> =>
  fc.record({
    headline,
    source: fc.option(from(V.SOURCE_LINES), { nil: undefined }),
    dateline: fc.option(datelineLine, { nil: undefined, freq: 2 }),
    body: fc.array(bodyBlocks(shape), { minLength: 0, maxLength: 8 }),
    boilerplate: fc.option(boilerplate, { nil: undefined }),
    contact: fc.option(contactBlock, { nil: undefined }),
    endMark: fc.option(from(V.END_MARKS), { nil: undefined }),
    residue: shape.residue ? fc.option(residue, { nil: undefined }) : fc.constant(undefined),
  });

const releaseParts = partsOfRelease({ wrapped: true, residue: true });

/** The blocks of a release, in reading order (empty blocks left out). */
function blocksOf(parts: ReleaseParts): Lines[] {
  const blocks: Lines[] = [];
  if (parts.source) blocks.push([parts.source]);
  if (parts.headline) blocks.push([parts.headline]);
  if (parts.dateline) blocks.push([parts.dateline]);
  blocks.push(...parts.body);
  if (parts.boilerplate) blocks.push(parts.boilerplate);
  if (parts.contact) blocks.push(parts.contact);
  if (parts.endMark) blocks.push([parts.endMark]);
  if (parts.residue) blocks.push(parts.residue);
  return blocks;
}

/** How lines end: one style for the whole text, or a mix chosen line by line. */
export type LineEnding = '\n' | '\r\n' | '\r' | 'mixed';

function joinLines(blocks: Lines[], ending: LineEnding, blankLine: string, mix: readonly number[]): string {
  const lines: string[] = [];
  blocks.forEach((block, i) => {
    if (i > 0) lines.push(blankLine);
    lines.push(...block);
  });
  const endings = ['\n', '\r\n', '\r'] as const;
  let out = '';
  lines.forEach((line, i) => {
    let eol = ending === 'mixed' ? endings[(mix[i % Math.max(1, mix.length)] ?? 0) % 3] : ending;
    // A CR then an empty line ended by LF would read as one CRLF: the blank line would vanish.
    if (eol === '\n' && line === '' && out.endsWith('\r')) eol = '\r\n';
    out += i === lines.length - 1 ? line : `${line}${eol}`;
  });
  return out;
}

/** A clean release (LF line ends, no hostile fragments). */
export const cleanRelease: Arb<string> = fc
  .tuple(releaseParts, fc.boolean())
  .map(
    ([parts, trailingNewline]) => `${joinLines(blocksOf(parts), '\n', '', [])}${trailingNewline ? '\n' : ''}`,
  );

/** A realistic release as blocks of lines, for tests that render it with several line endings. */
export const releaseBlocks: Arb<Lines[]> = releaseParts.map(blocksOf);

/**
 * The same with every paragraph on one line and no page residue (lists, turns and contact blocks
 * still span lines): nothing whose reading depends on where in the text, in code units, it falls.
 */
export const plainReleaseBlocks: Arb<Lines[]> = partsOfRelease({ wrapped: false, residue: false }).map(
  blocksOf,
);

export { joinLines };

/** Where to insert a fragment: a position anywhere in the text (taken modulo its length + 1). */
const insertion: Arb<[number, string]> = fc.tuple(fc.nat(), noise);

/** Inserts each fragment at its position (modulo the current length + 1), in order. */
export function insertAll(text: string, insertions: readonly [number, string][]): string {
  let out = text;
  for (const [at, fragment] of insertions) {
    const i = at % (out.length + 1);
    out = `${out.slice(0, i)}${fragment}${out.slice(i)}`;
  }
  return out;
}

/**
 * A realistic release in any line-ending style, with hostile fragments inserted anywhere (inside
 * words, between the halves of a surrogate pair, inside line breaks), sometimes a leading BOM and
 * whitespace-only "blank" lines.
 */
export const hostileRelease: Arb<string> = fc
  .tuple(
    releaseParts,
    fc.constantFrom<LineEnding>('\n', '\r\n', '\r', 'mixed'),
    fc.constantFrom('', '', ' ', '\t', ' \u00a0 '),
    fc.array(fc.nat(2), { maxLength: 8 }),
    fc.array(insertion, { maxLength: 12 }),
    fc.boolean(),
  )
  .map(([parts, ending, blank, mix, insertions, bom]) => {
    const text = insertAll(joinLines(blocksOf(parts), ending, blank, mix), insertions);
    return bom ? `\ufeff${text}` : text;
  });

/** No structure at all: entity phrases, filler, punctuation, noise and line breaks in any order. */
export const tokenSoup: Arb<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: entityPhrase },
      { weight: 3, arbitrary: filler },
      { weight: 2, arbitrary: noise },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '.',
          ',',
          ':',
          ';',
          '“',
          '”',
          '"',
          '(',
          ')',
          '—',
          '–',
          '-',
          '@',
          '#',
          '/',
          '$',
          '€',
        ),
      },
      { weight: 2, arbitrary: from(V.LINE_BREAKS) },
      { weight: 1, arbitrary: from(V.SPEAKER_LABELS) },
      { weight: 1, arbitrary: from(V.BULLETS) },
    ),
    { maxLength: 80 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', '  ', '\t'), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((p, i) => `${p}${gaps[i] ?? ' '}`).join('')),
  );

/** Raw random strings of code points, graphemes, ASCII controls, or a mix with many line breaks. */
export const rawString: Arb<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 400 }),
  fc.string({
    unit: fc.constantFrom('A', 'b', ' ', '.', '\n', '\r', '"', '“', ':', '@', '1', '😀', '\ud800', '\u0301'),
    maxLength: 400,
  }),
  fc.string({
    unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    maxLength: 50,
  }),
);

/** A valid release date option, or none. */
export const releaseDateOption: Arb<{ releaseDate: string } | undefined> = fc.option(
  fc
    .tuple(
      fc.integer({ min: 1900, max: 2099 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => ({
      releaseDate: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    })),
  { nil: undefined },
);

// ---------------------------------------------------------------------------------------------
// Mutations of real releases

export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap'; a: number; b: number; length: number }
  | { kind: 'insert'; at: number; fragment: string }
  | { kind: 'case'; at: number; length: number; mode: 'upper' | 'lower' | 'title' | 'invert' }
  | { kind: 'line-endings'; ending: '\r\n' | '\r' | 'none' }
  | { kind: 'truncate'; at: number };

const sliceLength: Arb<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }) },
);

export const mutation: Arb<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: sliceLength }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: sliceLength }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('swap' as const),
      a: fc.nat(),
      b: fc.nat(),
      length: sliceLength,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      fragment: fc.oneof(noise, entityPhrase, from(V.LINE_BREAKS)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('case' as const),
      at: fc.nat(),
      length: sliceLength,
      mode: fc.constantFrom('upper' as const, 'lower' as const, 'title' as const, 'invert' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('line-endings' as const),
      ending: fc.constantFrom('\r\n' as const, '\r' as const, 'none' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
);

function changeCase(s: string, mode: 'upper' | 'lower' | 'title' | 'invert'): string {
  switch (mode) {
    case 'upper':
      return s.toUpperCase();
    case 'lower':
      return s.toLowerCase();
    case 'title':
      return s.replace(/\p{L}+/gu, (w) => `${w.charAt(0).toUpperCase()}${w.slice(1).toLowerCase()}`);
    default:
      return s.replace(/\p{L}/gu, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));
  }
}

/** Applies one mutation; positions are taken modulo the text's length so any number fits. */
export function applyMutation(text: string, m: Mutation): string {
  const at = (n: number) => n % (text.length + 1);
  switch (m.kind) {
    case 'delete': {
      const i = at(m.at);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'duplicate': {
      const i = at(m.at);
      const piece = text.slice(i, i + m.length);
      return text.slice(0, i) + piece + piece + text.slice(i + m.length);
    }
    case 'swap': {
      const [i, j] = [at(m.a), at(m.b)].sort((x, y) => x - y) as [number, number];
      const length = Math.min(m.length, j - i);
      const first = text.slice(i, i + length);
      const second = text.slice(j, j + length);
      return text.slice(0, i) + second + text.slice(i + length, j) + first + text.slice(j + second.length);
    }
    case 'insert': {
      const i = at(m.at);
      return text.slice(0, i) + m.fragment + text.slice(i);
    }
    case 'case': {
      const i = at(m.at);
      return text.slice(0, i) + changeCase(text.slice(i, i + m.length), m.mode) + text.slice(i + m.length);
    }
    case 'line-endings':
      return m.ending === 'none' ? text.replace(/\r\n?|\n/g, ' ') : text.replace(/\r\n?|\n/g, m.ending);
    case 'truncate':
      return text.slice(0, at(m.at));
  }
}

/** A real text chosen by index (modulo the count) with one to six mutations applied in order. */
export function mutatedText(
  bases: readonly string[],
): Arb<{ base: number; mutations: Mutation[]; text: string }> {
  return fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([pick, mutations]) => {
    const base = pick % bases.length;
    const text = mutations.reduce(applyMutation, bases[base] ?? '');
    return { base, mutations, text };
  });
}
