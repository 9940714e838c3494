/**
 * The release's headline and dateline (structure/classify.ts, structure/dateline.ts) when its top
 * holds a label, a date, a contact line or a letterhead, and when a wire names itself in brackets.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('the headline below a release label', () => {
  it('skips the label, the date and the contact line above it', () => {
    const a = analyze(
      'FOR IMMEDIATE RELEASE\nJuly 23, 2024\n\nContact: Emily Navarro (202) 224-5521\n\nSenator Halvorsen Introduces Bill to Protect Rural Hospitals\n\nWASHINGTON, D.C. - Senator Karen Halvorsen today introduced the Rural Hospital Lifeline Act, which would fund hospitals at risk of closing.',
    );
    expect(a.document.title).toBe('Senator Halvorsen Introduces Bill to Protect Rural Hospitals');
    expect(a.document.date).toBe('2024-07-23');
  });

  it('skips a letterhead above the label, and a block of short lines below it, not a short headline', () => {
    expect(
      analyze(
        'Department of Justice\nU.S. Attorney’s Office\nEastern District of Virginia\n\nFOR IMMEDIATE RELEASE\nThursday, October 17, 2024\n\nFormer Contractor Sentenced to 78 Months for Bribery\n\nALEXANDRIA, Va. – A former executive was sentenced today to 78 months in prison for bribery and export violations.',
      ).document.title,
    ).toBe('Former Contractor Sentenced to 78 Months for Bribery');
    expect(
      analyze(
        'MEDIA RELEASE\n\nSenator the Hon Marise Payne\nMinister for Defence\n\nSuper Hornets return home after Operation OKRA rotation\n\nSix F/A-18F Super Hornets returned to RAAF Base Amberley today after a deployment to the Middle East.',
      ).document.title,
    ).toBe('Super Hornets return home after Operation OKRA rotation');
    expect(
      analyze(
        'U.S. Department of Defense\n\nImmediate Release\n\nDoD Identifies Army Casualties\n\nThe Department of Defense announced today the death of two soldiers who were supporting the operation.',
      ).document.title,
    ).toBe('DoD Identifies Army Casualties');
  });

  it('keeps the first block when no furniture is there, or when prose follows it', () => {
    expect(
      analyze('Sanctions on Syria\n\nThe UK welcomed new sanctions today on those who supply the regime.')
        .document.title,
    ).toBe('Sanctions on Syria');
    expect(
      analyze(
        'Speech to the Senate, Canberra\n\nTUESDAY, 17 OCTOBER 2017\n\nLast week in Adelaide I met with members of the Bangladeshi community and received this petition from them.',
      ).document.title,
    ).toBe('Speech to the Senate, Canberra');
  });
});

describe('a wire dateline with the wire in brackets', () => {
  it('"BEIRUT (Reuters) -" and "KYIV, Ukraine (AP) —" give the release its place', () => {
    expect(
      analyze(
        'Port workers strike\n\nBEIRUT (Reuters) - Dock workers at the Port of Beirut walked off the job on Wednesday, union officials said.',
      ).document.place,
    ).toBe('Beirut');
    expect(
      analyze(
        'Drones hit Kyiv\n\nKYIV, Ukraine (AP) — Russia launched dozens of drones at the capital overnight, officials said.',
      ).document.place,
    ).toBe('Kyiv, Ukraine');
  });
});
