/**
 * Minimal reproducers of the core bugs found by the property and hostile suites (docs/reliability.md
 * lists them all). A newly found bug goes here skipped, and is un-skipped with its fix.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('core bugs found by the hostile suites', () => {
  // Was a bug: the lead's date reach (structure/dateline.ts LEAD_DATE_REACH) counted the CRs of CRLF, so this date, at 150 with LF, was lost with CRLF.
  it('a wrapped lead’s date is the release date with CRLF as with LF', () => {
    const lf = `Title\n\n${'The minister\n'.repeat(11)}met on 1 January 2024.`;
    expect(analyze(lf).document.date).toBe('2024-01-01');
    expect(analyze(lf.replace(/\n/g, '\r\n')).document.date).toBe('2024-01-01');
  });

  // Was a bug: the residue-tail position (structure/classify.ts TAIL_FRACTION) counted the CRs of CRLF, which moved a "Share this:" tail below 60% and the list after it was mined.
  it('a residue tail ends the release with CRLF as with LF', () => {
    const lf = `Title\n\nNATO met in Brussels ${'x'.repeat(100)}.\n\nShare this:\n\n${'- Kyiv\n'.repeat(10).trim()}`;
    const kinds = (text: string) => analyze(text).document.sections.map((s) => s.kind);
    expect(kinds(lf)).toEqual(['title', 'lead', 'residue', 'residue']);
    expect(kinds(lf.replace(/\n/g, '\r\n'))).toEqual(kinds(lf));
  });

  // Was a bug: an entity's name kept the line breaks of the text it was written in.
  it('an amount wrapped over a line break is named without the break', () => {
    const money = analyze('NATO paid $41.2\nmillion today. Brussels paid $41.2 million too.').entities.filter(
      (e) => e.type === 'money',
    );
    expect(money.map((e) => [e.name, e.mentions.length])).toEqual([['$41.2 million', 2]]);
  });
});
