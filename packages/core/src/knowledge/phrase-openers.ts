/**
 * Capitalised words that open a phrase, not a name: "About Acme Corp.", "Despite Ukraine's …",
 * "Following the summit". A name read from capitalised words starts after them (recognize/chunks.ts,
 * recognize/company-names.ts).
 */
export const LEADING_STOPWORDS: ReadonlySet<string> = new Set(
  'About Neither Nor Either Only Including Via Through Per Like Unlike Despite Although Though Because Until Without Within Between Among Across Against Upon Into Whether Once Please Contact Visit Near Outside The A An In On At This That These Those Our Their His Her Its We I He She They It And But Or So If As For From With By To Today Yesterday Tomorrow First Second Third Next Last Also When While After Before During Since Under Over Every Each All Some Many Both Meanwhile However Following According Additionally Furthermore Moreover Then Thus Here There Where Why How What Who Which Later Earlier Separately Finally Previously Currently Recently Now Still Instead Similarly Likewise Overall Elsewhere Initially Ultimately Eventually Notably Specifically'.split(
    ' ',
  ),
);

/** Of those, the words that do open companies' names ("First Solar, Inc.", "Under Armour, Inc."). */
export const NAME_OPENING_STOPWORDS: ReadonlySet<string> = new Set(
  'First Second Third Next Last Under Over All Near Outside Across Within Between Among Against Upon Into'.split(
    ' ',
  ),
);

/** The articles, in lower case: "the", "a", "an". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
