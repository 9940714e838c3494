import { describe, expect, it } from 'vitest';
import { type ParagraphDates, scanDates } from '../../src/dates/scan.js';
import { Generations } from '../../src/incremental/generations.js';
import { type Found, found } from './helpers.js';

/** Anchor for every case: Thursday 12 October 2023. */
type Case = [input: string, expected: Found[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
}

describe('seed sentences', () => {
  table([
    [
      'Next week, NATO will hold its annual nuclear exercise, Steadfast Noon. This is a routine training event that happens every October.',
      [
        ['Next week', 'relative', '2023-10-16/2023-10-22'],
        ['every October', 'recurring', undefined],
      ],
    ],
    [
      'welcomed Lloyd J. Austin III to NATO Headquarters on Thursday (12 October 2023) for a second day of meetings',
      [
        ['Thursday', 'weekday', '2023-10-12'],
        ['12 October 2023', 'date', '2023-10-12'],
      ],
    ],
    [
      'Press conference following the meeting of NATO Ministers of Defence in Brussels, 12 October 2023.',
      [['12 October 2023', 'date', '2023-10-12']],
    ],
    [
      'Defence Ministers met today. In response to recent tensions, NATO has deployed reserve forces in recent weeks.',
      [
        ['today', 'relative', '2023-10-12'],
        ['recent weeks', 'relative', undefined],
      ],
    ],
  ]);
});

describe('absolute dates with month names', () => {
  table([
    ['on 12 October 2023', [['12 October 2023', 'date', '2023-10-12']]],
    ['on October 12, 2023, ministers', [['October 12, 2023', 'date', '2023-10-12']]],
    ['on October 12 2023', [['October 12 2023', 'date', '2023-10-12']]],
    ['on Oct. 12, 2023', [['Oct. 12, 2023', 'date', '2023-10-12']]],
    // The year stays the date's before a noun on its line, and before one on the next.
    ['On Sept. 30, 2019 soldiers hit the town', [['Sept. 30, 2019', 'date', '2019-09-30']]],
    ['Jan. 5, 2019\n\nStrikes occurred', [['Jan. 5, 2019', 'date', '2019-01-05']]],
    ['On Jan. 17, 1200 soldiers left', [['Jan. 17', 'date', '2023-01-17']]],
    ['by Sept. 5 at the latest', [['Sept. 5', 'date', '2023-09-05']]],
    ['on Sep 5', [['Sep 5', 'date', '2023-09-05']]],
    ['until October 11th, 2025.', [['October 11th, 2025', 'date', '2025-10-11']]],
    ['on April 22nd', [['April 22nd', 'date', '2023-04-22']]],
    ['on the 12th of October', [['12th of October', 'date', '2023-10-12']]],
    ['on 12 October', [['12 October', 'date', '2023-10-12']]],
    ['on October 12', [['October 12', 'date', '2023-10-12']]],
    ['on 12 October, 2023', [['12 October, 2023', 'date', '2023-10-12']]],
    ['ON OCTOBER 12, 2023', [['OCTOBER 12, 2023', 'date', '2023-10-12']]],
    ['in July 2025', [['July 2025', 'month', '2025-07-01/2025-07-31']]],
    ['the summit of October of 2023', [['October of 2023', 'month', '2023-10-01/2023-10-31']]],
    ['in February 2024', [['February 2024', 'month', '2024-02-01/2024-02-29']]],
    ['in October', [['October', 'month', '2023-10-01/2023-10-31']]],
    // A part of a month or year is spanned whole, as TimeML and re3d do; the value is the month or year.
    ['since mid-October', [['mid-October', 'month', '2023-10-01/2023-10-31']]],
    ['in early November 2005', [['early November 2005', 'month', '2005-11-01/2005-11-30']]],
    ['October was busy.', [['October', 'month', '2023-10-01/2023-10-31']]],
    ['on 29 February 2024', [['29 February 2024', 'date', '2024-02-29']]],
    ['(12 October 2023)', [['12 October 2023', 'date', '2023-10-12']]],
  ]);
});

describe('ranges', () => {
  table([
    ['on July 29–30', [['July 29–30', 'date', '2023-07-29/2023-07-30']]],
    ['on July 29-30, 2024', [['July 29-30, 2024', 'date', '2024-07-29/2024-07-30']]],
    ['on 29–30 July 2024', [['29–30 July 2024', 'date', '2024-07-29/2024-07-30']]],
    ['from 29 July – 2 August 2024', [['29 July – 2 August 2024', 'date', '2024-07-29/2024-08-02']]],
    ['from July 29 – August 2, 2024', [['July 29 – August 2, 2024', 'date', '2024-07-29/2024-08-02']]],
    [
      'from December 30 – January 2, 2024',
      [['December 30 – January 2, 2024', 'date', '2023-12-30/2024-01-02']],
    ],
    ['in the 1990s', [['the 1990s', 'year', '1990-01-01/1999-12-31']]],
    ['from 2 to 4 October', [['2 to 4 October', 'date', '2023-10-02/2023-10-04']]],
    ['October 16 through 18, in Paris', [['October 16 through 18', 'date', '2023-10-16/2023-10-18']]],
    ['from May 25 to June 5, 2024', [['May 25 to June 5, 2024', 'date', '2024-05-25/2024-06-05']]],
    ['between 20 and 22 November 2023', [['20 and 22 November 2023', 'date', '2023-11-20/2023-11-22']]],
    // "and" joins days only after "between"; a number of years or people after "to" is no day.
    ['on 20 and 22 November', [['22 November', 'date', '2023-11-22']]],
    ['sentenced July 28 to 30 years in prison', [['July 28', 'date', '2023-07-28']]],
    // The part of the decade is spanned with it, as "early 2024" is (its value the whole decade).
    ['in the early 2000s', [['early 2000s', 'year', '2000-01-01/2009-12-31']]],
    // Two months, one range: the year after the second is the first's too ("May" was 2023's).
    [
      'Between May and October 2021, strikes rose',
      [['May and October 2021', 'month', '2021-05-01/2021-10-31']],
    ],
    ['from November to February 2019', [['November to February 2019', 'month', '2018-11-01/2019-02-28']]],
    ['Strikes fell between March and May', [['March and May', 'month', '2023-03-01/2023-05-31']]],
    ['the May–June offensive', [['May–June', 'month', '2023-05-01/2023-06-30']]],
    // A day after the second month opens a date of its own; "and" without "between" lists two.
    [
      'from May to October 12',
      [
        ['May', 'month', '2023-05-01/2023-05-31'],
        ['October 12', 'date', '2023-10-12'],
      ],
    ],
    [
      'in September and October',
      [
        ['September', 'month', '2023-09-01/2023-09-30'],
        ['October', 'month', '2023-10-01/2023-10-31'],
      ],
    ],
  ]);
});

describe('May and March', () => {
  table([
    ['on May 12, 2023', [['May 12, 2023', 'date', '2023-05-12']]],
    ['on 5 March 2024', [['5 March 2024', 'date', '2024-03-05']]],
    ['in May 2024', [['May 2024', 'month', '2024-05-01/2024-05-31']]],
    ['in May', [['May', 'month', '2023-05-01/2023-05-31']]],
    ['since March', [['March', 'month', '2023-03-01/2023-03-31']]],
    ['This may take time.', []],
    ['Allies may decide.', []],
    ['May I ask a question?', []],
    ['said Prime Minister Theresa May on Tuesday', [['Tuesday', 'weekday', '2023-10-10']]],
    ['a speech by May', []],
    ['March on, the troops march 5 km a day.', []],
    ['Troops march on.', []],
    ['may 12, 2023', [['may 12, 2023', 'date', '2023-05-12']]],
    ['those 2 may go', []],
    ['In May, May said', [['May', 'month', '2023-05-01/2023-05-31']]],
    [
      'in October, November and December',
      [
        ['October', 'month', '2023-10-01/2023-10-31'],
        ['November', 'month', '2023-11-01/2023-11-30'],
        ['December', 'month', '2023-12-01/2023-12-31'],
      ],
    ],
    ['Troops March 5 km a day.', []],
  ]);
});

describe('numeric dates', () => {
  table([
    ['on 2023-10-12', [['2023-10-12', 'date', '2023-10-12']]],
    ['on 2023/10/12', [['2023/10/12', 'date', '2023-10-12']]],
    ['on 10/12/23', [['10/12/23', 'date', '2023-10-12']]],
    ['on 10/12/2023', [['10/12/2023', 'date', '2023-10-12']]],
    [
      'on 31/10/2023 and 12/10/2023',
      [
        ['31/10/2023', 'date', '2023-10-31'],
        ['12/10/2023', 'date', '2023-10-12'],
      ],
    ],
    ['on 12.10.2023', [['12.10.2023', 'date', '2023-10-12']]],
    ['on 13-10-2023', [['13-10-2023', 'date', '2023-10-13']]],
    ['on 2/30/2023', []],
    ['on 2023-02-30', []],
    ['see 1/2/3/4', []],
    ['version 1.2.3', []],
    ['code 12/10/2023/7', []],
  ]);

  it('takes the order from the options', () => {
    expect(found('on 12/10/2023', null, { numericOrder: 'dmy' })).toEqual([
      ['12/10/2023', 'date', '2023-10-12'],
    ]);
    expect(found('on 12/10/2023', null, { numericOrder: 'mdy' })).toEqual([
      ['12/10/2023', 'date', '2023-12-10'],
    ]);
  });

  it('reads day first when any numeric date of the text needs it, even a later one', () => {
    expect(found('on 12/10/2023, then 25/12/2023', null)).toEqual([
      ['12/10/2023', 'date', '2023-10-12'],
      ['25/12/2023', 'date', '2023-12-25'],
    ]);
  });
});

describe('bare years', () => {
  table([
    ['in 2023', [['2023', 'year', '2023-01-01/2023-12-31']]],
    ['since 1864', [['1864', 'year', '1864-01-01/1864-12-31']]],
    // Two years joined by a word after "from" or "between" are one range.
    ['From 2014 to 2017, ISIS held Mosul', [['2014 to 2017', 'year', '2014-01-01/2017-12-31']]],
    ['between 2014 and 2017', [['2014 and 2017', 'year', '2014-01-01/2017-12-31']]],
    [
      'in 2014 to 2017',
      [
        ['2014', 'year', '2014-01-01/2014-12-31'],
        ['2017', 'year', '2017-01-01/2017-12-31'],
      ],
    ],
    ['by 2030, Allies will', [['2030', 'year', '2030-01-01/2030-12-31']]],
    ['2023’s summit', [['2023', 'year', '2023-01-01/2023-12-31']]],
    ["2023's summit", [['2023', 'year', '2023-01-01/2023-12-31']]],
    ['in early 2024', [['early 2024', 'year', '2024-01-01/2024-12-31']]],
    ['by mid-2024', [['mid-2024', 'year', '2024-01-01/2024-12-31']]],
    ['between 2020 and 2023', [['2020 and 2023', 'year', '2020-01-01/2023-12-31']]],
    [
      // One period, as a reader takes it (and re3d annotates "1977-1979").
      'in 2019–2023',
      [['2019–2023', 'year', '2019-01-01/2023-12-31']],
    ],
    ['from 2014 to 2022', [['2014 to 2022', 'year', '2014-01-01/2022-12-31']]],
    ['we have 2023 reasons', []],
    ['Resolution 2023 says', []],
    ['increased by 2000 troops', []],
    ['by 1800', []],
    ['a total of 2000 in aid', []],
    ['the year 2000 problem', [['2000', 'year', '2000-01-01/2000-12-31']]],
    ['by 2000.', [['2000', 'year', '2000-01-01/2000-12-31']]],
    ['revenue in fiscal 2023', [['2023', 'year', '2023-01-01/2023-12-31']]],
    ['in 2024-25', [['2024-25', 'year', '2024-01-01/2025-12-31']]],
    ['the war over Kuwait in 1990-91', [['1990-91', 'year', '1990-01-01/1991-12-31']]],
    ['killed in a 2008 raid', [['2008', 'year', '2008-01-01/2008-12-31']]],
    ['during the 1991 Gulf War', [['1991', 'year', '1991-01-01/1991-12-31']]],
    ['in 1999-00', [['1999-00', 'year', '1999-01-01/2000-12-31']]],
    ['to Lebanon November 18 -19, 2016', [['November 18 -19, 2016', 'date', '2016-11-18/2016-11-19']]],
  ]);
});

describe('quarters, halves and decades', () => {
  table([
    [
      'revenue in the third quarter of 2023 rose',
      [['third quarter of 2023', 'month', '2023-07-01/2023-09-30']],
    ],
    ['Q2 2023 results', [['Q2 2023', 'month', '2023-04-01/2023-06-30']]],
    // Seasons with a year: the northern meteorological months; winter straddles two years.
    ['in the fall of 2017', [['fall of 2017', 'month', '2017-09-01/2017-11-30']]],
    ['in the summer of 2014', [['summer of 2014', 'month', '2014-06-01/2014-08-31']]],
    ['in winter 2017', [['winter 2017', 'month', undefined]]],
    ['after the fall of Mosul', []],
    ['in Q4-2022', [['Q4-2022', 'month', '2022-10-01/2022-12-31']]],
    ['Q1, 2024 results', [['Q1, 2024', 'month', '2024-01-01/2024-03-31']]],
    ['first-quarter 2024 earnings', [['first-quarter 2024', 'month', '2024-01-01/2024-03-31']]],
    ['Fourth Quarter 2023 Results', [['Fourth Quarter 2023', 'month', '2023-10-01/2023-12-31']]],
    ['in H1 2024', [['H1 2024', 'month', '2024-01-01/2024-06-30']]],
    ['the second half of 2022', [['second half of 2022', 'month', '2022-07-01/2022-12-31']]],
    // A quarter without its year may be of a fiscal year: no date.
    ['the third quarter was weak; Q3 results came', []],
    ['the third half of 2022', [['2022', 'year', '2022-01-01/2022-12-31']]],
    ['in the mid-2000s', [['mid-2000s', 'year', '2000-01-01/2009-12-31']]],
    ['in the late 1990s', [['late 1990s', 'year', '1990-01-01/1999-12-31']]],
    // Edges of a period: its value is the period.
    ['before the end of the year', [['end of the year', 'relative', '2023-01-01/2023-12-31']]],
    ['at the end of last year', [['end of last year', 'relative', '2022-01-01/2022-12-31']]],
    ['by the beginning of March 2024', [['beginning of March 2024', 'month', '2024-03-01/2024-03-31']]],
    ['at the end of the day, and the end of the road', []],
  ]);
});

describe('not dates', () => {
  table([
    ['the 2000 troops left', []],
    ['early warning systems, late arrivals', []],
    ['under section 708.4(1) of the code', []],
    ['case 25SC29172 was filed', []],
    ['call (712) 279-6390 for details', []],
    ['a budget of $1.2 billion', []],
    ['some 2,651 soldiers', []],
    ['on the second day', []],
    ['Steadfast Noon began.', []],
    ['Exercise Steadfast Noon', []],
    ['the October Revolution', []],
    ['Red October sailed.', []],
    ['Good Friday Agreement', []],
    ['the Sunday Times reported', []],
    ['USA Today reported', []],
    ['for the first time in 20 years', []],
    ['twice in a week', []],
    ['John 3:16 says', []],
    ['the score was 3:1', []],
    ['Sun and Sat', []],
  ]);
});

describe('weekdays', () => {
  table([
    ['on Thursday', [['Thursday', 'weekday', '2023-10-12']]],
    ['on Monday', [['Monday', 'weekday', '2023-10-09']]],
    ['on Sunday', [['Sunday', 'weekday', '2023-10-15']]],
    ['on Mon. the talks', [['Mon.', 'weekday', '2023-10-09']]],
    [
      'Thursday, 12 October 2023',
      [
        ['Thursday', 'weekday', '2023-10-12'],
        ['12 October 2023', 'date', '2023-10-12'],
      ],
    ],
    [
      'Monday, April 22, 2024',
      [
        ['Monday', 'weekday', '2023-10-09'],
        ['April 22, 2024', 'date', '2024-04-22'],
      ],
    ],
    [
      'Fri, 13 Oct 2023',
      [
        ['Fri', 'weekday', '2023-10-13'],
        ['13 Oct 2023', 'date', '2023-10-13'],
      ],
    ],
    ["Monday's meeting", [['Monday', 'weekday', '2023-10-09']]],
    // A part of the day belongs to its weekday's date, as "yesterday morning" does.
    ['on Friday night', [['Friday night', 'weekday', '2023-10-13']]],
    // The sentence's tense says which side of the release (a Thursday) the weekday is on.
    ['Early Saturday morning, a convoy left', [['Early Saturday morning', 'weekday', '2023-10-07']]],
    ['Early Saturday morning, a convoy will leave', [['Early Saturday morning', 'weekday', '2023-10-14']]],
    ['The attack occurred Monday', [['Monday', 'weekday', '2023-10-09']]],
    ['The minister will travel to Baghdad on Monday', [['Monday', 'weekday', '2023-10-16']]],
    ['Since Saturday, forces have cleared the town', [['Saturday', 'weekday', '2023-10-07']]],
    ['Strikes were conducted Thursday', [['Thursday', 'weekday', '2023-10-12']]],
    [
      'The Secretary, who arrived Tuesday, will speak Saturday',
      [
        ['Tuesday', 'weekday', '2023-10-10'],
        ['Saturday', 'weekday', '2023-10-14'],
      ],
    ],
    ['The talks are scheduled for Tuesday', [['Tuesday', 'weekday', '2023-10-17']]],
    [
      'He spoke with reporters at the base near the city of Kandahar on Saturday',
      [['Saturday', 'weekday', '2023-10-07']],
    ],
    ['late Monday', [['late Monday', 'weekday', '2023-10-09']]],
    // The verb before the weekday is its own, though another clause's is nearer after it.
    [
      'The minister met officials on Saturday and will travel to Erbil',
      [['Saturday', 'weekday', '2023-10-07']],
    ],
    // The full stops of "Col." and "U.S." end no sentence: "said" far back still gives the tense.
    [
      'said Col. Sean Ryan, spokesman for Combined Joint Task Force – Operation Inherent Resolve, at Camp Arifjan, Kuwait, on Saturday',
      [['Saturday', 'weekday', '2023-10-07']],
    ],
    ['The ship arrived in the U.S. Saturday', [['Saturday', 'weekday', '2023-10-07']]],
    // An abbreviation's stop before "On", "The" ends its sentence too: "closed" is not the tense here.
    [
      'The deal closed with Acme Corp. On Saturday, the company will announce results',
      [['Saturday', 'weekday', '2023-10-14']],
    ],
    // A weekday just after the week it falls in ("next week, on Thursday") is that week's.
    [
      'And next week, on Thursday, he will convene his Cabinet',
      [
        ['next week', 'relative', '2023-10-16/2023-10-22'],
        ['Thursday', 'weekday', '2023-10-19'],
      ],
    ],
    // A headline without a full stop ends at its blank line: the body's past tense is not its own.
    ['Minister to visit Kabul Saturday\n\nForces cleared the town', [['Saturday', 'weekday', '2023-10-14']]],
  ]);
});

describe('relative dates', () => {
  table([
    ['today', [['today', 'relative', '2023-10-12']]],
    ['Today, Allies agreed', [['Today', 'relative', '2023-10-12']]],
    ['tonight', [['tonight', 'relative', '2023-10-12']]],
    ['yesterday', [['yesterday', 'relative', '2023-10-11']]],
    ['tomorrow', [['tomorrow', 'relative', '2023-10-13']]],
    ['yesterday morning', [['yesterday morning', 'relative', '2023-10-11']]],
    ['this morning', [['this morning', 'relative', '2023-10-12']]],
    ['this afternoon', [['this afternoon', 'relative', '2023-10-12']]],
    ['last night', [['last night', 'relative', '2023-10-11']]],
    ['the day before yesterday', [['the day before yesterday', 'relative', '2023-10-10']]],
    ['the day after tomorrow', [['the day after tomorrow', 'relative', '2023-10-14']]],
    ['this week', [['this week', 'relative', '2023-10-09/2023-10-15']]],
    ['next week', [['next week', 'relative', '2023-10-16/2023-10-22']]],
    ['last week', [['last week', 'relative', '2023-10-02/2023-10-08']]],
    ['this month', [['this month', 'relative', '2023-10-01/2023-10-31']]],
    ['next month', [['next month', 'relative', '2023-11-01/2023-11-30']]],
    ['last month', [['last month', 'relative', '2023-09-01/2023-09-30']]],
    ['this year', [['this year', 'relative', '2023-01-01/2023-12-31']]],
    ['next year', [['next year', 'relative', '2024-01-01/2024-12-31']]],
    ['last year', [['last year', 'relative', '2022-01-01/2022-12-31']]],
    // The part of the period before or after the anchor's day, not the whole period.
    ['earlier this year', [['earlier this year', 'relative', '2023-01-01/2023-10-11']]],
    ['later this month', [['later this month', 'relative', '2023-10-13/2023-10-31']]],
    ['earlier this week', [['earlier this week', 'relative', '2023-10-09/2023-10-11']]],
    ['later this week', [['later this week', 'relative', '2023-10-13/2023-10-15']]],
    ['earlier today', [['earlier today', 'relative', '2023-10-12']]],
    ['next Monday', [['next Monday', 'relative', '2023-10-16']]],
    ['last Friday', [['last Friday', 'relative', '2023-10-06']]],
    ['this Friday', [['this Friday', 'relative', '2023-10-13']]],
    ['next Thursday', [['next Thursday', 'relative', '2023-10-19']]],
    ['last October', [['last October', 'month', '2022-10-01/2022-10-31']]],
    ['next March', [['next March', 'month', '2024-03-01/2024-03-31']]],
    ['last May', [['last May', 'month', '2023-05-01/2023-05-31']]],
    ['a week ago', [['a week ago', 'relative', '2023-10-05']]],
    ['two days ago', [['two days ago', 'relative', '2023-10-10']]],
    ['3 years ago', [['3 years ago', 'relative', '2020-01-01/2020-12-31']]],
    ['a few days ago', [['a few days ago', 'relative', undefined]]],
    ['in two weeks', [['in two weeks', 'relative', '2023-10-26']]],
    ["in a week's time", [["in a week's time", 'relative', '2023-10-19']]],
    ['in three months', [['in three months', 'relative', '2024-01-01/2024-01-31']]],
    // In a perfect or past sentence it measures a stretch, no date ahead.
    ["the best I've seen in 26 years", [['in 26 years', 'relative', undefined]]],
    ['they had come a long way in eight weeks', [['in eight weeks', 'relative', undefined]]],
    ['they will deploy in two weeks', [['in two weeks', 'relative', '2023-10-26']]],
    [
      'officials said the bridge will be finished in two years',
      [['in two years', 'relative', '2025-01-01/2025-12-31']],
    ],
    [
      'the company has pledged to double output in five years',
      [['in five years', 'relative', '2028-01-01/2028-12-31']],
    ],
    // "in" stays out of a stretch named by a phrase (as re3d spans it), in before a count only.
    ['in recent days', [['recent days', 'relative', undefined]]],
    ['in the coming weeks', [['the coming weeks', 'relative', undefined]]],
    // A stretch back from the release, counted: its days up to the release's own.
    ['in the past 24 hours', [['the past 24 hours', 'relative', '2023-10-11/2023-10-12']]],
    ['over the last week', [['the last week', 'relative', '2023-10-06/2023-10-12']]],
    ['in the past two weeks', [['the past two weeks', 'relative', '2023-09-29/2023-10-12']]],
    ['over the past month', [['the past month', 'relative', '2023-09-13/2023-10-12']]],
    ['in the past year', [['the past year', 'relative', '2022-10-13/2023-10-12']]],
    ['in the last three days', [['the last three days', 'relative', '2023-10-10/2023-10-12']]],
    // Uncounted, forward, from a point the text sets elsewhere, or the end of something else: no value.
    [
      'in the last week of December',
      [
        ['the last week', 'relative', undefined],
        ['December', 'month', '2023-12-01/2023-12-31'],
      ],
    ],
    ['the last day of the talks', [['the last day', 'relative', undefined]]],
    ['over the past few months', [['the past few months', 'relative', undefined]]],
    ['in the past 30 hours', [['the past 30 hours', 'relative', undefined]]],
    ['the next day', [['the next day', 'relative', undefined]]],
    ['the previous week', [['the previous week', 'relative', undefined]]],
    // The anchor is a Thursday: this weekend is the coming one.
    ['this weekend', [['this weekend', 'relative', '2023-10-14/2023-10-15']]],
    ['last weekend', [['last weekend', 'relative', '2023-10-07/2023-10-08']]],
    ['next weekend', [['next weekend', 'relative', '2023-10-21/2023-10-22']]],
    ['four days later', [['four days later', 'relative', undefined]]],
    ['two weeks earlier', [['two weeks earlier', 'relative', undefined]]],
    ['Later, three said', []],
  ]);

  it('reads "this weekend" early in the week as the weekend just past', () => {
    expect(found('attacks this weekend and last weekend', '2023-10-09')).toEqual([
      ['this weekend', 'relative', '2023-10-07/2023-10-08'],
      ['last weekend', 'relative', '2023-10-07/2023-10-08'],
    ]);
  });

  it('leaves relative dates open without an anchor', () => {
    expect(found('next week and last Friday', null)).toEqual([
      ['next week', 'relative', undefined],
      ['last Friday', 'relative', undefined],
    ]);
  });
});

describe('two dates written in full, years and all, joined into one range', () => {
  table([
    ['Dec. 31, 2018 - Jan. 6, 2019', [['Dec. 31, 2018 - Jan. 6, 2019', 'date', '2018-12-31/2019-01-06']]],
    [
      'From Dec. 31, 2018, to Jan. 6, 2019, forces struck',
      [['Dec. 31, 2018, to Jan. 6, 2019', 'date', '2018-12-31/2019-01-06']],
    ],
    [
      'between Dec. 30, 2018, and Jan. 5, 2019, forces struck',
      [['Dec. 30, 2018, and Jan. 5, 2019', 'date', '2018-12-30/2019-01-05']],
    ],
    ['from 1 July 2016 to 30 June 2017', [['1 July 2016 to 30 June 2017', 'date', '2016-07-01/2017-06-30']]],
    // "and" without "between", or an end before the start: two dates.
    [
      'on Jan. 6, 2019 and Jan. 7, 2019',
      [
        ['Jan. 6, 2019', 'date', '2019-01-06'],
        ['Jan. 7, 2019', 'date', '2019-01-07'],
      ],
    ],
    [
      'Jan. 6, 2019 - Jan. 2, 2019',
      [
        ['Jan. 6, 2019', 'date', '2019-01-06'],
        ['Jan. 2, 2019', 'date', '2019-01-02'],
      ],
    ],
  ]);
});

describe('two days joined by "and"', () => {
  table([
    ['between Jan. 13 and 19, 2019', [['Jan. 13 and 19, 2019', 'date', '2019-01-13/2019-01-19']]],
    ['on Jan. 17 and 18', [['Jan. 17 and 18', 'date', '2023-01-17/2023-01-18']]],
    // Not the next day, not after "between": two dates, the second a number only.
    ['on Jan. 20 and 25', [['Jan. 20', 'date', '2023-01-20']]],
    ['on May 5 and 6 others died', [['May 5', 'date', '2023-05-05']]],
    [
      'July 29 and August 2',
      [
        ['July 29', 'date', '2023-07-29'],
        ['August 2', 'date', '2023-08-02'],
      ],
    ],
  ]);
});

describe('holidays', () => {
  // The anchor is 2023-10-12.
  table([
    ['on Christmas Day 2016', [['Christmas Day 2016', 'holiday', '2016-12-25']]],
    ["on New Year's Eve", [["New Year's Eve", 'holiday', '2023-12-31']]],
    ['on New Year’s Day', [['New Year’s Day', 'holiday', '2024-01-01']]],
    ['at Easter 2016', [['Easter 2016', 'holiday', '2016-03-27']]],
    ['on Good Friday 2017', [['Good Friday 2017', 'holiday', '2017-04-14']]],
    ['at Thanksgiving', [['Thanksgiving', 'holiday', '2023-11-23']]],
    ['on Labor Day 2016', [['Labor Day 2016', 'holiday', '2016-09-05']]],
    // Lunar holidays move every year: found, with no value.
    ['during Ramadan', [['Ramadan', 'holiday', undefined]]],
    ['on Eid al-Fitr', [['Eid al-Fitr', 'holiday', undefined]]],
    ['Easter Island and Christmas Island', []],
    ['a christmas tree', []],
  ]);
});

describe('recurring dates', () => {
  table([
    ['every October', [['every October', 'recurring', undefined]]],
    ['every year', [['every year', 'recurring', undefined]]],
    ['each Monday', [['each Monday', 'recurring', undefined]]],
    ['every two years', [['every two years', 'recurring', undefined]]],
    ['every other week', [['every other week', 'recurring', undefined]]],
    ['on Mondays', [['Mondays', 'recurring', undefined]]],
    ['every May', [['every May', 'recurring', undefined]]],
    ['every second counts', []],
  ]);

  it('keeps the month or weekday of a recurring date', () => {
    expect(scanDates('every October')[0]).toMatchObject({ kind: 'recurring', month: 10 });
    expect(scanDates('every Friday')[0]).toMatchObject({ kind: 'recurring', weekday: 5 });
  });
});

describe('times', () => {
  table([
    ['at 11:53 A.M. EDT', [['11:53 A.M. EDT', 'time', undefined]]],
    ['at 4:10 pm', [['4:10 pm', 'time', undefined]]],
    ['at 3:00 p.m.', [['3:00 p.m.', 'time', undefined]]],
    ['at 10am', [['10am', 'time', undefined]]],
    ['at 4:10pm', [['4:10pm', 'time', undefined]]],
    ['at 10.30 a.m.', [['10.30 a.m.', 'time', undefined]]],
    ['14:30 CET', [['14:30 CET', 'time', undefined]]],
    ['starting at 14:30', [['14:30', 'time', undefined]]],
    ['at 9 o’clock', [['9 o’clock', 'time', undefined]]],
    ['at noon', [['noon', 'time', undefined]]],
    ['until midnight', [['midnight', 'time', undefined]]],
    ['at 12 noon', [['12 noon', 'time', undefined]]],
    ['noon was quiet', []],
    ['At Noon', []],
    ['at 25:00', []],
    // Military times: four digits, with a zone or "hours".
    ['At 0800 local time the vessel approached', [['0800 local time', 'time', undefined]]],
    ['at 2130 hours the boats left', [['2130 hours', 'time', undefined]]],
    ['at 1430 GMT', [['1430 GMT', 'time', undefined]]],
    ['In 2016 hours were long', []],
    ['1200 soldiers', []],
    ['at 13 pm', []],
  ]);
});

describe('a whole paragraph', () => {
  it('finds each expression in order, without overlaps', () => {
    const text =
      'BRUSSELS, 12 October 2023 – On Thursday, ministers met at 10:00 CET. Since 2014, Allies have ' +
      'increased spending every year, and by mid-2024 they expect more. The next meeting is on 14–15 February 2024.';
    expect(found(text)).toEqual([
      ['12 October 2023', 'date', '2023-10-12'],
      ['Thursday', 'weekday', '2023-10-12'],
      ['10:00 CET', 'time', undefined],
      ['2014', 'year', '2014-01-01/2014-12-31'],
      ['every year', 'recurring', undefined],
      ['mid-2024', 'year', '2024-01-01/2024-12-31'],
      ['14–15 February 2024', 'date', '2024-02-14/2024-02-15'],
    ]);
  });

  it('gives offsets as UTF-16 indices', () => {
    const text = '🇺🇦 “Next week” – 12 October 2023';
    const exprs = scanDates(text);
    expect(exprs.map((e) => [e.start, e.end, e.text])).toEqual([
      [6, 15, 'Next week'],
      [19, 34, '12 October 2023'],
    ]);
  });
});

describe('a weekday beside a date', () => {
  it('takes that date as its value, not a day of the release week', async () => {
    const { analyze } = await import('../../src/index.js');
    const a = analyze(
      'LOS ANGELES, May 1, 2024 — The dinner is on Monday, May 13, 2024. The attack was on Friday (May 10).',
    );
    const dates = a.entities.filter((e) => e.type === 'date');
    expect(dates.map((e) => [e.mentions.map((m) => m.text), e.value])).toEqual([
      [['May 1, 2024'], '2024-05-01'],
      // Written just before it, the weekday is part of the date's mention; in brackets it stays apart.
      [['Monday, May 13, 2024'], '2024-05-13'],
      [['Friday', 'May 10'], '2024-05-10'],
    ]);
  });
});

describe('the part of a period left of a single day', () => {
  it('"earlier this week" on a Tuesday is the Monday, a day, not a range of one day', async () => {
    const { analyze } = await import('../../src/index.js');
    const a = analyze('WASHINGTON, Tuesday, March 12, 2024 — He said so earlier this week.');
    expect(a.entities.find((e) => e.mentions.some((m) => m.text === 'earlier this week'))?.value).toBe(
      '2024-03-11',
    );
  });
});

describe('paragraphs', () => {
  it('a date never runs across a blank line', () => {
    expect(scanDates('We met on 12 October\n\n2023 was a good year.').map((d) => d.text)).toEqual([
      '12 October',
    ]);
    expect(scanDates('He left on Friday, 13\n\nOctober came.').map((d) => d.text)).toEqual([
      'Friday',
      'October',
    ]);
  });

  it("the day/month order of numeric dates is the whole text's", () => {
    const dates = scanDates('Signed on 12/10/2023.\n\nIn force on 25/10/2023.');
    expect(dates.map((d) => [d.text, d.month, d.day])).toEqual([
      ['12/10/2023', 10, 12],
      ['25/10/2023', 10, 25],
    ]);
  });

  it('with a memo, only the paragraph an edit touched is scanned again, and the others move with the text', () => {
    const scanned: string[] = [];
    const kept = new Generations<string, ParagraphDates>();
    const memo = {
      get: (key: string) => kept.get(key),
      set: (key: string, value: ParagraphDates) => {
        scanned.push(key.trim());
        kept.set(key, value);
      },
    };
    const before =
      'Talks began on Monday, 9 October.\n\nThe accord was signed on 12/10/2023.\n\nIt takes effect on 25/10/2023.';
    scanDates(before, {}, undefined, memo);
    expect(scanned).toHaveLength(3);
    scanned.length = 0;
    kept.begin();
    const after = before.replace('Talks began', 'Formal talks began in Geneva');
    const dates = scanDates(after, {}, undefined, memo);
    expect(scanned).toEqual(['Formal talks began in Geneva on Monday, 9 October.']);
    expect(dates).toEqual(scanDates(after));
    for (const d of dates) expect(after.slice(d.start, d.end)).toBe(d.text);
    // The kept paragraphs still take their order from the whole text: 25/10 is day first.
    expect(dates.find((d) => d.text === '12/10/2023')).toMatchObject({ month: 10, day: 12 });
  });
});
