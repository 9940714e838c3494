/**
 * Money ("$1.2 billion", "5 million euros", "millions of dollars") and quantities, read off the
 * token stream. A qualifier stays out of the span ("more than [$4 million]"), as in most of re3d.
 *
 * Quantity spans follow the re3d annotation guide ("1 kg") and OntoNotes alike: a measure keeps its
 * unit ("18,000 square kilometers", "7,000 m3/s", "12 percent", "25%"), a count is the number alone
 * ("[300] troops", "[seven] airdrops", "[hundreds] of reserve forces", "[2 million] Syrians"). What
 * is counted is an entity of its own when it is one (equipment "F-16s", a group, a nationality), so
 * a list of quantities reads "300" beside the troops it counts instead of swallowing them.
 */
import { isoDuration } from '../dates/durations.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₽', '₩']);
const CURRENCY_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'AUD',
  'CAD',
  'JPY',
  'CHF',
  'CNY',
  'HKD',
  'US$',
  'A$',
  'C$',
]);
const CURRENCY_WORDS = new Set([
  'dollars',
  'euros',
  'pounds',
  'yen',
  'yuan',
  'rupees',
  'roubles',
  'rubles',
  'francs',
  'sterling',
]);
const SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'mn', 'k']);
/** Scales written as words: "2 million"; "150 m" is a length, "5 m" euros only before the currency. */
/** Letters written before "$" for a country's dollar: "US$", "A$", "HK$". */
const DOLLAR_PREFIXES = new Set(['US', 'A', 'AU', 'C', 'CA', 'NZ', 'HK', 'S', 'SG', 'NT']);
const WORD_SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);
/** "£1.1bn", "$20m": a number glued to its scale is one word token. */
const GLUED_SCALE = /^\d+(?:bn|m|mn|k)$/;
/** Units of measure, kept in the quantity's span. */
const MEASURE_UNITS = new Set(
  (
    'kilometers kilometres kilometer kilometre km miles mile mi meters metres meter metre m cm mm m2 m3 km2 ' +
    'feet foot ft yards inches tons tonnes ton tonne kg kilograms kilogram grams lb lbs barrels bbl ' +
    'hectares hectare acres acre liters litres gallons percent knots degrees ' +
    'mw gw kw kwh mwh mhz ghz khz hz mb/s gb tb'
  ).split(' '),
);
/** A unit that needs the next word: "square kilometres", "cubic metres", "per cent", "cu ft/s". */
const UNIT_PREFIXES = new Set(['square', 'cubic', 'per', 'sq', 'cu']);
/** Known count nouns, besides any plural: "300 personnel", "12 aircraft", "40 staff". */
const COUNT_NOUNS = new Set(
  'personnel people aircraft staff police militia livestock cattle sheep equipment fish deer'.split(' '),
);
const DURATION_UNITS = new Set([
  'seconds',
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'minutes',
  'decades',
  'day',
  'week',
  'month',
  'year',
  'hour',
  'decade',
]);
/** What is weighed in pounds ("55 million pounds of fuel"); "pounds of damage", "of funding" are sterling. */
const WEIGHED = new Set(
  'fuel ammunition munitions explosives explosive ordnance bombs cargo food supplies water rice wheat flour grain meat fish cocaine marijuana cannabis heroin methamphetamine meth fentanyl drugs narcotics thrust force pressure tnt steel plastic waste trash debris material materials equipment gear weight payload propellant'.split(
    ' ',
  ),
);

/** Units of a clock: a count of them in the thousands measures effort ("2,500 flying hours"). */
const CLOCK_UNITS = new Set(['hours', 'minutes']);

/** The value of digits with thousands separators ("2,500"), NaN for anything else. */
function numberValue(text: string | undefined): number {
  return text && /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(text)
    ? Number(text.replaceAll(',', ''))
    : Number.NaN;
}

