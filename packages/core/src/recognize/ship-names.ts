/**
 * "USS Jason Dunham (DDG 109) seized weapons … Jason Dunham then sailed to Bahrain": a ship named
 * after a person is named again without its prefix, and the people recogniser, which sees only a
 * given name and a surname, reads a person there. After the ship is named, an untitled person of
 * exactly the ship's bare name is the ship. (A titled one, "Cpl. Jason Dunham", stays the man.)
 * So is one written right after a class of ship: "the carrier Charles de Gaulle".
 * Re-types the selected mentions in place, one pass with a map of bare names.
 */
import { SHIP_PREFIXES } from '../knowledge/equipment.js';
import { type Candidate, textKey } from './candidate.js';
import type { RecognitionContext } from './context.js';

/** Classes of ship written before a ship's name, in lower case. */
const SHIP_CLASSES = new Set([
  'frigate',
  'destroyer',
  'cruiser',
  'submarine',
  'corvette',
  'dhow',
  'minesweeper',
  'minehunter',
]);

/** Re-type people who are ships named before them, or by their class; returns the same array. */
export function typeShipNames(ctx: RecognitionContext, chosen: Candidate[]): Candidate[] {
  const { tokens, text } = ctx;
  /** Bare ship name → the ship's key (mentions come in text order, so only ships named before are in it). */
  const ships = new Map<string, string>();
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i] as Candidate;
    if (c.type === 'equipment' && c.endToken - c.startToken >= 3) {
      if (!SHIP_PREFIXES.has(tokens[c.startToken]?.text ?? '')) continue;
      const bare = text.slice(tokens[c.startToken + 1]?.start ?? c.start, c.end);
      if (!ships.has(bare)) ships.set(bare, c.key ?? textKey('equipment', text.slice(c.start, c.end)));
      continue;
    }
    if (c.type !== 'person' || c.title || c.canonical) continue;
    // "the carrier Charles de Gaulle", "aboard the destroyer Jason Dunham": named by its class.
    const before = tokens[c.startToken - 1];
    // ("the carrier" or "aircraft carrier", not "letter carrier John Smith"; "ship" and "vessel"
    // name people too: "aboard the vessel Michael Brown, a deckhand".)
    const opener = c.startToken - 2;
    const carrier =
      before?.text === 'carrier' &&
      (['the', 'aircraft', 'helicopter'].includes(tokens[opener]?.text.toLowerCase() ?? '') ||
        // "the French carrier Charles de Gaulle"
        ctx.lexicon.exact.longest(tokens, opener)?.value.type === 'nationality');
    if (
      before?.gap === 'space' &&
      tokens[c.startToken]?.gap === 'space' &&
      (SHIP_CLASSES.has(before.text) || carrier)
    ) {
      c.type = 'equipment';
      c.key = textKey('equipment', text.slice(c.start, c.end));
      continue;
    }
    if (ships.size === 0) continue;
    const ship = ships.get(text.slice(c.start, c.end));
    if (!ship) continue;
    c.type = 'equipment';
    c.key = ship;
  }
  return chosen;
}
