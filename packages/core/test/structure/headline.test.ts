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

  it('keeps a short headline above a date, a contact line, an embargo or a subheading', () => {
    const titles = [
      'Smith Welcomes Rail Deal\n\n23 July 2024\n\nNew line to open in 2027\n\nThe Transport Minister, Jane Smith, today welcomed the deal.',
      'Council Approves Budget\nContact: Jane Doe, 555-0100\n\nRates to rise 3 per cent\n\nThe council approved its budget today.',
      'Jobs Figures Beat Forecasts\n\nEMBARGOED UNTIL 00:01 TUESDAY 12 MARCH 2024\n\nUnemployment falls to 3.7 per cent\n\nUnemployment fell today.',
      'Warner, Kaine Back Hospitals\n\nMarch 3, 2024\n\nWASHINGTON – U.S. Sens. Mark R. Warner and Tim Kaine today announced $4 million for Virginia hospitals:',
    ].map((text) => analyze(text).document.title);
    expect(titles).toEqual([
      'Smith Welcomes Rail Deal',
      'Council Approves Budget',
      'Jobs Figures Beat Forecasts',
      'Warner, Kaine Back Hospitals',
    ]);
    // Below the label: a two-line headline is one, an office's name is a letterhead.
    expect(
      analyze(
        'FOR IMMEDIATE RELEASE\n\nJuly 23, 2024\n\nSenator Smith Introduces\nRural Broadband Bill\n\nBill would connect two million homes\n\nSenator Smith introduced a bill today.',
      ).document.title,
    ).toBe('Senator Smith Introduces\nRural Broadband Bill');
    expect(
      analyze(
        'FOR IMMEDIATE RELEASE\n\nCity of Springfield\nOffice of the Mayor\n\nMayor Announces New Park\n\nThe mayor announced a park today.',
      ).document.title,
    ).toBe('Mayor Announces New Park');
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
    // A body's name in brackets is no agency's: "IOM (UN Migration)" is no place.
    expect(
      analyze(
        'Aid agency appeals for funds\n\nIOM (UN Migration) - The International Organization for Migration today appealed for funds.',
      ).document.place,
    ).toBeNull();
  });
});

describe("a release's number before its date on a line of their own", () => {
  it('"M35 12 February 1980", "No. 112 3 March 2017" date the release, and its "today" with it', () => {
    const a = analyze(
      'Aid for refugees\n\nMINISTER FOR\n\nFOREIGN AFFAIRS\n\nNo. Date THE HON. JOHN CARTER M.P.\n\nM35 12 February 1980\n\nAID FOR REFUGEES\n\nThe Minister announced today a further $2 million, as he said last month he would.',
    );
    expect(a.document.date).toBe('1980-02-12');
    expect(a.entities.find((e) => e.name === 'last month')?.value).toBe('1980-01-01/1980-01-31');
    expect(
      analyze('Media release\n\nNo. 112 3 March 2017\n\nThe minister said today that talks would go on.')
        .document.date,
    ).toBe('2017-03-03');
  });
});
