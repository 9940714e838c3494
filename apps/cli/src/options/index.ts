/**
 * Options every batch command shares (extract now; summarize, highlight, report, entities can adopt
 * them): inputs (--include, --exclude, --input-format, --max-size), analysis (--release-date,
 * --config, --no-config) and the batch (--jobs, --output, --no-progress). One definition, one parser,
 * one help text each.
 */
import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError, Option } from 'commander';

export const INPUT_FORMATS = ['text', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export const DEFAULT_MAX_SIZE_MB = 50;
export const BYTES_PER_MB = 1024 * 1024;

/** What commander hands an action for the shared options. */
export interface SharedOptionValues {
  include?: string[];
  exclude?: string[];
  inputFormat: InputFormat;
  /** Per-input size limit in MB (1 MB = 1,048,576 bytes). */
  maxSize: number;
  /** YYYY-MM-DD, passed to the core as the release date. */
  releaseDate?: string;
  /** A path, false for --no-config, undefined to look for dateline.json. */
  config?: string | false;
  jobs: number;
  /** False for --no-progress. */
  progress: boolean;
  output?: string;
}

/** --include, --exclude, --input-format, --max-size. */
export function addInputOptions(command: Command): Command {
  return command
    .option(
      '--include <glob>',
      'in folders, read files matching this glob instead of *.txt and *.md (repeatable)',
      collect,
    )
    .option('--exclude <glob>', 'in folders, skip files and folders matching this glob (repeatable)', collect)
    .addOption(
      new Option(
        '--input-format <format>',
        'text: each input is a document; jsonl: each line is {"id", "text"}',
      )
        .choices(INPUT_FORMATS)
        .default('text'),
    )
    .option(
      '--max-size <MB>',
      'skip inputs (jsonl: lines) larger than this many megabytes',
      parseMegabytes,
      DEFAULT_MAX_SIZE_MB,
    );
}

/** --release-date, --config, --no-config. */
export function addAnalysisOptions(command: Command): Command {
  return command
    .option(
      '--release-date <YYYY-MM-DD>',
      'anchor relative dates ("on Thursday") when the text states no date',
      parseIsoDate,
    )
    .option('--config <file>', 'the dictionary file (default: dateline.json here or in a folder above)')
    .option('--no-config', 'read no dictionary file');
}

/** -j/--jobs, -o/--output, --no-progress. */
export function addBatchOptions(command: Command): Command {
  return command
    .addOption(
      new Option('-j, --jobs <N>', 'analyse N inputs at once, in worker threads (1: no worker)')
        .argParser(parseJobs)
        .default(defaultJobs(), `${defaultJobs()}, the number of CPUs`),
    )
    .option(
      '-o, --output <path>',
      'write to this file (atomically) instead of stdout; to a folder (one file per input) if it ends with / or exists',
    )
    .option('--no-progress', 'no progress line on stderr (shown only when stderr is a terminal)');
}

/** All of them, in help order. */
export function addSharedOptions(command: Command): Command {
  return addBatchOptions(addAnalysisOptions(addInputOptions(command)));
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function parseJobs(value: string): number {
  const jobs = Number(value.trim());
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new InvalidArgumentError('Expected a whole number of jobs from 1 to 256.');
  }
  return jobs;
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