/** Numbers written as words, with their values (a duration's count): "seven airdrops", "two years". */
const WORD_VALUES: ReadonlyMap<string, number> = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, k) => [w, k + 2] as [string, number])
    .concat(
      'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, k) => [w, 20 + 10 * k]),
    ),
);
/** Words that multiply the count before them: "two hundred", "a dozen". */
const WORD_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['dozen', 12],
]);
/** "seven airdrops", "five million people": numbers written as words ("one" is too often a pronoun). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...WORD_VALUES.keys(), ...WORD_MULTIPLIERS.keys()]);

/** Words between the two ends of a range of counts: "two to three years", "2 or 3 years", "between two and five". */
const RANGE_JOINERS = new Set(['to', 'or', 'and', '-', '–']);
/** Words after a count of time that make it a point in time: "two decades later", "three years ago". */
const POINT_AFTER = new Set(['later', 'earlier', 'ago', 'hence']);
/** Units "one" counts as a length of time: "one year", "one hour" (not "one day", as often some day). */
const ONE_UNITS = new Set(['year', 'month', 'week', 'hour', 'decade', 'minute']);
/** Times of day after "to": "one minute to midnight". */
const CLOCK_TIMES = new Set(['midnight', 'noon', 'twelve', 'one', 'the']);
/** "one hundred days", "a dozen years". */
const ONE_OR_A = new Set(['one', 'a']);
/** Tokens looked back for "aged": "aged between twelve and fifteen years". */
const AGED_REACH = 4;

/** The value of number words lower[from..to) ("two", "twenty five", "two hundred", "a dozen"), NaN if unknown. */
function wordsValue(lower: readonly string[], from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k++) {
    const word = lower[k] as string;
    if (word === '-') continue;
    const times = WORD_MULTIPLIERS.get(word);
    if (times !== undefined) total = (total || 1) * times;
    else total += WORD_VALUES.get(word) ?? Number.NaN;
  }
  return total;
}
const VAGUE_NUMBERS = new Set(['hundreds', 'thousands', 'tens', 'dozens', 'millions', 'billions', 'scores']);
const VAGUE = 1;
const IN_WORDS = 2;
const WORD_STARTS = new Map<string, number>([
  ...[...VAGUE_NUMBERS].map((w) => [w, VAGUE] as [string, number]),
  ...[...NUMBER_WORDS, 'half', 'one'].map((w) => [w, IN_WORDS] as [string, number]),
]);
/** "millions have been displaced": a vague number standing alone before these. */
const VAGUE_ALONE_BEFORE = new Set(['have', 'had', 'are', 'were', 'more', 'remain', 'fled', 'died']);
/** Words a count's noun phrase never crosses. */
const PHRASE_STOPS = new Set(
  'to in on at for from with by and or but as of that which who this these those the a an its their our his her is are was were be been will would has have had'.split(
    ' ',
  ),
);
/** A number after these is a name or a reference, not a count: "Resolution 2254", "Chapter 5". */
const REFERENCE_WORDS = new Set(
  (
    'resolution chapter section article paragraph page pages no number room suite route highway flight box ' +
    'level phase grade title part annex clause item rule version unit platoon squad gate terminal ' +
    'type stage category class tier season series episode'
  ).split(' '),
);

/** A number written with digits, thousands separators and decimals: returns the token after it. */
function scanNumber(tokens: readonly Token[], at: number): number {
  let i = at;
  if (tokens[i]?.kind !== 'number') return at;
  i++;
  while (
    (tokens[i]?.text === ',' || tokens[i]?.text === '.') &&
    tokens[i]?.gap === 'none' &&
    tokens[i + 1]?.kind === 'number' &&
    tokens[i + 1]?.gap === 'none'
  )
    i += 2;
  // "1.1bn": the decimals glued to their scale form one word.
  if (
    tokens[i]?.text === '.' &&
    tokens[i]?.gap === 'none' &&
    tokens[i + 1]?.gap === 'none' &&
    GLUED_SCALE.test(tokens[i + 1]?.text ?? '')
  )
    i += 2;
  return i;
}

function span(
  ctx: RecognitionContext,
  type: Candidate['type'],
  from: number,
  to: number,
  tier: number,
): Candidate | undefined {
  const a = ctx.tokens[from];
  const b = ctx.tokens[to - 1];
  if (!a || !b) return undefined;
  return { type, startToken: from, endToken: to, start: a.start, end: b.end, tier };
}

class AmountScanner {
  private readonly tokens: readonly Token[];
  private readonly lower: readonly string[];
  readonly out: Candidate[] = [];

  constructor(private readonly ctx: RecognitionContext) {
    this.tokens = ctx.tokens;
    this.lower = lowerTexts(ctx.tokens);
  }

