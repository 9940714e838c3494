/**
 * Hostile characters: right-to-left text (Arabic, Hebrew, bidi controls), emoji and ZWJ sequences,
 * combining marks, lone surrogates, NUL bytes and byte order marks. Every input keeps the contract
 * (contract.ts: no throw, schema, offset invariant with no offset inside a surrogate pair,
 * determinism). Where the hostile characters sit apart from the English text (their own paragraph,
 * after a sentence, before the text), the English entities must not change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from '../../src/index.js';
import { assertContract } from '../properties/contract.js';
import { MB } from '../support/generate-text.js';
import { repoRoot, textFilesIn } from '../support/repo-paths.js';

const TIMEOUT = 60_000;

function seedText(): string {
  const [file] = textFilesIn(join(repoRoot, 'seeds'));
  if (!file) throw new Error('no seed text');
  return readFileSync(file, 'utf8');
}

const RELEASE = [
  'NATO Secretary General meets Ukrainian ministers',
  '',
  'BRUSSELS, 12 October 2023 – Secretary General Jens Stoltenberg met Lloyd J. Austin III in Brussels.',
  '',
  '“We stand together,” said Mr. Stoltenberg. NATO will deliver $1.5 billion in air defence to Ukraine.',
  '',
  'Contact: press@hq.nato.int',
].join('\n');

/** The entities as type, name and mention texts: what a reader sees, without offsets. */
function found(analysis: Analysis): string[] {
  return analysis.entities.map((e) => `${e.type}: ${e.name} [${e.mentions.map((m) => m.text).join(' | ')}]`);
}

const ARABIC =
  'أعلن الأمين العام لحلف شمال الأطلسي اليوم في بروكسل عن حزمة دعم جديدة. وقال إن الحلفاء متحدون.';
const HEBREW = 'שר הביטחון נפגש היום בבריסל עם עמיתיו. הוא אמר כי הברית מאוחדת.';

describe('right-to-left text', () => {
  it('a release written in Arabic', () => {
    assertContract(
      `بيان صحفي\n\nبروكسل، 12 أكتوبر 2023 – ${ARABIC}\n\n${ARABIC}\n\nللاتصال: press@hq.nato.int`,
    );
  });

  it('a release written in Hebrew', () => {
    assertContract(`הודעה לעיתונות\n\nבריסל, 12 באוקטובר 2023 – ${HEBREW}\n\n${HEBREW}`);
  });

  it('English names inside Arabic and Hebrew sentences, with bidi controls', () => {
    const text = [
      `${ARABIC} Jens Stoltenberg ${ARABIC}`,
      `${HEBREW} \u202bNATO\u202c ${HEBREW} \u2067Brussels\u2069`,
      `\u202eJens Stoltenberg met NATO\u202c \u200fقال\u200e Lloyd Austin.`,
    ].join('\n\n');
    assertContract(text);
  });

  it('an Arabic and a Hebrew paragraph between the English ones change no English entity', () => {
    const mixed = RELEASE.split('\n\n').join(`\n\n${ARABIC}\n\n${HEBREW}\n\n`);
    assertContract(mixed);
    expect(found(analyze(mixed))).toEqual(found(analyze(RELEASE)));
  });

  it(
    '2 MB of Arabic on one line',
    () => {
      assertContract(`${ARABIC} `.repeat(Math.ceil((2 * MB) / (ARABIC.length + 1))), undefined, {
        determinism: false,
      });
    },
    TIMEOUT,
  );
});

describe('emoji and ZWJ sequences', () => {
  const EMOJI = ['👩‍👩‍👧', '🧑🏿‍🚀', '🏳️‍🌈', '👍🏽', '🇺🇸', '1️⃣', '❤️‍🔥', '🫶🏼'];

  it('emoji in place of spaces and glued to names', () => {
    const text = RELEASE.replace(/ /g, (_, i: number) =>
      i % 3 === 0 ? (EMOJI[i % EMOJI.length] ?? ' ') : ' ',
    );
    assertContract(text);
    assertContract(`😀Jens😀Stoltenberg😀 met👩‍👩‍👧NATO🇧🇪in🇧🇪Brussels.`);
  });

  it('an emoji after each sentence and as a paragraph of its own changes no entity', () => {
    const decorated = RELEASE.replace(/(Brussels|Stoltenberg|Ukraine)\./g, '$1. 👩‍👩‍👧')
      .split('\n\n')
      .join('\n\n🧑🏿‍🚀🏳️‍🌈\n\n');
    expect(decorated.match(/👩‍👩‍👧/gu)).toHaveLength(3);
    assertContract(decorated);
    expect(found(analyze(decorated))).toEqual(found(analyze(RELEASE)));
  });

  it(
    '1 MB of ZWJ sequences',
    () => {
      assertContract(EMOJI.join('').repeat(Math.ceil(MB / EMOJI.join('').length)), undefined, {
        determinism: false,
      });
    },
    TIMEOUT,
  );

  it(
    'half a million joiners with nothing to join, and a million variation selectors',
    () => {
      assertContract('\u200d'.repeat(MB / 2), undefined, { determinism: false });
      assertContract(`A${'\ufe0f'.repeat(MB)}`, undefined, { determinism: false });
    },
    TIMEOUT,
  );
});

