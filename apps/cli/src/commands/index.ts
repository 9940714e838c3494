/** Every command of `dateline`, in help order (`dateline --help` lists them so). */
import { entitiesCommand } from './entities.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { highlightCommand } from './highlight.js';
import { lspCommand } from './lsp.js';
import { reportCommand } from './report.js';
import { summarizeCommand } from './summarize.js';
import type { CommandModule } from './types.js';

export const COMMANDS: readonly CommandModule[] = [
  extractCommand,
  summarizeCommand,
  highlightCommand,
  entitiesCommand,
  reportCommand,
  evalCommand,
  lspCommand,
];
