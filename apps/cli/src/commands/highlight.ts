/** `dateline highlight <inputs...>`: the release text in the terminal with its entities coloured by type. */
import type { EntityType } from '@dateline/core';
import { runBatchCommand } from '../batch/command.js';
import type { ExitStatus } from '../errors.js';
import { parseTypeList } from '../format/filter-types.js';
import type { CliIO } from '../io.js';
import { addSharedOptions, type SharedOptionValues } from '../options/index.js';
import { useColor } from '../terminal/colors.js';
import type { MarkStyle } from '../terminal/highlight.js';
import { highlightRendererSpec } from '../terminal/highlight-renderer.js';
import type { CommandModule } from './types.js';

export interface HighlightOptions extends SharedOptionValues {
  /** --color (true), --no-color (false), or neither. */
  color?: boolean;
  markers?: boolean;
  types?: EntityType[];
}

const EXAMPLES = [
  'dateline highlight release.txt',
  'dateline highlight release.txt --color | less -R',
  'dateline highlight release.txt --markers > marked.txt',
];

export const highlightCommand: CommandModule = {
  name: 'highlight',
  examples: EXAMPLES.slice(0, 1),
  register(program, { io, setStatus }) {
    const command = program
      .command('highlight')
      .summary('show the text with its entities coloured by type')
      .description(
        'Print each release with its entity mentions coloured by type, and a legend with the counts. ' +
          'Colours are on when stdout is a terminal, off when piped or when NO_COLOR is set.',
      )
      .argument('<inputs...>', 'files, folders (searched recursively for .txt and .md files) or - for stdin')
      .option('--color', 'colour even when stdout is not a terminal (or NO_COLOR is set)')
      .option('--no-color', 'never colour')
      .option('--markers', 'mark mentions as [text]{type} instead of colours (for files and pipes)')
      .option('--types <types>', 'only these entity types, comma-separated', parseTypeList);
    addSharedOptions(command)
      .addHelpText('after', highlightHelp)
      .action(async (inputs: string[], options: HighlightOptions) => {
        const terminal = {
          env: process.env,
          isTTY: options.output === undefined && process.stdout.isTTY === true,
        };
        setStatus(await runHighlight(inputs, options, io, terminal));
      });
  },
};

const highlightHelp = `
Examples:
${EXAMPLES.map((example) => `  $ ${example}`).join('\n')}
  $ NO_COLOR=1 dateline highlight release.txt
  $ dateline highlight releases/ --types person,organization

Colour: --color or --no-color decide; else NO_COLOR (any value) turns it off and FORCE_COLOR turns it
on; else colours go to a terminal only, and a file or pipe gets the plain text (or --markers).
Control characters and bidi overrides in the release are shown as escapes (\\x1b, \\u202e), never
passed to the terminal.
Exit status: 0 every input shown, 1 some input failed (the others are still shown), 2 usage error.`;

export interface Terminal {
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

export function runHighlight(
  inputs: readonly string[],
  options: HighlightOptions,
  io: CliIO,
  terminal: Terminal,
): Promise<ExitStatus> {
  const color = useColor({ flag: options.color, env: terminal.env, isTTY: terminal.isTTY });
  const style: MarkStyle = options.markers ? 'markers' : color ? 'color' : 'plain';
  return runBatchCommand({
    inputs,
    options,
    io,
    format: 'text',
    renderer: (multiple) =>
      highlightRendererSpec({
        style,
        multiple,
        ...(options.types === undefined ? {} : { types: options.types }),
      }),
  });
}