describe('combining marks', () => {
  it('the seed in decomposed form (NFD)', () => {
    const nfd = `${seedText()}\n\nZoë Ångström met José Müller-Lüdenscheidt in Zürich and Türkiye.`.normalize(
      'NFD',
    );
    assertContract(nfd);
  });

  it('names with stacked marks ("zalgo")', () => {
    const zalgo = (s: string) =>
      s.replace(/\p{L}/gu, (c) => `${c}\u0351\u0352\u0353\u0354\u0310\u0300\u0301`);
    assertContract(zalgo(RELEASE));
  });

  it(
    'one letter followed by a million combining marks',
    () => {
      assertContract(`Jens S${'\u0301'.repeat(MB)}toltenberg met NATO.`, undefined, { determinism: false });
    },
    TIMEOUT,
  );

  it('a combining mark at the very start and after every line break', () => {
    assertContract(`\u0301${RELEASE.replace(/\n/g, '\n\u0308')}`);
  });
});

describe('lone surrogates', () => {
  it('lone halves glued to names, at the start and at the end', () => {
    assertContract(`\udc00Jens\ud83d Stoltenberg\ude00 met \ud800NATO\udbff in Brussels.\ud83d`);
    assertContract(RELEASE.replace(/ /g, (_, i: number) => (i % 2 === 0 ? '\ud83d' : ' \ude00')));
  });

  it('reversed pairs (low then high) and a pair cut by a line break', () => {
    assertContract(`Jens \ude00\ud83d Stoltenberg met NATO.\n\nBrussels \ud83d\n\ude00 12 October 2023`);
  });

  it(
    'a million lone high surrogates, and a million alternating halves in the wrong order',
    () => {
      assertContract('\ud83d'.repeat(MB), undefined, { determinism: false });
      assertContract('\ude00\ud83d'.repeat(MB / 2), undefined, { determinism: false });
    },
    TIMEOUT,
  );
});

describe('NUL bytes', () => {
  it('NULs instead of spaces, and around the text', () => {
    assertContract(`\u0000${RELEASE.replace(/ /g, '\u0000')}\u0000`);
  });

  it('a NUL after every character (UTF-16 read as Latin-1)', () => {
    assertContract(Array.from(RELEASE, (c) => `${c}\u0000`).join(''));
  });

  it(
    'a million NULs, alone and between paragraphs',
    () => {
      assertContract('\u0000'.repeat(MB), undefined, { determinism: false });
      assertContract(RELEASE.split('\n\n').join(`\n\n${'\u0000'.repeat(MB / 4)}\n\n`), undefined, {
        determinism: false,
      });
    },
    TIMEOUT,
  );
});

describe('byte order marks', () => {
  const BOM = '\ufeff';

  it('a leading BOM keeps the contract', () => {
    assertContract(`${BOM}${RELEASE}`);
    assertContract(`${BOM}${seedText()}`);
  });

  it('a leading BOM changes no entity (mentions shift by one)', () => {
    const plain = analyze(RELEASE);
    const bom = analyze(`${BOM}${RELEASE}`);
    expect(found(bom)).toEqual(found(plain));
    expect(bom.entities.flatMap((e) => e.mentions.map((m) => m.start - 1))).toEqual(
      plain.entities.flatMap((e) => e.mentions.map((m) => m.start)),
    );
  });

  it('BOMs inside the text (as zero-width no-break spaces) and a text of BOMs only', () => {
    assertContract(RELEASE.replace(/ /g, `${BOM} `));
    assertContract(`${BOM}${BOM}${BOM}\n${BOM}\n\n${BOM}`);
    assertContract(BOM.repeat(100_000), undefined, { determinism: false });
  });
});
