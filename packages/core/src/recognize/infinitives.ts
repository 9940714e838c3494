/**
 * "a vehicle used to transport explosives", "militants preparing to attack Somali forces": a verb
 * after "to" is no word of the equipment or the group that follows it. Told apart from "support to
 * combat aircraft", "modifications to transport aircraft" (where "to" is a preposition) by what
 * stands before "to": a verb form ("used", "preparing") or a word that takes an infinitive ("able").
 */

/** Verbs written "to X" before equipment or a group, which are also modifiers or group words. */
const VERBS = new Set(
  'attack assist advise train support target fight help arm equip reinforce protect counter defeat deter recruit supply transport carry move strike deliver launch fire destroy smuggle ship produce build use'.split(
    ' ',
  ),
);

/** Words after which "to" opens an infinitive. */
const TAKES_INFINITIVE = new Set(
  'able unable order want wants plan plans need needs seek seeks try tries continue continues going set aim aims'.split(
    ' ',
  ),
);

/** The word at `k` (lower case in `lower`) is a verb's infinitive: "… used to transport …". */
export function infinitiveAt(lower: readonly string[], k: number): boolean {
  if (lower[k - 1] !== 'to' || !VERBS.has(lower[k] ?? '')) return false;
  const before = lower[k - 2] ?? '';
  return before.endsWith('ed') || before.endsWith('ing') || TAKES_INFINITIVE.has(before);
}
