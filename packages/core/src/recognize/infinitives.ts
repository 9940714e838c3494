/**
 * "a vehicle used to transport explosives", "militants preparing to attack Somali forces": a verb
 * after "to" is no word of the equipment or the group that follows it. Told apart from "support to
 * combat aircraft", "modifications to transport aircraft" (where "to" is a preposition): a verb
 * that is rarely a modifier is one ("to strike missile launchers"); one that often is ("transport",
 * "attack") only after a verb form ("used", "preparing") or a word that takes an infinitive ("able").
 */

/** Verbs written "to X" before equipment or a group that are rarely a modifier of them: a verb there. */
const VERBS = new Set(
  'assist advise train target fight help arm equip reinforce protect counter defeat deter recruit carry move strike deliver launch fire destroy smuggle ship produce build use'.split(
    ' ',
  ),
);

/** Verbs that are also common modifiers ("transport aircraft", "support vessels"): a verb only after a verb form. */
const MODIFIER_VERBS = new Set(['attack', 'transport', 'support', 'supply', 'combat', 'patrol']);

/** Words after which "to" opens an infinitive. */
const TAKES_INFINITIVE = new Set(
  'able unable order want wants plan plans need needs seek seeks try tries continue continues going set aim aims'.split(
    ' ',
  ),
);

/** The word at `k` (lower case in `lower`) is a verb's infinitive: "… used to transport …". */
export function infinitiveAt(lower: readonly string[], k: number): boolean {
  if (lower[k - 1] !== 'to') return false;
  const word = lower[k] ?? '';
  // "sent aircraft to strike missile launchers"
  if (VERBS.has(word)) return true;
  if (!MODIFIER_VERBS.has(word)) return false;
  // "used to transport explosives", "preparing to attack Somali forces"; not "support to attack helicopters".
  const before = lower[k - 2] ?? '';
  return before.endsWith('ed') || before.endsWith('ing') || TAKES_INFINITIVE.has(before);
}
