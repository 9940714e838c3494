/** Contact identifiers (recognize/contacts.ts): e-mail, web addresses and telephone numbers; and contact blocks' names and titles. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

describe('addresses run on into the next word', () => {
  it('"info@acme.comInvestor Relations:" (a line break lost in copying) ends at the top-level domain', () => {
    expect(
      mentionsOf(
        'ContactsJane Doe, PresidentEmail: info@acmemining.comInvestor Relations: ir@acmemining.com\nWeb: www.acmemining.comFollow us',
        ['contact'],
      ),
    ).toEqual(['contact:info@acmemining.com', 'contact:ir@acmemining.com', 'contact:www.acmemining.com']);
  });

  it('capitals inside a domain, or a domain in capitals, are left whole', () => {
    expect(mentionsOf('Write to press@Example.COM or news@mail.MyCompany.com today.', ['contact'])).toEqual([
      'contact:press@Example.COM',
      'contact:news@mail.MyCompany.com',
    ]);
  });
});

describe('telephone numbers', () => {
  it('a North American number with its country code: "1-800-222-8477" (was "800-222-8477")', () => {
    expect(
      mentionsOf('Call Crime Stoppers at 1-800-222-8477 or the station at 712-258-8477.', ['contact']),
    ).toEqual(['contact:1-800-222-8477', 'contact:712-258-8477']);
  });

  it('international, North American and national numbers dialled with a leading 0', () => {
    expect(
      mentionsOf(
        'Media contact: Jane Doe, 0427 470 633 or +61 2 6277 7500; London office 020 7946 0958; Washington (202) 555-0143.',
        ['contact'],
      ),
    ).toEqual([
      'contact:0427 470 633',
      'contact:+61 2 6277 7500',
      'contact:020 7946 0958',
      'contact:(202) 555-0143',
    ]);
  });

  it('a national number under a short contact heading ("Media contact:⏎Ben Sutton, 0412 555 389"), not under prose', () => {
    expect(
      mentionsOf('The plant opens in 2027.\n\nMedia contact:\nBen Sutton, 0412 555 389\n', ['contact']),
    ).toEqual(['contact:0412 555 389']);
    expect(
      mentionsOf(
        'The fund was set up to help farmers and their families through the drought, the minister said.\nThe grant, 0412 555 389, was approved.\n\nReference:\n0123 4567 89\n\nCase number:\n0456 2025 001\n',
        ['contact'],
      ),
    ).toEqual([]);
  });

  it('no number that has too few or too many digits for a telephone, nor a score or a count', () => {
    expect(
      mentionsOf('The score was 0 - 12 - 14, the code 01 22 33, and the serial 0123 4567 8901 2345.', [
        'contact',
      ]),
    ).toEqual([]);
  });

  it('no company, case, account or serial number in groups, nor one no line calls a telephone', () => {
    expect(
      mentionsOf(
        'BHP Group Limited (ABN 49 004 028 077) reported.\nSerial number 0045 8812 339 and the case, number 024 2023 0156.\nPay into account 0123 4567 89.\nPolice reference 01 23 456 789.\nThe grid reference is 0345 6789 12.',
        ['contact'],
      ),
    ).toEqual([]);
  });
});

describe('a contact block flattened onto one line', () => {
  it('"CONTACT: Jane Doe Executive Director, …": the title is her role, not an unnamed person', () => {
    const a = analyze(
      'Gala to benefit shelter\n\nDENVER, May 2, 2024 -- The Larkspur Foundation will host a gala.\n\nCONTACT: Renee Alvarado Executive Director, The Larkspur Foundation renee@larkspur.org (303) 555-0144\n',
    );
    const renee = a.entities.find((e) => e.name === 'Renee Alvarado');
    expect(renee?.roles.map((r) => r.title)).toEqual(['Executive Director']);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Renee Alvarado']);
  });
});
