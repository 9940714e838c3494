/**
 * Colours per entity type on a terminal, and when to use them. The 16 basic ANSI colours only, so
 * the user's terminal theme decides the actual shade and every terminal shows them.
 */
import type { EntityType } from '@dateline/core';

/** SGR parameters per type (bold for the three main types). */
const STYLES: Record<EntityType, string> = {
  person: '1;34',
  organization: '1;35',
  location: '1;32',
  nationality: '36',
  role: '33',
  event: '1;33',
  date: '1;36',
  money: '32',
  quantity: '35',
  document: '34',
  equipment: '31',
  contact: '4;37',
};

export const RESET = '\u001b[0m';

export function styleOf(type: EntityType): string {
  return `\u001b[${STYLES[type] ?? '1'}m`;
}

/** `text` in the type's colour; a colour is closed before each line break and reopened after. */
export function paint(text: string, type: EntityType): string {
  const open = styleOf(type);
  return `${open}${text.replace(/\r?\n/g, (lineBreak) => `${RESET}${lineBreak}${open}`)}${RESET}`;
}

export interface ColorChoice {
  /** --color (true) or --no-color (false); undefined when neither was given. */
  flag?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
}

/**
 * Whether to colour: the command line first (--color / --no-color), then NO_COLOR (any non-empty
 * value turns colour off, no-color.org), then FORCE_COLOR (non-empty and not 0 turns it on), then
 * whether stdout is a terminal.
 */
export function useColor({ flag, env, isTTY }: ColorChoice): boolean {
  if (flag !== undefined) return flag;
  if ((env.NO_COLOR ?? '') !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  return isTTY;
}
