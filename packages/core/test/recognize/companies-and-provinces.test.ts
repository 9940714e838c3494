/**
 * Companies the knowledge base lists (knowledge/organizations.ts, COMPANIES), provinces of Canada,
 * Australia, India and South Africa (knowledge/generated/provinces.ts), counties before a title and
 * a place after a common word opening the sentence (recognize/chunks.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

describe('companies a release quotes', () => {
  it('single-word companies no rule reads are found ("Microsoft said", "advised by Deloitte")', () => {
    expect(
      mentionsOf('Microsoft, Nvidia and Pfizer said on Monday that sales rose.', ['organization']),
    ).toEqual(['organization:Microsoft', 'organization:Nvidia', 'organization:Pfizer']);
    expect(mentionsOf('The deal was advised by Deloitte, KPMG and McKinsey.', ['organization'])).toEqual([
      'organization:Deloitte',
      'organization:KPMG',
      'organization:McKinsey',
    ]);
  });

  it('"Sophie Grant, CEO of Grant Thornton UK": the firm is Grant Thornton (was a person "Thornton UK")', () => {
    const analysis = analyze('Sophie Grant, CEO of Grant Thornton UK, said the market was strong.');
    expect(analysis.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Sophie Grant']);
    const firm = analysis.entities.find((e) => e.name === 'Grant Thornton');
    expect(firm?.type).toBe('organization');
  });

  it('after a given name, a company\'s one word is a surname: "Michael Bloomberg", "Tony Roche"', () => {
    expect(mentionsOf('Michael Bloomberg said the fund would grow.', ['organization', 'person'])).toEqual([
      'person:Michael Bloomberg',
    ]);
    expect(
      mentionsOf('Tony Roche said the plan worked. Roche added that it was cheap.', [
        'organization',
        'person',
      ]),
    ).toEqual(['person:Tony Roche', 'person:Roche']);
    expect(mentionsOf('Roche said sales rose.', ['organization', 'person'])).toEqual(['organization:Roche']);
  });

  it('a surname that is a known place, written alone after the full name, is the person ("Austin said")', () => {
    expect(
      mentionsOf('Lloyd Austin met troops. Austin said the plan worked.', ['person', 'location']),
    ).toEqual(['person:Lloyd Austin', 'person:Austin']);
    expect(mentionsOf('Lloyd Austin flew to Austin on Monday.', ['person', 'location'])).toEqual([
      'person:Lloyd Austin',
      'location:Austin',
    ]);
    // Only beside a verb of speech: "in Dallas and Austin", "downtown Austin" stay the city.
    expect(
      mentionsOf('Lloyd Austin met veterans in Dallas and Austin, then toured downtown Austin.', [
        'person',
        'location',
      ]),
    ).toEqual(['person:Lloyd Austin', 'location:Dallas', 'location:Austin', 'location:Austin']);
    expect(
      mentionsOf('Michael Bloomberg spoke. Bloomberg News reported it.', ['person', 'organization']),
    ).toEqual(['person:Michael Bloomberg', 'organization:Bloomberg News']);
  });

  it('a common-word given name before a company\'s word still makes a person: "said Mark Roche"', () => {
    expect(
      mentionsOf('"We are confident," said Mark Roche, the company\'s finance director.', [
        'organization',
        'person',
      ]),
    ).toEqual(['person:Mark Roche']);
    expect(mentionsOf('Mark Siemens, a software engineer, founded the startup.', ['organization'])).toEqual(
      [],
    );
    // (A month is no given name there: "In May Nvidia said".)
    expect(mentionsOf('In May Nvidia said sales rose.', ['organization', 'person'])).toEqual([
      'organization:Nvidia',
    ]);
  });

  it('a company\'s word opening a longer name is a firm of its own: "Siemens Energy", "Roche Communications"', () => {
    expect(mentionsOf('The Siemens Energy board approved the sale.', ['organization'])).toEqual([
      'organization:Siemens Energy',
    ]);
    expect(
      mentionsOf('Media Contact:\nTom Roche\nRoche Communications\n(212) 555-0199', [
        'organization',
        'person',
      ]),
    ).toEqual(['person:Tom Roche', 'organization:Roche Communications']);
    // Not over a title, an acronym or a headline's verb.
    expect(mentionsOf('Pfizer Chief Executive Albert Bourla said.', ['organization', 'person'])).toEqual([
      'organization:Pfizer',
      'person:Albert Bourla',
    ]);
    // ("Chief Executive" opens a name the knowledge base does not know as a first name too.)
    expect(mentionsOf('Nokia Chief Executive Pekka Lundmark said.', ['organization', 'person'])).toEqual([
      'organization:Nokia',
      'person:Pekka Lundmark',
    ]);
    expect(mentionsOf('Nvidia GPUs sold out.', ['organization'])).toEqual(['organization:Nvidia']);
    expect(mentionsOf('Microsoft Announces New Tools For Developers', ['organization'])).toEqual([
      'organization:Microsoft',
    ]);
  });

  it('"Co." ends a company\'s name as "Corp." does, and "Bill Gates" is known', () => {
    expect(mentionsOf('Acme Motor Co. said it would cut jobs.', ['organization'])).toEqual([
      'organization:Acme Motor Co.',
      'organization:it',
    ]);
    expect(mentionsOf('The Co. Cork council met on Monday.', ['organization'])).toEqual([]);
    expect(mentionsOf('A farmer from Tralee, Co. Kerry, won the prize.', ['organization'])).toEqual([]);
    expect(
      mentionsOf('Bill Gates said the fund would grow. Gates added that it would help.', ['person']),
    ).toEqual(['person:Bill Gates', 'person:Gates']);
  });

  it('"Jane Doe of Acme Corp.": a person, then the company she works for (was one body)', () => {
    expect(
      mentionsOf('Chief Operating Officer Maria Lopez of Brightwell Corp. will open the plant.', [
        'organization',
        'person',
      ]),
    ).toEqual(['person:Maria Lopez', 'organization:Brightwell Corp.']);
    expect(
      mentionsOf('Daniel R. Whitman of Castellan Holdings Inc. said the line was ready.', [
        'organization',
        'person',
      ]),
    ).toEqual(['person:Daniel R. Whitman', 'organization:Castellan Holdings Inc.']);
    // A body named for a place keeps its "of".
    expect(mentionsOf('He joined Bank of America Corp. in 2010.', ['organization', 'person'])).toEqual([
      'organization:Bank of America Corp.',
    ]);
  });

  it('"Google Cloud" is its own name, not Google', () => {
    const analysis = analyze('Google Cloud today announced a partnership. Google Cloud will host it.');
    expect(analysis.entities.map((e) => e.name)).toContain('Google Cloud');
    expect(analysis.entities.map((e) => e.name)).not.toContain('Google');
  });
});

describe('a company named with digits and capitals first', () => {
  it('"5E Advanced Materials", "3D Systems Corporation": the digits open the name (was "Advanced Materials")', () => {
    expect(
      mentionsOf('The bank is investing $8 million into 5E Advanced Materials, a California-based company.', [
        'organization',
      ]),
    ).toEqual(['organization:5E Advanced Materials']);
    expect(
      mentionsOf('Analysts said that 5E Advanced Materials had won the grant.', ['organization']),
    ).toEqual(['organization:5E Advanced Materials']);
    expect(mentionsOf('Shares of 3D Systems Corporation rose.', ['organization'])).toEqual([
      'organization:3D Systems Corporation',
    ]);
  });

  it('a clock time or a count before a name opens no company', () => {
    expect(
      mentionsOf('The board met at 9AM Eastern Time with the Federal Reserve.', ['organization']),
    ).toEqual(['organization:Federal Reserve']);
    expect(mentionsOf('We sold 20 Advanced Materials units.', ['organization'])).toEqual([]);
  });
});

describe('provinces, states and territories', () => {
  it('"Chief Medical Officer of Prince Edward Island": the province whole (was a person "Edward")', () => {
    const analysis = analyze(
      'Dr. Heather Morrison, Chief Medical Officer of Prince Edward Island, said cases fell.',
    );
    expect(analysis.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'Heather Morrison',
    ]);
    expect(mentionsOf('He is the Premier of Prince Edward Island.', ['person'])).toEqual([
      'person:Premier of Prince Edward Island',
    ]);
  });

  it("Canada's territories, India's states and South Africa's provinces are places", () => {
    expect(
      mentionsOf('Floods hit Uttar Pradesh and Kerala, and snow fell in Yukon and Gauteng.', ['location']),
    ).toEqual(['location:Uttar Pradesh', 'location:Kerala', 'location:Yukon', 'location:Gauteng']);
  });
});

describe('a county before a title', () => {
  it('"Harris County Judge Lina Hidalgo": the county, then the judge (the county was lost)', () => {
    expect(mentionsOf('Harris County Judge Lina Hidalgo said.', ['location', 'person'])).toEqual([
      'location:Harris County',
      'person:Lina Hidalgo',
    ]);
    expect(mentionsOf('Cook County Commissioner Jane Doe said.', ['location', 'person'])).toEqual([
      'location:Cook County',
      'person:Jane Doe',
    ]);
  });

  it('a county\'s office after its name: "Cook County Assessor Fritz Kaegi", "Jefferson Parish Sheriff" (the county was lost)', () => {
    expect(mentionsOf('Cook County Assessor Fritz Kaegi said.', ['location', 'person'])).toEqual([
      'location:Cook County',
      'person:Fritz Kaegi',
    ]);
    expect(mentionsOf('Maricopa County Attorney Rachel Mitchell said.', ['location', 'person'])).toEqual([
      'location:Maricopa County',
      'person:Rachel Mitchell',
    ]);
    expect(mentionsOf('Jefferson Parish Sheriff Joseph Lopinto said.', ['location', 'person'])).toEqual([
      'location:Jefferson Parish',
      'person:Joseph Lopinto',
    ]);
    // (Not a body named for the county: "the Fairfax County Executive Committee".)
    expect(mentionsOf('The Fairfax County Executive Committee met.', ['organization', 'location'])).toEqual([
      'organization:Fairfax County Executive Committee',
    ]);
  });

  it('a country\'s court district is no place of its own: "U.S. District Judge Amy Berman Jackson" (one title, session 18)', () => {
    expect(
      mentionsOf('U.S. District Judge Amy Berman Jackson ruled.', ['location', 'person', 'role']),
    ).toEqual(['role:U.S. District Judge', 'person:Amy Berman Jackson']);
    expect(
      mentionsOf('Senior U.S. District Judge William Young ruled.', ['location', 'person', 'role']),
    ).toEqual(['role:Senior U.S. District Judge', 'person:William Young']);
  });

  it("a dateline's spaced dash joins no place, and a headline's verb ends the judge's name", () => {
    expect(
      mentionsOf('HOUSTON -- Harris County Sheriff Ed Gonzalez said deputies found the body.', [
        'location',
        'person',
      ]),
    ).toEqual(['location:HOUSTON', 'location:Harris County', 'person:Ed Gonzalez']);
    expect(mentionsOf('Harris County Judge Lina Hidalgo Declares Disaster', ['person'])).toEqual([
      'person:Lina Hidalgo',
    ]);
  });
});

describe('a common word opening a sentence, and its "of"', () => {
  it('"Residents of Mosul said", "Officials of Fairfax County said": the place alone', () => {
    expect(mentionsOf('Residents of Mosul said the water was off.', ['location', 'organization'])).toEqual([
      'location:Mosul',
    ]);
    expect(mentionsOf('Officials of Fairfax County said roads were closed.', ['location'])).toEqual([
      'location:Fairfax County',
    ]);
  });

  it('what happens at a place is not that place: "The concert at Westminster Abbey"', () => {
    expect(mentionsOf('The concert at Westminster Abbey was broadcast live.', ['location'])).toEqual([
      'location:Westminster Abbey',
    ]);
  });

  it('not a body, an event, an office or a name known whole', () => {
    expect(mentionsOf('Bank of America said profits rose.', ['organization', 'location'])).toEqual([
      'organization:Bank of America',
    ]);
    expect(mentionsOf('Battle of Mosul ended in July.', ['location'])).toEqual([]);
  });
});
