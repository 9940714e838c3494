/**
 * Releases are typeset: "Democratic People’s Republic of Korea", "State’s Attorney" carry a
 * curly apostrophe where the knowledge base has a straight one. Tries match token text exactly,
 * so a phrase with an apostrophe is added in both forms.
 */
export function apostropheForms(phrase: string): string[] {
  return phrase.includes("'") ? [phrase, phrase.replaceAll("'", '\u2019')] : [phrase];
}

/** The possessive "’s" as a token of its own, either apostrophe: "Turkey’s constitution", "Iraq's forces". */
export const POSSESSIVE_S: ReadonlySet<string> = new Set(['’s', "'s"]);

/** The possessive marks as tokens, with the bare apostrophe after a plural: "Iraq’s", "Walgreens’". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set([...POSSESSIVE_S, '’', "'"]);