  private push(type: Candidate['type'], from: number, to: number, tier: number): void {
    const c = span(this.ctx, type, from, to, tier);
    if (c) this.out.push(c);
  }

  /** The token after a unit of measure starting at `k`, else `k`: "km", "square kilometres", "m3/s", "acre·ft". */
  private unitEnd(k: number): number {
    const { tokens, lower } = this;
    const w = tokens[k];
    // "8 km", "84 MW", "12130 MHZ"; a capital letter alone ("M") is not a unit.
    if (w?.gap !== 'space' || w.kind !== 'word' || (w.upper && w.text.length < 2)) return k;
    let end = k;
    if (UNIT_PREFIXES.has(lower[k] as string) && tokens[k + 1]?.gap === 'space') {
      // "per cent", "square kilometres", "cu ft/s"
      const next = lower[k + 1] as string;
      if (lower[k] === 'per' ? next === 'cent' : MEASURE_UNITS.has(next)) end = k + 2;
      else return k;
    } else if (MEASURE_UNITS.has(lower[k] as string)) end = k + 1;
    else return k;
    // "m3/s", "acre·ft": a unit divided or multiplied by another, written without spaces.
    while (
      (tokens[end]?.text === '/' || tokens[end]?.text === '·') &&
      tokens[end]?.gap === 'none' &&
      tokens[end + 1]?.kind === 'word' &&
      tokens[end + 1]?.gap === 'none'
    )
      end += 2;
    return end;
  }

  /**
   * Where does the noun a count counts end, when one follows `k` (else -1)? A known count noun or a lower-case plural after at most two
   * qualifiers ("300 additional troops", "three ISIL vehicles"), a capitalised plural ("30
   * Britons") or a designation ("12 F-16s").
   */
  private countedEnd(k: number): number {
    const { tokens, lower } = this;
    let j = k;
    for (let words = 0; words < 3 && j < tokens.length; words++) {
      const w = tokens[j];
      if (w?.kind !== 'word' || w.gap !== 'space' || this.ctx.sentenceStart[j]) return -1;
      const text = lower[j] as string;
      const plural = text.length > 3 && text.endsWith('s') && !text.endsWith('ss');
      if (w.upper && !w.allCaps && plural && j === k) return j + 1;
      // "120 Iraqi soldiers": re3d reads a count of a nationality's people as one group (an
      // organisation, "40,000 civilians" likewise) more often than as a quantity; the tagger, trained
      // on that, keeps the number in the group when no quantity is offered there.
      if (w.upper && this.ctx.lexicon.exact.longest(tokens, j)?.value.type === 'nationality') return -1;
      if (!w.upper && PHRASE_STOPS.has(text)) return -1;
      // "two ISIS vehicles": an organisation's acronym in -S qualifies the noun, it is no plural.
      const acronym = w.allCaps && this.ctx.lexicon.exact.longest(tokens, j)?.value.type === 'organization';
      if ((!w.upper || w.allCaps) && !acronym && (COUNT_NOUNS.has(text) || plural)) return j + 1;
      // "12 F-16s", "three anti-tank missiles": read a hyphenated word whole (up to four pieces).
      let next = j + 1;
      while (
        next < j + 8 &&
        tokens[next]?.text === '-' &&
        tokens[next]?.gap === 'none' &&
        tokens[next + 1]?.gap === 'none'
      ) {
        const piece = tokens[next + 1] as Token;
        if (piece.kind === 'number' || /^\d/.test(piece.text)) return next + 2;
        next += 2;
      }
      if (next > j + 1) {
        const last = lower[next - 1] as string;
        if (last.length > 3 && last.endsWith('s') && !last.endsWith('ss')) return next;
      }
      j = next;
    }
    return -1;
  }

  /**
   * A count: the number alone is the mention ("[34] satellites"), but the entity is named with what
   * it counts ("34 satellites"), so a list of entities reads sensibly and two counts of the same
   * number ("34 satellites", "34 troops") stay two entities.
   */
  private pushCount(from: number, to: number, countedEnd: number): void {
    const c = span(this.ctx, 'quantity', from, to, 1);
    if (!c) return;
    const last = this.tokens[countedEnd - 1];
    if (countedEnd > to && last) {
      const name = this.ctx.text.slice(c.start, last.end).replace(/\s+/g, ' ');
      c.canonical = name;
      c.key = `quantity:${name}`;
    }
    this.out.push(c);
  }

