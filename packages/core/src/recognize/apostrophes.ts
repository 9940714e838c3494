/**
 * Releases are typeset: "Democratic People’s Republic of Korea", "State’s Attorney" carry a
 * curly apostrophe where the knowledge base has a straight one. Tries match token text exactly,
 * so a phrase with an apostrophe is added in both forms.
 */
export function apostropheForms(phrase: string): string[] {
  return phrase.includes("'") ? [phrase, phrase.replaceAll("'", '\u2019')] : [phrase];
}
