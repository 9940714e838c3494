/** Every command of `dateline`, in help order. Add summarize, highlight, report, entities, lsp here. */
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import type { CommandModule } from './types.js';

export const COMMANDS: readonly CommandModule[] = [extractCommand, evalCommand];
