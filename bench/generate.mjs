/**
 * A deterministic generator of long, realistic press releases: a headline, a source line, a
 * dateline, then paragraphs (statements, quotes with attributions, lists, briefing turns, money,
 * quantities, documents, dates) until the text reaches the requested size, then an About section
 * and a contact block. Everything comes from vocabulary.mjs through a seeded PRNG, so the same
 * size and seed always give the same text, on any machine.
 */
import * as V from './vocabulary.mjs';

/** mulberry32: small, fast, good enough for choosing words. Returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeWriter(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  // A cast of people for the document: names recur, as they do in real releases.
  const cast = Array.from({ length: 40 }, () => ({
    first: pick(V.FIRST_NAMES),
    last: pick(V.SURNAMES),
    title: pick(V.TITLES),
    org: pick(V.ORGANIZATIONS),
  }));
  const person = () => pick(cast);
  const fullName = (p) => `${p.first} ${p.last}`;
  const date = () => `${int(1, 28)} ${pick(V.MONTHS)} ${int(2019, 2025)}`;
  const usDate = () => `${pick(V.MONTHS)} ${int(1, 28)}, ${int(2019, 2025)}`;
  const money = () => `${pick(V.CURRENCIES)}${int(1, 950)}.${int(1, 9)} ${pick(V.AMOUNT_UNITS)}`;
  const quantity = () => `${int(2, 40) * 50} ${pick(V.QUANTITY_UNITS)}`;
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

  const statement = () => {
    const p = person();
    switch (int(0, 7)) {
      case 0:
        return `${p.title} ${fullName(p)} ${pick(V.VERBS)} the ${pick(V.ADJECTIVES)} ${pick(V.NOUNS)} of ${pick(V.COUNTRIES)} on ${pick(V.WEEKDAYS)} (${date()}).`;
      case 1:
        return `Ministers ${pick(V.VERBS)} ${pick(V.TOPICS)}, including ${pick(V.TOPICS)} and ${pick(V.TOPICS)}.`;
      case 2:
        return `${cap(pick(V.ORGANIZATIONS))} will provide ${money()} for ${pick(V.TOPICS)} in ${pick(V.REGIONS)} ${pick(V.RELATIVE_DATES)}.`;
      case 3:
        return `${pick(V.NATIONALITIES)} forces deployed ${quantity()} and ${pick(V.EQUIPMENT)} to ${pick(V.COUNTRIES)} during ${pick(V.EVENTS)}.`;
      case 4:
        return `Under ${pick(V.DOCUMENTS)}, ${pick(V.COUNTRIES)} and ${pick(V.COUNTRIES)} ${pick(V.VERBS)} their ${pick(V.NOUNS)} on ${usDate()}.`;
      case 5: {
        const [long, short] = pick(V.ACRONYMS);
        return `The ${long} (${short}) ${pick(V.VERBS)} ${pick(V.TOPICS)} with ${pick(V.ORGANIZATIONS)} in ${pick(V.PLACES)}.`;
      }
      case 6:
        return `Mr. ${p.last} met ${pick(V.HONORIFICS)} ${pick(V.SURNAMES)} of ${p.org} in ${pick(V.PLACES)} ${pick(V.RELATIVE_DATES)}.`;
      default:
        return pick(V.FILLER_SENTENCES);
    }
  };

  const sentences = (lo, hi) => Array.from({ length: int(lo, hi) }, statement).join(' ');

  const paragraph = () => {
    const p = person();
    switch (int(0, 9)) {
      case 0:
      case 1:
      case 2:
      case 3:
        return sentences(2, 5);
      case 4:
        return `“${sentences(1, 3)}” said ${p.title} ${fullName(p)}. “${sentences(1, 2)}”`;
      case 5:
        return `${fullName(p)}, ${p.title} of ${p.org}, said: “${sentences(1, 3)}”`;
      case 6:
        return [
          `${cap(pick(V.VERBS))} at the meeting:`,
          ...Array.from({ length: int(2, 5) }, () => `- ${cap(pick(V.TOPICS))} in ${pick(V.REGIONS)};`),
        ].join('\n');
      case 7:
        return `Q: ${pick(V.QUESTION_OPENERS)} ${pick(V.TOPICS)} in ${pick(V.COUNTRIES)}?\n\n${p.title.toUpperCase()} ${p.last.toUpperCase()}: ${sentences(2, 4)}`;
      case 8:
        return `In ${pick(V.REGIONS)}, ${pick(V.COUNTRIES)} ${pick(V.VERBS)} ${pick(V.ADJECTIVES)} ${pick(V.NOUNS)} worth ${money()}, the ${pick(V.NATIONALITIES)} ${pick(V.TITLES)} ${p.last} said on ${pick(V.WEEKDAYS)}.`;
      default:
        return `${pick(V.PLACES).toUpperCase()}, ${usDate()} – ${sentences(1, 3)}`;
    }
  };

  const header = () => {
    const p = person();
    return [
      `${cap(pick(V.ORGANIZATIONS))} ${pick(V.VERBS)} ${pick(V.TOPICS)} at ${pick(V.EVENTS)}`,
      `Source: ${cap(pick(V.ORGANIZATIONS))}`,
      `${pick(V.PLACES).toUpperCase()}, ${usDate()} – ${p.title} ${fullName(p)} ${pick(V.VERBS)} ${pick(V.TOPICS)} with ${pick(V.ORGANIZATIONS)}.`,
    ];
  };

  const footer = () => {
    const p = person();
    const org = cap(pick(V.ORGANIZATIONS));
    return [
      `About ${org}`,
      `${org} works with partners in ${pick(V.REGIONS)} on ${pick(V.TOPICS)} and ${pick(V.TOPICS)}.`,
      `Media contact:\n${fullName(p)}\n${p.last.toLowerCase().replace(/\s/g, '')}@example.org\n+1 202 555 0${int(100, 199)}`,
      '###',
    ];
  };

  return { header, paragraph, footer };
}

/**
 * One release of at least `chars` UTF-16 code units (it stops at the first paragraph boundary at or
 * past the target, then adds the footer; the overshoot is a few hundred characters).
 */
export function generateRelease(chars, seed = 20231012) {
  const writer = makeWriter(prng(seed));
  const parts = writer.header();
  let length = parts.reduce((n, s) => n + s.length + 2, 0);
  while (length < chars) {
    const paragraph = writer.paragraph();
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  parts.push(...writer.footer());
  return `${parts.join('\n\n')}\n`;
}
