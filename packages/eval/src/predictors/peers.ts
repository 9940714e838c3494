/** The peers `dateline eval --peer <name>` can score, by name. */
import type { Predictor } from '../types.js';
import { loadCompromisePredictor } from './compromise.js';

export const PEERS = ['compromise'] as const;
export type PeerName = (typeof PEERS)[number];

export function isPeerName(value: string): value is PeerName {
  return (PEERS as readonly string[]).includes(value);
}

/** Loads a peer's predictor (PeerUnavailableError when its package is not installed). */
export function loadPeer(name: PeerName): Promise<Predictor> {
  switch (name) {
    case 'compromise':
      return loadCompromisePredictor();
  }
}