  /**
   * A number that names or refers rather than counts: "Resolution 2254", "[3]", "F-16", "24/7",
   * and one after a capitalised word inside a sentence ("Type 2 diabetes", "World War 2").
   */
  private isReference(at: number): boolean {
    const { tokens } = this;
    const t = tokens[at] as Token;
    const prev = tokens[at - 1];
    if (!prev) return false;
    if (
      t.gap === 'none' &&
      (prev.kind !== 'punct' || prev.text === '-' || prev.text === '/' || prev.text === '[')
    )
      return true;
    if (
      t.kind === 'number' &&
      t.gap === 'space' &&
      prev.kind === 'word' &&
      prev.upper &&
      !prev.allCaps &&
      !this.ctx.sentenceStart[at - 1]
    )
      return true;
    return REFERENCE_WORDS.has(this.lower[at - 1] as string);
  }

  /** "8 out of 10", "Eight out of 10 adults": a proportion, neither number counts anything. */
  private isRatio(at: number): boolean {
    const { lower } = this;
    return (
      (lower[at - 2] === 'out' && lower[at - 1] === 'of') ||
      (lower[at + 1] === 'out' && lower[at + 2] === 'of')
    );
  }

  /** "old", "olds" or "-old" at token k, after a unit of time: an age. */
  private isAge(k: number): boolean {
    const { tokens, lower } = this;
    if (lower[k] === 'old' || lower[k] === 'olds') return tokens[k]?.gap === 'space';
    return (
      tokens[k]?.text === '-' &&
      tokens[k]?.gap === 'none' &&
      (lower[k + 1] === 'old' || lower[k + 1] === 'olds')
    );
  }

  /** Digits: money with a currency word, a percentage, a duration, a measure or a count. */
  private number(i: number, n: number): number {
    const { tokens, lower } = this;
    let end = n;
    const scale = tokens[end]?.gap === 'space' ? (lower[end] as string) : '';
    if (WORD_SCALES.has(scale) || (SCALES.has(scale) && CURRENCY_WORDS.has(tokens[end + 1]?.text ?? '')))
      end++;
    const next = tokens[end];
    // ("55 million pounds of fuel" is a weight: pounds of a thing weighed; "of funding", "of
    // damage" are sterling.)
    const weight =
      next?.text === 'pounds' &&
      lower[end + 1] === 'of' &&
      tokens[end + 1]?.gap === 'space' &&
      WEIGHED.has(lower[end + 2] ?? '');
    if (next && next.gap === 'space' && CURRENCY_WORDS.has(next.text) && !weight) {
      this.push('money', i, end + 1, 2);
      return end;
    }
    if (weight) {
      this.push('quantity', i, end + 1, 2);
      return end;
    }
    if (next?.text === '%' && next.gap === 'none') {
      this.push('quantity', i, end + 1, 2);
      return end;
    }
    // "12 months", "two years": a duration is a date expression without a calendar value; an age
    // ("18 years old", "13 to 18 year olds") is none.
    // Thousands of hours or minutes are a measure of work, not a stretch of time: "more than 2,500
    // hours over Iraq" flown, "10,000 volunteer hours".
    if (next?.gap === 'space' && DURATION_UNITS.has(lower[end] as string) && !this.isAge(end + 1)) {
      // ("2 million hours of volunteer work", "2 billion minutes of video": so are millions of them.)
      const count = numberValue(this.ctx.text.slice(tokens[i]?.start, tokens[n - 1]?.end));
      const effort = CLOCK_UNITS.has(lower[end] as string) && (end > n || count >= 1000);
      if (effort) this.push('quantity', i, end + 1, 2);
      else if (end === n && !this.agedBefore(i)) this.pushDuration(i, end, count);
      return end;
    }
    const unit = this.unitEnd(end);
    if (unit > end) {
      this.push('quantity', i, unit, 2);
      return unit - 1;
    }
    if (this.isReference(i) || this.isRatio(i)) return n - 1;
    // "870 missions", "2 million Syrians", "36 of which": the number alone.
    const of = lower[end] === 'of' && /^(?:which|whom|them|those|these|the)$/.test(lower[end + 1] ?? '');
    const counted = this.countedEnd(end);
    if (of || counted >= 0) this.pushCount(i, end, counted);
    return end - 1;
  }

