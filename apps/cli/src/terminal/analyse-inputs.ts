/**
 * The input loop of the commands that need every document at once (entities, report): the same
 * inputs, filters, dictionary and reading as the batch commands (../batch/command.ts), but every
 * document is handed back to the command in input order instead of being rendered on its own.
 * Failures are printed as `dateline: <input>: <reason>` and counted, never thrown.
 */
import { type Analysis, type AnalyzeOptions, analyze } from '@dateline/core';
import { type Command, InvalidArgumentError } from 'commander';
import { inputUnits, sizeLimit } from '../batch/units.js';
import { ExitStatus, inputMessage, messageOf } from '../errors.js';
import { collectInputs } from '../inputs/collect.js';
import { readBytes, toText } from '../inputs/read.js';
import { type CliIO, isBrokenPipe, outputFailure, printError } from '../io.js';
import { loadConfig } from '../options/config.js';
import { addAnalysisOptions, addInputOptions, type SharedOptionValues } from '../options/index.js';

export interface AnalysedInput {
  /** The input as the user knows it: the path given (or found in a folder given), `-` for stdin. */
  readonly source: string;
  readonly text: string;
  readonly analysis: Analysis;
}

/** The shared options these commands take: inputs and analysis, not the batch's --jobs or --output. */
export type InputOptions = Pick<
  SharedOptionValues,
  'include' | 'exclude' | 'inputFormat' | 'maxSize' | 'releaseDate' | 'config'
>;

/** --include, --exclude, --input-format, --max-size, --release-date, --config, --no-config. */
export function addInputAndAnalysisOptions(command: Command): Command {
  return addAnalysisOptions(addInputOptions(command));
}

export type InputRun =
  | { usage: true }
  | {
      usage: false;
      /** Inputs that failed (already reported on stderr). */
      failed: number;
      /** Documents handed to `visit`. */
      analysed: number;
    };

/**
 * Reads and analyses every input in order, calling `visit` for each document. A usage mistake (`-`
 * twice, a broken dateline.json) is printed and returned as `{ usage: true }` before anything is read.
 */
export async function analyseInputs(
  inputs: readonly string[],
  options: InputOptions,
  io: CliIO,
  visit: (document: AnalysedInput) => void,
  cwd: string = process.cwd(),
): Promise<InputRun> {
  if (inputs.filter((input) => input === '-').length > 1) {
    await printError(io, 'dateline: - (stdin) can be given only once');
    return { usage: true };
  }
  const config = await loadConfig(options.config, cwd);
  if (config.errors.length > 0) {
    for (const line of config.errors) await printError(io, `dateline: ${line}`);
    return { usage: true };
  }
  const analyzeOptions: AnalyzeOptions = {
    ...(options.releaseDate === undefined ? {} : { releaseDate: options.releaseDate }),
    ...(config.dictionary === undefined ? {} : { dictionary: config.dictionary }),
  };
  const items = await collectInputs(inputs, {
    ...(options.include === undefined ? {} : { include: options.include }),
    ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
  });
  const limit = sizeLimit(options.maxSize);
  const units = inputUnits(items, options.inputFormat === 'jsonl', limit, () => io.stdin());
  let failed = 0;
  let analysed = 0;
  for await (const unit of units) {
    if (unit.kind === 'error') {
      await printError(io, inputMessage(unit.source, unit.reason));
      failed++;
      continue;
    }
    let text: string;
    if (unit.kind === 'text') text = unit.text;
    else {
      const bytes =
        unit.kind === 'bytes'
          ? { ok: true as const, bytes: unit.bytes }
          : await readBytes({ kind: 'file', path: unit.path }, { ...limit, stdin: () => io.stdin() });
      const read = bytes.ok
        ? toText(bytes.bytes, limit)
        : { ok: false as const, reason: bytes.reason, warnings: [] };
      for (const warning of read.warnings) await printError(io, inputMessage(unit.source, warning));
      if (!read.ok) {
        await printError(io, inputMessage(unit.source, read.reason));
        failed++;
        continue;
      }
      text = read.text;
    }
    let analysis: Analysis;
    try {
      analysis = analyze(text, analyzeOptions);
    } catch (error) {
      await printError(io, inputMessage(unit.source, `internal error: ${messageOf(error)}`));
      failed++;
      continue;
    }
    analysed++;
    visit({ source: unit.source, text, analysis });
  }
  return { usage: false, failed, analysed };
}

/**
 * The exit status once a command has written its output: 1 when an input failed or stdout could not
 * be written (with one line saying why), else 0. A reader that went away (`| head -1`) is not an error.
 */
export async function finishRun(io: CliIO, failed: number): Promise<ExitStatus> {
  const outputError = io.stdout.error;
  if (outputError !== undefined && !isBrokenPipe(outputError)) {
    await printError(io, `dateline: ${outputFailure(outputError)}`);
    return ExitStatus.Failure;
  }
  return failed > 0 ? ExitStatus.Failure : ExitStatus.Ok;
}

/** `5` → 5; anything but a whole number ≥ `min` is a usage error naming `what`. */
export function wholeNumber(what: string, min: number): (value: string) => number {
  return (value) => {
    const trimmed = value.trim();
    if (!/^\d+$/.test(trimmed) || Number(trimmed) < min) {
      throw new InvalidArgumentError(`Expected ${what}, a whole number of at least ${min}.`);
    }
    return Number(trimmed);
  };
}
