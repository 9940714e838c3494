/**
 * A batch command from its command line to its exit status: configuration, inputs, --output plan,
 * the ordered worker pool, messages, progress and Ctrl-C. Any command that analyses inputs and
 * renders each document (extract; summarize, highlight, report, entities can) runs through here.
 */
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { AnalyzeOptions } from '@dateline/core';
import { ExitStatus, inputMessage } from '../errors.js';
import { collectInputs, createFilter } from '../inputs/collect.js';
import { type CliIO, isBrokenPipe, outputFailure, printError } from '../io.js';
import { loadConfig } from '../options/config.js';
import type { SharedOptionValues } from '../options/index.js';
import { folderWriter } from '../output/folder.js';
import { planOutput } from '../output/plan.js';
import { atomicFileSink, type Sink, stdoutSink } from '../output/sink.js';
import { type Interrupt, listenForInterrupt } from './interrupt.js';
import type { WorkerPool } from './pool.js';
import { type ProgressLine, progressLine, SILENT_PROGRESS } from './progress.js';
import { runBatch, spawnWorkers } from './run.js';
import { loadRenderer } from './task.js';
import type { RendererSpec, TaskSettings, Unit, UnitResult } from './types.js';
import { inputUnits, sizeLimit } from './units.js';

export interface BatchCommand {
  /** The command-line inputs: files, folders, `-`. */
  readonly inputs: readonly string[];
  readonly options: SharedOptionValues;
  readonly io: CliIO;
  /** The output format's name: the file extension in an output folder, and whether it needs one. */
  readonly format: string;
  /**
   * The renderer; `multiple` says whether the command line can yield several documents (several
   * inputs, a folder, jsonl records), for formats whose shape changes then (json: an array).
   */
  readonly renderer: (multiple: boolean) => RendererSpec;
  /** Where dateline.json is looked for (default: the current folder). */
  readonly cwd?: string;
}

export async function runBatchCommand(command: BatchCommand): Promise<ExitStatus> {
  const { inputs, io } = command;
  const usage = async (line: string) => {
    await printError(io, `dateline: ${line}`);
    return ExitStatus.Usage;
  };
  if (inputs.filter((input) => input === '-').length > 1) return usage('- (stdin) can be given only once');
  // From here on, Ctrl-C stops the command cleanly (listing a big archive takes time too).
  const interrupt = listenForInterrupt();
  // Workers load and warm up the core while the configuration is read and the inputs are listed.
  const early = mayBeMany(inputs, command.options) ? spawnWorkers(command.options.jobs) : undefined;
  try {
    return await runWithInterrupt(command, interrupt, usage, early);
  } finally {
    interrupt.dispose();
    await early?.close(); // already closed by the batch, unless it never ran (usage error)
  }
}

/** Whether the command line can name several inputs, so that workers are worth spawning early. */
function mayBeMany(inputs: readonly string[], options: SharedOptionValues): boolean {
  if (options.jobs <= 1) return false;
  if (options.inputFormat === 'jsonl' || inputs.length > 1) return true;
  const [only] = inputs;
  if (only === undefined || only === '-') return false;
  try {
    return statSync(only).isDirectory();
  } catch {
    return false;
  }
}