  /**
   * The count from..unit and its unit at `unit`, a length of time: a date mention without a place
   * on the calendar (as re3d marks "two weeks", "45 minutes"), carrying its ISO 8601 duration.
   */
  private pushDuration(from: number, unit: number, count: number): void {
    const { tokens, lower } = this;
    // "two to three years", "between two and five years", "2 or 3 years": the whole range is the
    // mention, of no exact length.
    const first = tokens[from - 2];
    const number =
      (first?.kind === 'number' && first.text.length < 4) || WORD_VALUES.has(lower[from - 2] as string);
    // (Not "sentenced July 28 to 30 years" nor "July 28, 2022 to 30 years", where the first number
    // is a date's day or year.)
    const range = RANGE_JOINERS.has(lower[from - 1] as string) && number && !tokens[from - 3]?.upper;
    let start = range ? from - 2 : from;
    // ("from twenty-five to thirty years": the range's first count may be hyphenated too.)
    if (
      range &&
      tokens[start - 1]?.text === '-' &&
      tokens[start]?.gap === 'none' &&
      WORD_VALUES.has(lower[start - 2] as string)
    )
      start -= 2;
    if (range && lower[start - 1] === 'between') start--;
    // "two minutes past midnight", "one minute to twelve": a time of day, no length.
    const clock = CLOCK_UNITS.has(lower[unit] as string) && this.clockAfter(unit + 1);
    // "two decades later", "three years ago": a point reached by the count, the phrase whole.
    const point = POINT_AFTER.has(lower[unit + 1] as string) && tokens[unit + 1]?.gap === 'space';
    const c = span(this.ctx, 'date', start, point ? unit + 2 : unit + 1, 2);
    if (!c) return;
    const duration = range || point || clock ? undefined : isoDuration(count, lower[unit] as string);
    if (duration) c.duration = duration;
    this.out.push(c);
  }

  /** "past" or "to" at `k` and a time after it: "… minutes past midnight", "… minute to twelve". */
  private clockAfter(k: number): boolean {
    const { tokens, lower } = this;
    const word = lower[k] as string;
    if (word === 'past') return true;
    const next = lower[k + 1] as string;
    return (
      word === 'to' && (CLOCK_TIMES.has(next) || tokens[k + 1]?.kind === 'number' || WORD_VALUES.has(next))
    );
  }

  /** "aged 72 years", "aged between twelve and fifteen years": an age, within a few words after "aged". */
  private agedBefore(from: number): boolean {
    for (let k = from - 1; k >= 0 && k >= from - AGED_REACH; k--) {
      const word = this.lower[k] as string;
      if (word === 'aged') return true;
      if (this.tokens[k]?.kind === 'punct') return false;
    }
    return false;
  }

