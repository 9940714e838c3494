/** `dateline extract <inputs...>`: analyse files, folders and stdin; print entities in a format. */
import { type Analysis, type AnalyzeOptions, analyze } from '@dateline/core';
import { InvalidArgumentError, Option } from 'commander';
import { ExitStatus, inputMessage, messageOf } from '../errors.js';
import { DEFAULT_FORMAT, describeFormats, findFormatter, formatNames } from '../format/registry.js';
import { collectInputs, DEFAULT_EXTENSIONS } from '../inputs/collect.js';
import { readInput } from '../inputs/read.js';
import { type CliIO, isBrokenPipe, outputFailure, printError } from '../io.js';
import type { CommandModule } from './types.js';

export interface ExtractOptions {
  /** A name from the format registry. */
  format: string;
  /** Per-input size limit in MB (1 MB = 1,048,576 bytes). */
  maxSize: number;
  /** YYYY-MM-DD, passed to the core as the release date. */
  releaseDate?: string;
}

export const DEFAULT_MAX_SIZE_MB = 50;
const BYTES_PER_MB = 1024 * 1024;

const EXAMPLES = [
  'dateline extract release.txt',
  'dateline extract releases/ --format jsonl > entities.jsonl',
  'cat release.txt | dateline extract - --format json',
];

export const extractCommand: CommandModule = {
  name: 'extract',
  examples: EXAMPLES.slice(0, 2),
  register(program, { io, setStatus }) {
    program
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
      .option(
        '--max-size <MB>',
        'skip inputs larger than this many megabytes',
        parseMegabytes,
        DEFAULT_MAX_SIZE_MB,
      )
      .option(
        '--release-date <YYYY-MM-DD>',
        'anchor relative dates ("on Thursday") when the text states no date',
        parseIsoDate,
      )
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

Inputs are written in the order given; folders in name order (hidden entries and node_modules skipped).
Exit status: 0 every input analysed, 1 some input failed (the others are still written), 2 usage error.
Errors go to stderr, one line each: "dateline: <input>: <reason>".`;

/** Runs the command once commander has validated the options. Returns the exit status. */
export async function runExtract(
  inputs: readonly string[],
  options: ExtractOptions,
  io: CliIO,
): Promise<ExitStatus> {
  const formatter = findFormatter(options.format);
  if (formatter === undefined) {
    await printError(
      io,
      `dateline: unknown format '${options.format}' (formats: ${formatNames().join(', ')})`,
    );
    return ExitStatus.Usage;
  }
  if (inputs.filter((input) => input === '-').length > 1) {
    await printError(io, 'dateline: - (stdin) can be given only once');
    return ExitStatus.Usage;
  }
  const analyzeOptions: AnalyzeOptions =
    options.releaseDate === undefined ? {} : { releaseDate: options.releaseDate };
  const readOptions = {
    maxBytes: Math.floor(options.maxSize * BYTES_PER_MB),
    limitLabel: `the ${options.maxSize} MB limit (--max-size)`,
    stdin: io.stdin,
  };

  const items = await collectInputs(inputs);
  const first = items[0];
  const multiple = inputs.length !== 1 || items.length !== 1 || first?.origin === 'folder';
  const session = formatter.start({ multiple });

  let failed = false;
  for (const item of items) {
    if (io.stdout.closed) break;
    if (item.kind === 'error') {
      await printError(io, inputMessage(item.source, item.reason));
      failed = true;
      continue;
    }
    const read = await readInput(item, readOptions);
    for (const warning of read.warnings) await printError(io, inputMessage(item.source, warning));
    if (!read.ok) {
      await printError(io, inputMessage(item.source, read.reason));
      failed = true;
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analyze(read.text, analyzeOptions);
    } catch (error) {
      await printError(io, inputMessage(item.source, `internal error: ${messageOf(error)}`));
      failed = true;
      continue;
    }
    await io.stdout.write(session.document({ source: item.source, analysis }));
  }
  await io.stdout.write(session.end());

  const outputError = io.stdout.error;
  if (outputError !== undefined) {
    // The reader went away (`| head -1`): stop quietly, as other Unix tools do.
    if (isBrokenPipe(outputError)) return failed ? ExitStatus.Failure : ExitStatus.Ok;
    await printError(io, `dateline: ${outputFailure(outputError)}`);
    return ExitStatus.Failure;
  }
  return failed ? ExitStatus.Failure : ExitStatus.Ok;
}

export function parseMegabytes(value: string): number {
  const trimmed = value.trim();
  const megabytes = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(megabytes) || megabytes <= 0) {
    throw new InvalidArgumentError('Expected a positive number of megabytes, such as 50 or 0.5.');
  }
  return megabytes;
}

export function parseIsoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (match === null || date === undefined || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('Expected a date as YYYY-MM-DD, such as 2023-10-12.');
  }
  return value;
}
