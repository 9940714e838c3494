/** `dateline eval [corpus-dir]`: score Dateline (and a peer) against the re3d gold corpus. */
import type { EntityType } from '@dateline/core';
import {
  CorpusError,
  datelinePredictor,
  type Evaluation,
  evaluate,
  evaluationJson,
  formatEvaluationText,
  isEntityType,
  loadPeer,
  loadRe3d,
  PEERS,
  type PeerName,
  PeerUnavailableError,
  RE3D_SPLITS,
  REPORT_TYPE_ORDER,
  type Re3dCorpus,
  type Re3dSplit,
  type SystemUnderTest,
} from '@dateline/eval';
import { InvalidArgumentError, Option } from 'commander';
import { ExitStatus, escapeControls, messageOf } from '../errors.js';
import { type CliIO, isBrokenPipe, outputFailure, printError } from '../io.js';
import type { CommandModule } from './types.js';

export interface EvalOptions {
  split: Re3dSplit;
  format: 'text' | 'json';
  peer?: PeerName;
  types?: EntityType[];
  /** Example texts per error pattern; dev split only. */
  errors?: number;
}

/** Where the corpus is looked for when no folder is given: beside the checkout, as in CI. */
export const DEFAULT_CORPUS_DIR = '../shared/data/re3d';
export const EVAL_FORMATS = ['text', 'json'] as const;

const EXAMPLES = [
  'dateline eval ../shared/data/re3d --split test --peer compromise',
  'dateline eval --errors 5',
];

export const evalCommand: CommandModule = {
  name: 'eval',
  examples: EXAMPLES.slice(0, 1),
  register(program, { io, setStatus }) {
    program
      .command('eval')
      .summary('score Dateline against the re3d gold corpus, optionally beside a peer')
      .description(
        'Score Dateline against the re3d gold annotations (docs/accuracy.md): per-type and micro precision, ' +
          'recall and F1, strict and lenient, optionally beside a peer system on the same documents.',
      )
      .argument(
        '[corpus-dir]',
        `the re3d folder (default: ${DEFAULT_CORPUS_DIR}, relative to the current folder)`,
      )
      .addOption(
        new Option('--split <split>', 'dev (tune on it), test (report only) or all')
          .choices(RE3D_SPLITS)
          .default('dev'),
      )
      .addOption(new Option('--peer <name>', 'also score this peer system').choices(PEERS))
      .addOption(new Option('-f, --format <format>', 'output format').choices(EVAL_FORMATS).default('text'))
      .option(
        '--types <types>',
        'only these types, comma-separated (rows, micro-average, errors)',
        parseTypes,
      )
      .option(
        '--errors <N>',
        'list error patterns with their N most frequent texts (dev split only)',
        parseExampleCount,
      )
      .addHelpText('after', evalHelp)
      .action(async (corpusDir: string | undefined, options: EvalOptions) => {
        setStatus(await runEval(corpusDir, options, io));
      });
  },
};

const evalHelp = `
Examples:
${EXAMPLES.map((example) => `  $ ${example}`).join('\n')}
  $ dateline eval ../shared/data/re3d --format json > dev.json
  $ dateline eval --types person,organization --errors 10

Gold: re3d annotations with confidence >= 0.5, types mapped to Dateline's; spans normalised (leading
the/a/an, surrounding quotes, brackets and trailing punctuation dropped). Strict: same type and span.
Lenient: same type and overlapping spans, one to one. Micro: over person, organization, location,
nationality and date (or the --types given). The dev split is for tuning; the test split only for reporting.
Exit status: 0 scored, 1 corpus missing or malformed, peer not installed, 2 usage error.`;

/** Runs the command once commander has validated the options. Returns the exit status. */
export async function runEval(
  corpusDir: string | undefined,
  options: EvalOptions,
  io: CliIO,
): Promise<ExitStatus> {
  if (options.errors !== undefined && options.split !== 'dev') {
    await printError(
      io,
      `dateline: --errors works on the dev split only (the ${options.split} split is for reporting, not tuning)`,
    );
    return ExitStatus.Usage;
  }
  const dir = corpusDir ?? DEFAULT_CORPUS_DIR;
  let corpus: Re3dCorpus;
  let systems: SystemUnderTest[];
  try {
    corpus = loadRe3d(dir, options.split);
    systems = [{ name: 'dateline', predictor: datelinePredictor }];
    if (options.peer !== undefined)
      systems.push({ name: options.peer, predictor: await loadPeer(options.peer) });
  } catch (error) {
    if (!(error instanceof CorpusError || error instanceof PeerUnavailableError)) throw error;
    const hint =
      corpusDir === undefined && error instanceof CorpusError
        ? ' (the default folder; name yours: dateline eval <corpus-dir>)'
        : '';
    await printError(io, `dateline: ${messageOf(error)}${hint}`);
    return ExitStatus.Failure;
  }

  let evaluation: Evaluation;
  try {
    evaluation = evaluate(corpus, systems, {
      ...(options.types === undefined ? {} : { types: options.types }),
      ...(options.errors === undefined ? {} : { errors: options.errors }),
    });
  } catch (error) {
    await printError(io, `dateline: ${escapeControls(dir)}: internal error: ${messageOf(error)}`);
    return ExitStatus.Failure;
  }
  const output =
    options.format === 'json'
      ? `${JSON.stringify(evaluationJson(evaluation), null, 2)}\n`
      : formatEvaluationText(evaluation);
  await io.stdout.write(output);

  const outputError = io.stdout.error;
  if (outputError !== undefined && !isBrokenPipe(outputError)) {
    await printError(io, `dateline: ${outputFailure(outputError)}`);
    return ExitStatus.Failure;
  }
  return ExitStatus.Ok;
}

/** `person,date` → the types, in report order; unknown names are a usage error. */
export function parseTypes(value: string): EntityType[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !isEntityType(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(
      `${unknown.length > 0 ? `Unknown type ${unknown.map((n) => `'${n}'`).join(', ')}. ` : ''}` +
        `Expected comma-separated types from: ${REPORT_TYPE_ORDER.join(', ')}.`,
    );
  }
  return REPORT_TYPE_ORDER.filter((type) => names.includes(type));
}

export function parseExampleCount(value: string): number {
  const trimmed = value.trim();
  const count = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || count < 1) {
    throw new InvalidArgumentError('Expected a positive whole number of examples, such as 5.');
  }
  return count;
}
