/** What a command module provides, so main wiring stays the same as commands are added. */
import type { Command } from 'commander';
import type { ExitStatus } from '../errors.js';
import type { CliIO } from '../io.js';

export interface CommandContext {
  readonly io: CliIO;
  /** Records the status the process exits with once the command's action has finished. */
  setStatus(status: ExitStatus): void;
}

export interface CommandModule {
  readonly name: string;
  /** Example command lines for the program's --help (`dateline extract release.txt`). */
  readonly examples: readonly string[];
  /** Adds the command to `program` with `program.command(…)` so it inherits the error handling. */
  register(program: Command, context: CommandContext): void;
}
