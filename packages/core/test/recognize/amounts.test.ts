/**
 * Money and quantities with re3d's spans: a count is its number ("[300] troops"), a measure keeps its
 * unit ("8 km"), money its currency and scale. The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

const amounts = (text: string) => mentionsOf(text, ['money', 'quantity']);

describe('money as headlines and other dollars write it', () => {
  it('a scale in capitals or title case, and a country letters before "$"', () => {
    expect(
      amounts(
        '$2 MILLION FOR REFUGEES, then $91 Million for transit, US$1.65 billion in deals and HK$20 million more.',
      ),
    ).toEqual(['money:$2 MILLION', 'money:$91 Million', 'money:US$1.65 billion', 'money:HK$20 million']);
    expect(mentionsOf('deals worth US$1.65 billion', ['location', 'organization'])).toEqual([]);
  });
});

describe('durations and ages', () => {
  it('a duration is a date without a value; an age is no date', () => {
    const text =
      'Adverts target 13 to 18 year olds and a boy who is 15 years old; he served 30 years in prison.';
    expect(mentionsOf(text, ['date'])).toEqual(['date:30 years']);
    expect(mentionsOf(text, ['quantity'])).toEqual(['quantity:18', 'quantity:15']);
  });
});

describe('measures that look like money or time', () => {
  it('"pounds of" something is a weight; thousands of hours are work done, not a stretch of time', () => {
    const text =
      'The KC-30A delivered 55 million pounds of fuel; the UK gave 20 million pounds in aid and 5 million pounds of damage. The Hornets flew more than 2,500 hours; the battle lasted 36 hours.';
    expect(mentionsOf(text, ['money', 'quantity', 'date'])).toEqual([
      'quantity:55 million pounds',
      'money:20 million pounds',
      'money:5 million pounds',
      'quantity:2,500 hours',
      'date:36 hours',
    ]);
  });
});

describe('quantities', () => {
  it('counts with the number alone, in digits or words, leaving the counted thing to its own type', () => {
    expect(
      amounts(
        'The UK has flown over 870 missions, sent 125 additional soldiers and conducted seven airdrops.',
      ),
    ).toEqual(['quantity:870', 'quantity:125', 'quantity:seven']);
    expect(mentionsOf('The Air Force will deliver 12 F-16s.', ['quantity', 'equipment'])).toEqual([
      'quantity:12',
      'equipment:F-16s',
    ]);
  });

  it('names a count with what it counts, so a list of entities reads sensibly', () => {
    const a = analyze(
      'The coalition sent 300 troops in May and another 300 troops in June; it also sent 300 trucks and hundreds of additional reserve forces.',
    );
    const quantities = a.entities.filter((e) => e.type === 'quantity');
    expect(quantities.map((e) => e.name)).toEqual([
      '300 troops',
      '300 trucks',
      'hundreds of additional reserve forces',
    ]);
    expect(quantities[0]?.mentions.map((m) => m.text)).toEqual(['300', '300']);
    // The number is the mention, not another name of the entity.
    expect(quantities.flatMap((e) => e.aliases)).toEqual([]);
  });

  it('keeps units of measure, percentages and scales', () => {
    expect(
      amounts(
        'The village lies 8 km north of the dam, which passes 7,000 m3/s; 30 percent of 2 million residents and 25% of the 18,000 square kilometres were affected.',
      ),
    ).toEqual([
      'quantity:8 km',
      'quantity:7,000 m3/s',
      'quantity:30 percent',
      'quantity:2 million',
      'quantity:25%',
      'quantity:18,000 square kilometres',
    ]);
  });

  it('reads vague numbers', () => {
    expect(
      amounts(
        'Tens of thousands of people fled and millions have been displaced; hundreds of reserve forces arrived.',
      ),
    ).toEqual(['quantity:Tens of thousands', 'quantity:millions', 'quantity:hundreds']);
  });

  it('leaves references, footnotes and years alone', () => {
    expect(amounts('Resolution 2254 was adopted in 2015.[3] Chapter 5 covers it.')).toEqual([]);
  });
});

describe('money', () => {
  it('reads symbols, glued scales and currency words, without the qualifier', () => {
    expect(
      amounts(
        'The UK committed over £1.1bn, the US more than $4 million and the EU 9 billion euros; smugglers made millions of dollars.',
      ),
    ).toEqual(['money:£1.1bn', 'money:$4 million', 'money:9 billion euros', 'money:millions of dollars']);
  });
});

describe('numbers that count nothing', () => {
  it('a number in a name and a proportion are no quantities', () => {
    expect(
      mentionsOf(
        'Adults with Type 2 diabetes were asked; eight out of 10 agreed. The Coalition conducted 19 strikes.',
        ['quantity', 'date'],
      ),
    ).toEqual(['quantity:19']);
  });
});

describe('counts of things an organisation owns', () => {
  it('are named with what they count, past the acronym, so equal numbers of different things stay apart', () => {
    const a = analyze(
      'A strike destroyed two ISIS vehicles. Another destroyed two ISIS boats and 14 ISIS-held buildings.',
    );
    const counts = a.entities
      .filter((e) => e.type === 'quantity')
      .map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(counts).toEqual([
      ['two ISIS vehicles', ['two']],
      ['two ISIS boats', ['two']],
      ['14 ISIS-held buildings', ['14']],
    ]);
  });
});
