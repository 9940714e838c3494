/** `dateline extract <inputs...>`: analyse files, folders and stdin; print entities in a format. */
import type { EntityType } from '@dateline/core';
import { Option } from 'commander';
import { runBatchCommand } from '../batch/command.js';
import { formatRendererSpec } from '../batch/format-renderer.js';
import { ExitStatus } from '../errors.js';
import { parseTypeList } from '../format/filter-types.js';
import { DEFAULT_FORMAT, describeFormats, findFormatter, formatNames } from '../format/registry.js';
import { DEFAULT_EXTENSIONS } from '../inputs/collect.js';
import { type CliIO, printError } from '../io.js';
import { addSharedOptions, type SharedOptionValues } from '../options/index.js';
import type { CommandModule } from './types.js';

export interface ExtractOptions extends SharedOptionValues {
  /** A name from the format registry. */
  format: string;
  /** Only these entity types (`--types`); every type when absent. */
  types?: EntityType[];
}

const EXAMPLES = [
  'dateline extract release.txt',
  'dateline extract releases/ --format jsonl > entities.jsonl',
  'cat release.txt | dateline extract - --format json',
];

export const extractCommand: CommandModule = {
  name: 'extract',
  examples: EXAMPLES.slice(0, 2),
  register(program, { io, setStatus }) {
    const command = program
      .command('extract')
      .summary('analyse press releases and print their entities')
      .description(
        'Analyse press releases and transcripts: headline, date, place and the entities (people, organisations, ' +
          'places, dates, …) with their mentions, aliases and roles.',
      )
      .argument(
        '<inputs...>',
        `files, folders (searched recursively for ${DEFAULT_EXTENSIONS.join(' and ')} files) or - for stdin`,
      )
      .addOption(
        new Option('-f, --format <format>', 'output format').choices(formatNames()).default(DEFAULT_FORMAT),
      )
      .option('--types <types>', 'only these entity types, comma-separated', parseTypeList);
    addSharedOptions(command)
      .addHelpText('after', extractHelp)
      .action(async (inputs: string[], options: ExtractOptions) => {
        setStatus(await runExtract(inputs, options, io));
      });
  },
};

const extractHelp = `
Formats:
${describeFormats()}

Examples:
${EXAMPLES.map((example) => `  $ ${example}`).join('\n')}
  $ dateline extract a.txt b.md notes/ --format json
  $ dateline extract archive/ --format jsonl --jobs 4 --output entities.jsonl
  $ dateline extract archive/ --format json --output out/ --exclude 'drafts/**'
  $ dateline extract --input-format jsonl --format jsonl - < records.jsonl
  $ dateline extract release.txt --format csv --types person,organization

Inputs are written in the order given; folders in name order (hidden entries and node_modules skipped),
whatever --jobs. --output writes atomically: a file, or a folder of one file per input.
Exit status: 0 every input analysed, 1 some input failed (the others are still written), 2 usage error,
130 interrupted (Ctrl-C; no partial output left).
Errors go to stderr, one line each: "dateline: <input>: <reason>".`;

/** Runs the command once commander has validated the options. Returns the exit status. */
export async function runExtract(
  inputs: readonly string[],
  options: ExtractOptions,
  io: CliIO,
): Promise<ExitStatus> {
  if (findFormatter(options.format) === undefined) {
    await printError(
      io,
      `dateline: unknown format '${options.format}' (formats: ${formatNames().join(', ')})`,
    );
    return ExitStatus.Usage;
  }
  return runBatchCommand({
    inputs,
    options,
    io,
    format: options.format,
    renderer: (multiple) =>
      formatRendererSpec({
        format: options.format,
        multiple,
        ...(options.types === undefined ? {} : { types: options.types }),
      }),
  });
}
