/** The `dateline` program: commander wiring, exit statuses, and the last line of defence for errors. */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { ExitStatus, messageOf, UsageError } from './errors.js';
import { type CliIO, printError } from './io.js';
import { cliVersion } from './version.js';

export function createProgram(io: CliIO, setStatus: (status: ExitStatus) => void): Command {
  const program = new Command('dateline')
    .description('Dateline: entities, roles and dates from press releases and press-conference transcripts')
    .version(cliVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    // Settings made before .command() are inherited by every command.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(usageLine(text)),
    });
  for (const command of COMMANDS) command.register(program, { io, setStatus });
  const examples = COMMANDS.flatMap((command) => command.examples);
  program.addHelpText(
    'after',
    `
Examples:
${examples.map((example) => `  $ ${example}`).join('\n')}
  $ dateline help extract

Exit status: 0 every input analysed, 1 some input failed, 2 usage error.`,
  );
  return program;
}

/** Commander's "error: unknown option '--fromat'\n(Did you mean --format?)" as one `dateline: …` line. */
export function usageLine(text: string): string {
  return `dateline: ${text
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim()}\n`;
}

/** Runs `dateline` with the arguments after the program name; resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitStatus> {
  let status: ExitStatus = ExitStatus.Ok;
  const program = createProgram(io, (result) => {
    status = result;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    // --help and --version end here too, with exit code 0; every other commander error is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitStatus.Ok : ExitStatus.Usage;
    if (error instanceof UsageError) {
      await printError(io, `dateline: ${messageOf(error)}`);
      return ExitStatus.Usage;
    }
    await printError(io, `dateline: internal error: ${messageOf(error)}`);
    if (process.env.DATELINE_DEBUG && error instanceof Error && error.stack)
      await io.stderr.write(`${error.stack}\n`);
    return ExitStatus.Failure;
  }
}