async function runWithInterrupt(
  command: BatchCommand,
  interrupt: Interrupt,
  usage: (line: string) => Promise<ExitStatus>,
  early: WorkerPool | undefined,
): Promise<ExitStatus> {
  const { inputs, options, io } = command;

  const config = loadConfig(options.config, command.cwd ?? process.cwd());
  for (const line of [...config.errors, ...config.warnings]) await printError(io, `dateline: ${line}`);
  if (config.errors.length > 0) return ExitStatus.Usage;
  const analyzeOptions: AnalyzeOptions = {
    ...(options.releaseDate === undefined ? {} : { releaseDate: options.releaseDate }),
    ...(config.dictionary === undefined ? {} : { dictionary: config.dictionary }),
  };

  const filterOptions = {
    ...(options.include === undefined ? {} : { include: options.include }),
    ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
  };
  const filter = createFilter(filterOptions);
  const items = await collectInputs(inputs, filterOptions);
  const jsonlInput = options.inputFormat === 'jsonl';
  const first = items[0];
  const multiple = jsonlInput || inputs.length !== 1 || items.length !== 1 || first?.origin === 'folder';
  const plan = planOutput({
    output: options.output,
    format: command.format,
    args: inputs,
    items,
    filter,
    jsonlInput,
    multiple,
  });
  if ('error' in plan) return usage(plan.error);
  const { maxBytes, limitLabel } = sizeLimit(options.maxSize);
  const spec = command.renderer(multiple);
  const settings: TaskSettings = {
    renderer: spec,
    analyzeOptions,
    maxBytes,
    limitLabel,
    mode: plan.kind === 'folder' ? 'alone' : 'stream',
    withText: plan.kind === 'folder' && plan.companion !== undefined,
  };
  let stdin: Readable | undefined;
  const units = inputUnits(items, jsonlInput, { maxBytes, limitLabel }, () => {
    stdin = io.stdin();
    return stdin;
  });
  const readable = items.filter((item) => item.kind !== 'error').length;
  // No pool for a single input: starting workers would cost more than they save.
  const jobs = jsonlInput ? options.jobs : Math.max(1, Math.min(options.jobs, readable));

  const sink: Sink | undefined =
    plan.kind === 'stdout' ? stdoutSink(io) : plan.kind === 'file' ? atomicFileSink(plan.path) : undefined;
  const folder = plan.kind === 'folder' ? folderWriter(plan.path, plan.extension) : undefined;
  const progress = createProgress(io, options.progress, jsonlInput ? undefined : items.length);
  if (interrupt.signal.aborted) return interrupted(interrupt);

  let failed = false;
  let written = 0;
  let writeFailure: string | undefined;
  const report = async (line: string) => {
    const clear = progress.clear();
    if (clear !== '') await io.stderr.write(clear);
    await printError(io, line);
  };

  const deliver = async (result: UnitResult, unit: Unit): Promise<boolean> => {
    for (const warning of result.warnings) await report(inputMessage(unit.source, warning));
    if (!result.ok) {
      await report(inputMessage(unit.source, result.reason));
      failed = true;
    } else if (folder !== undefined && unit.kind !== 'error') {
      try {
        await folder.write(unit.relative, result.output);
        if (plan.kind === 'folder' && plan.companion !== undefined && result.text !== undefined) {
          await folder.write(unit.relative, result.text, plan.companion);
        }
        written++;
      } catch (error) {
        writeFailure = outputFailure(error as NodeJS.ErrnoException);
        return false;
      }
    } else if (sink !== undefined) {
      if (plan.kind === 'stdout' && io.stderrTerminal?.stdoutToo) {
        // stdout may be the same terminal: output lines must not land in the middle of the progress line.
        const clear = progress.clear();
        if (clear !== '') await io.stderr.write(clear);
      }
      await sink.write(written === 0 && result.first !== undefined ? result.first : result.output);
      written++;
    }
    progress.tick();
    return !(sink?.closed ?? false);
  };

  const outcome = await runBatch({
    units,
    settings,
    jobs,
    nothingWritten: () => written === 0,
    deliver,
    signal: interrupt.signal,
    pool: early,
  });
  const cleared = progress.finish();
  if (cleared !== '') await io.stderr.write(cleared);

  if (outcome === 'aborted') {
    stdin?.destroy(); // a read under way would keep the process alive
    await sink?.abort();
    await folder?.abort();
    return interrupted(interrupt);
  }
  if (sink !== undefined && !sink.closed) {
    await sink.write((await loadRenderer(spec)).end(written));
  }
  if (writeFailure === undefined && sink !== undefined) {
    await sink.commit();
    const error = sink.error;
    // The reader went away (`| head -1`): stop quietly, as other Unix tools do.
    if (error !== undefined && !isBrokenPipe(error)) writeFailure = outputFailure(error);
  } else {
    await sink?.abort();
  }
  if (writeFailure !== undefined) {
    await printError(io, `dateline: ${writeFailure}`);
    return ExitStatus.Failure;
  }
  return failed ? ExitStatus.Failure : ExitStatus.Ok;
}

function interrupted(interrupt: Interrupt): ExitStatus {
  return interrupt.status === ExitStatus.Terminated ? ExitStatus.Terminated : ExitStatus.Interrupted;
}

function createProgress(io: CliIO, wanted: boolean, total: number | undefined): ProgressLine {
  const terminal = io.stderrTerminal;
  if (!wanted || terminal === undefined) return SILENT_PROGRESS;
  return progressLine({ total, columns: terminal.columns, write: (text) => void io.stderr.write(text) });
}
