/** `dateline summarize <inputs...>`: each release at a glance, with a short extractive summary. */
import { Option } from 'commander';
import { runBatchCommand } from '../batch/command.js';
import type { ExitStatus } from '../errors.js';
import type { CliIO } from '../io.js';
import { addSharedOptions, type SharedOptionValues } from '../options/index.js';
import { wholeNumber } from '../terminal/analyse-inputs.js';
import { SUMMARY_SCHEMA, summaryRendererSpec } from '../terminal/summary-renderer.js';
import type { CommandModule } from './types.js';

export const SUMMARIZE_FORMATS = ['text', 'json'] as const;

export interface SummarizeOptions extends SharedOptionValues {
  format: (typeof SUMMARIZE_FORMATS)[number];
  sentences: number;
}

const EXAMPLES = [
  'dateline summarize release.txt',
  'dateline summarize releases/ --sentences 2',
  'dateline summarize release.txt --format json',
];

export const summarizeCommand: CommandModule = {
  name: 'summarize',
  examples: EXAMPLES.slice(0, 1),
  register(program, { io, setStatus }) {
    const command = program
      .command('summarize')
      .summary('each release at a glance: headline, date, speakers, key entities, summary')
      .description(
        'For each release: headline, date and place, who speaks, the key entities with their roles, and a short ' +
          'summary made of its own sentences (the lead first; never boilerplate, contact blocks or web residue).',
      )
      .argument('<inputs...>', 'files, folders (searched recursively for .txt and .md files) or - for stdin')
      .addOption(
        new Option('-f, --format <format>', 'output format').choices(SUMMARIZE_FORMATS).default('text'),
      )
      .option('--sentences <N>', 'sentences in the summary', wholeNumber('a number of sentences', 0), 3);
    addSharedOptions(command)
      .addHelpText('after', summarizeHelp)
      .action(async (inputs: string[], options: SummarizeOptions) => {
        setStatus(await runSummarize(inputs, options, io));
      });
  },
};

const summarizeHelp = `
Examples:
${EXAMPLES.map((example) => `  $ ${example}`).join('\n')}
  $ dateline summarize a.txt b.txt --format json | jq '.[].keyEntities'

The summary quotes whole sentences in document order: the lead weighs most, then sentences naming the
key entities and words of named speakers. json: one object ("schema": "${SUMMARY_SCHEMA}"), or an
array of them for several inputs or a folder.
Exit status: 0 every input summarised, 1 some input failed (the others are still written), 2 usage error.`;

export function runSummarize(
  inputs: readonly string[],
  options: SummarizeOptions,
  io: CliIO,
): Promise<ExitStatus> {
  return runBatchCommand({
    inputs,
    options,
    io,
    format: options.format,
    renderer: (multiple) =>
      summaryRendererSpec({ format: options.format, sentences: options.sentences, multiple }),
  });
}
