/**
 * US states, hand-curated (names and AP-style abbreviations). Two-letter postal codes are left out
 * on purpose: "IN", "OR", "ME", "OK", "HI" are words, and the rest are too short to trust.
 *
 * Where a state shares its name with a city that the press names first, the bare name goes to the
 * city and the state takes the "... State" form: "New York" is the city, "Washington" the capital.
 */

export interface StateRow {
  name: string;
  /** AP abbreviation and other written forms. */
  aliases: readonly string[];
}

export const US_STATES: readonly StateRow[] = [
  { name: 'Alabama', aliases: ['Ala.'] },
  { name: 'Alaska', aliases: [] },
  { name: 'Arizona', aliases: ['Ariz.'] },
  { name: 'Arkansas', aliases: ['Ark.'] },
  { name: 'California', aliases: ['Calif.'] },
  { name: 'Colorado', aliases: ['Colo.'] },
  { name: 'Connecticut', aliases: ['Conn.'] },
  { name: 'Delaware', aliases: ['Del.'] },
  { name: 'Florida', aliases: ['Fla.'] },
  { name: 'Georgia', aliases: ['Ga.'] },
  { name: 'Hawaii', aliases: ["Hawai'i"] },
  { name: 'Idaho', aliases: [] },
  { name: 'Illinois', aliases: ['Ill.'] },
  { name: 'Indiana', aliases: ['Ind.'] },
  { name: 'Iowa', aliases: [] },
  { name: 'Kansas', aliases: ['Kan.', 'Kans.'] },
  { name: 'Kentucky', aliases: ['Ky.'] },
  { name: 'Louisiana', aliases: ['La.'] },
  { name: 'Maine', aliases: [] },
  { name: 'Maryland', aliases: ['Md.'] },
  { name: 'Massachusetts', aliases: ['Mass.'] },
  { name: 'Michigan', aliases: ['Mich.'] },
  { name: 'Minnesota', aliases: ['Minn.'] },
  { name: 'Mississippi', aliases: ['Miss.'] },
  { name: 'Missouri', aliases: ['Mo.'] },
  { name: 'Montana', aliases: ['Mont.'] },
  { name: 'Nebraska', aliases: ['Neb.', 'Nebr.'] },
  { name: 'Nevada', aliases: ['Nev.'] },
  { name: 'New Hampshire', aliases: ['N.H.'] },
  { name: 'New Jersey', aliases: ['N.J.'] },
  { name: 'New Mexico', aliases: ['N.M.', 'N.Mex.'] },
  { name: 'New York State', aliases: ['New York state', 'N.Y.'] },
  { name: 'North Carolina', aliases: ['N.C.'] },
  { name: 'North Dakota', aliases: ['N.D.', 'N.Dak.'] },
  { name: 'Ohio', aliases: [] },
  { name: 'Oklahoma', aliases: ['Okla.'] },
  { name: 'Oregon', aliases: ['Ore.', 'Oreg.'] },
  { name: 'Pennsylvania', aliases: ['Pa.', 'Penn.'] },
  { name: 'Rhode Island', aliases: ['R.I.'] },
  { name: 'South Carolina', aliases: ['S.C.'] },
  { name: 'South Dakota', aliases: ['S.D.', 'S.Dak.'] },
  { name: 'Tennessee', aliases: ['Tenn.'] },
  { name: 'Texas', aliases: ['Tex.'] },
  { name: 'Utah', aliases: [] },
  { name: 'Vermont', aliases: ['Vt.'] },
  { name: 'Virginia', aliases: ['Va.'] },
  { name: 'Washington State', aliases: ['Washington state', 'Wash.'] },
  { name: 'West Virginia', aliases: ['W.Va.', 'W. Va.'] },
  { name: 'Wisconsin', aliases: ['Wis.', 'Wisc.'] },
  { name: 'Wyoming', aliases: ['Wyo.'] },
  // Not a state, but written where a state would be ("Washington, D.C." aside).
  { name: 'District of Columbia', aliases: [] },
];