  /** "seven airdrops", "five million people", "half a million": a number written in words. */
  private numberWords(i: number): number {
    const { tokens, lower } = this;
    // "one year", "one hour": "one" counts only a unit of time ("one day" is as often some day).
    if (lower[i] === 'one') {
      // Not an age ("a one year old boy"), a clock ("one minute to midnight") or "One minute, he
      // was there".
      const unit = tokens[i + 1]?.gap === 'space' && ONE_UNITS.has(lower[i + 1] as string);
      const idiom = tokens[i + 2]?.text === ',' && !!this.ctx.sentenceStart[i];
      if (unit && !idiom && !this.agedBefore(i) && !this.isAge(i + 2) && !this.clockAfter(i + 2))
        this.pushDuration(i, i + 1, 1);
      return i;
    }
    let end = i;
    if (lower[i] === 'half' && lower[i + 1] === 'a' && SCALES.has(lower[i + 2] as string)) end = i + 3;
    else {
      while (
        end < i + 3 &&
        NUMBER_WORDS.has(lower[end] as string) &&
        (end === i || tokens[end]?.gap === 'space')
      )
        end++;
      if (end === i) return i;
      // "twenty-five years": tens and units joined by a hyphen.
      if (
        tokens[end]?.text === '-' &&
        tokens[end]?.gap === 'none' &&
        tokens[end + 1]?.gap === 'none' &&
        (WORD_VALUES.get(lower[end - 1] as string) ?? 0) >= 20 &&
        (WORD_VALUES.get(lower[end + 1] as string) ?? 10) < 10
      )
        end += 2;
      if (WORD_SCALES.has(lower[end] as string) && tokens[end]?.gap === 'space') end++;
    }
    const t = tokens[i] as Token;
    if (t.upper && !this.ctx.sentenceStart[i]) return i;
    if (this.isReference(i) || this.isRatio(i)) return end - 1;
    // "two years", "eighteen months": a duration, as with digits; "a decade" and "one day" are left
    // to the date scanner or to nothing.
    if (tokens[end]?.gap === 'space' && DURATION_UNITS.has(lower[end] as string)) {
      // ("one hundred days", "a dozen years": the count opens a word before; "two hundred and fifty
      // years" is read no further than its last words, so it gets no count.)
      const from =
        (lower[i] === 'hundred' || lower[i] === 'dozen') && ONE_OR_A.has(lower[i - 1] as string) ? i - 1 : i;
      const partOfNumber =
        lower[i - 1] === 'and' && (lower[i - 2] === 'hundred' || lower[i - 2] === 'thousand');
      if (!this.isAge(end + 1) && !this.agedBefore(from) && !partOfNumber)
        this.pushDuration(from, end, wordsValue(lower, i, end));
      return end;
    }
    const scaled = end > i + 1 && WORD_SCALES.has(lower[end - 1] as string);
    const counted = this.countedEnd(end);
    if (scaled || counted >= 0) this.pushCount(i, end, counted);
    return end - 1;
  }

  /** "hundreds of additional reserve forces" → "hundreds"; "tens of thousands"; "millions have fled". */
  private vague(i: number): number {
    const { tokens, lower } = this;
    let end = i + 1;
    // "tens of thousands", "hundreds of thousands"
    while (lower[end] === 'of' && VAGUE_NUMBERS.has(lower[end + 1] as string) && end < i + 5) end += 2;
    const next = lower[end];
    if (next === 'of' && tokens[end + 1]?.kind === 'word') {
      // "millions of dollars" is money.
      if (CURRENCY_WORDS.has(lower[end + 1] as string)) {
        this.push('money', i, end + 2, 2);
        return end + 1;
      }
      this.pushCount(i, end, this.countedEnd(end + 1));
      return end - 1;
    }
    if (lower[i] !== 'scores' && next !== undefined && VAGUE_ALONE_BEFORE.has(next))
      this.push('quantity', i, end, 1);
    return end - 1;
  }

  scan(): Candidate[] {
    const { tokens, lower, ctx } = this;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || ctx.skip[i]) continue;
      // $1.2 billion / US$5m / USD 40 million / £1.1bn
      if (CURRENCY_SYMBOLS.has(t.text) || CURRENCY_CODES.has(t.text)) {
        let n = scanNumber(tokens, i + 1);
        // "£20m": the number and its scale are one word.
        if (n === i + 1 && GLUED_SCALE.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.gap === 'none')
          n = i + 2;
        if (n > i + 1) {
          let end = n;
          // "$91 Million", "$2 MILLION": the scale in any case.
          if (
            SCALES.has(lower[end] as string) &&
            tokens[end]?.gap !== 'none' &&
            tokens[end]?.gap !== 'paragraph'
          )
            end++;
          // "US$1.65 billion", "HK$20m": the country's letters glued before the sign are the currency's.
          const prefix = tokens[i - 1];
          const from =
            t.text === '$' &&
            t.gap === 'none' &&
            prefix &&
            DOLLAR_PREFIXES.has(prefix.text) &&
            !ctx.skip[i - 1]
              ? i - 1
              : i;
          this.push('money', from, end, 2);
          i = end - 1;
          continue;
        }
      }
      const n = scanNumber(tokens, i);
      if (n > i) {
        i = this.number(i, n);
        continue;
      }
      // One look-up for the words that start an amount ("hundreds", "seven", "half").
      const start = WORD_STARTS.get(lower[i] as string);
      if (start === undefined || t.kind !== 'word') continue;
      i = start === VAGUE ? this.vague(i) : this.numberWords(i);
    }
    return this.out;
  }
}

export function recognizeAmounts(ctx: RecognitionContext): Candidate[] {
  return new AmountScanner(ctx).scan();
}
