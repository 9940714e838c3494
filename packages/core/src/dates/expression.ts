/** The shape of a date found in text; scan.ts re-exports these for callers. */

export type DateKind = 'date' | 'month' | 'year' | 'weekday' | 'relative' | 'recurring' | 'time' | 'holiday';

export type RelativeUnit = 'day' | 'week' | 'month' | 'year' | 'weekday' | 'weekend';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  year?: number;
  /** 1-12 */
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday?: number;
  /**
   * Offset from the anchor: today = {day, 0}; next week = {week, +1}; last Friday = {weekday, -1} with
   * weekday 5. On a `month` expression that names its month ("last October"), {month, ±1} means the
   * nearest such month before/after the anchor's month and {month, 0} that month of the anchor's year.
   */
  relative?: {
    unit: RelativeUnit;
    offset: number;
    /**
     * A stretch that ends at the anchor, not a calendar period: -offset weeks, months or years up
     * to it ("the past week" is the seven days up to the release), or the anchor's day and -offset
     * days before it ("the past 24 hours" is its day and the day before, "the last three days" its
     * day and the two before).
     */
    trailing?: boolean;
    /** "earlier this week", "later this month": the part of the period before or after the anchor's day. */
    part?: 'earlier' | 'later';
  };
  /**
   * End of a range written as one expression ("July 29–30", "the 1990s"). Fields left out are the same
   * as the start's.
   */
  through?: { year?: number; month?: number; day?: number };
  /** holiday: its name, lower case ("christmas day", "ramadan"). */
  holiday?: string;
  /** Written after "since" ("since Oct. 17"): it is not after the anchor, whatever the year. */
  since?: true;
  /**
   * The year is the anchor's plus this, said right after the date: "20 December last year" (-1),
   * "in March this year" (0), "June next year" (+1).
   */
  yearOffset?: number;
  /** A weekday's sentence is in this tense ("occurred Wednesday", "will travel Wednesday"): dates/tense.ts. */
  tense?: 'past' | 'future';
  /** "next week, on Thursday": the weekday falls in the week this many weeks from the anchor's. */
  week?: number;
}

export interface ScanOptions {
  /** How to read 12/10/2023. Default: dmy when some numeric date in the text has a first part > 12, else mdy. */
  numericOrder?: 'dmy' | 'mdy';
}
