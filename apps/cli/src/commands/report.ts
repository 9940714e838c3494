/** `dateline report <inputs...>`: one self-contained HTML page to read and explore releases offline. */
import type { EntityType } from '@dateline/core';
import { ExitStatus, escapeControls, messageOf, reasonForSystemError } from '../errors.js';
import { filterTypes, parseTypeList } from '../format/filter-types.js';
import { type CliIO, printError } from '../io.js';
import { type ReportDocument, renderReport } from '../report/template.js';
import { isOneOf, writeFileAtomically } from '../report/write-file.js';
import {
  addInputAndAnalysisOptions,
  analyseInputs,
  finishRun,
  type InputOptions,
} from '../terminal/analyse-inputs.js';
import type { CommandModule } from './types.js';

export interface ReportCommandOptions extends InputOptions {
  output?: string;
  title?: string;
  types?: EntityType[];
}

const EXAMPLES = [
  'dateline report releases/ --output report.html',
  'dateline report release.txt > report.html',
];

export const reportCommand: CommandModule = {
  name: 'report',
  examples: EXAMPLES.slice(0, 1),
  register(program, { io, setStatus }) {
    const command = program
      .command('report')
      .summary('one offline HTML page: highlighted texts, entity cards, an index and a picture')
      .description(
        'Write one self-contained HTML file (no network, no external files) for one or many releases: each text ' +
          'with its entities highlighted and a card on hover or click, an index of the entities across releases ' +
          'with their release dates, and a network of who appears with whom.',
      )
      .argument('<inputs...>', 'files, folders (searched recursively for .txt and .md files) or - for stdin')
      .option('-o, --output <file>', 'write the page to this file (atomically) instead of stdout')
      .option('--title <text>', 'the page heading (default: "Dateline report")')
      .option('--types <types>', 'only these entity types, comma-separated', parseTypeList);
    addInputAndAnalysisOptions(command)
      .addHelpText('after', reportHelp)
      .action(async (inputs: string[], options: ReportCommandOptions) => {
        setStatus(await runReport(inputs, options, io));
      });
  },
};

const reportHelp = `
Examples:
${EXAMPLES.map((example) => `  $ ${example}`).join('\n')}
  $ dateline report a.txt b.txt --types person,organization --title "October briefings" -o briefings.html

The page works offline in any browser: its style sheet and script are inline, allowed by hash in its
Content-Security-Policy, and the releases' text is escaped. --output never writes over an input.
Exit status: 0 every input in the report, 1 some input failed (the report has the others) or the
file could not be written, 2 usage error.`;

export async function runReport(
  inputs: readonly string[],
  options: ReportCommandOptions,
  io: CliIO,
): Promise<ExitStatus> {
  const output = options.output;
  if (output !== undefined && isOneOf(output, inputs)) {
    await printError(io, `dateline: ${escapeControls(output)}: is an input, not overwriting it (--output)`);
    return ExitStatus.Usage;
  }
  const documents: ReportDocument[] = [];
  const run = await analyseInputs(inputs, options, io, ({ source, text, analysis }) => {
    documents.push({ source, text, analysis: filterTypes(analysis, options.types) });
  });
  if (run.usage) return ExitStatus.Usage;
  if (
    output !== undefined &&
    isOneOf(
      output,
      documents.map((document) => document.source),
    )
  ) {
    await printError(io, `dateline: ${escapeControls(output)}: is an input, not overwriting it (--output)`);
    return ExitStatus.Usage;
  }
  const page = renderReport(documents, options.title === undefined ? {} : { title: options.title });
  if (output === undefined) {
    await io.stdout.write(page);
    return finishRun(io, run.failed);
  }
  try {
    await writeFileAtomically(output, page);
  } catch (error) {
    const reason =
      typeof error === 'object' && error !== null && 'code' in error
        ? reasonForSystemError(error)
        : messageOf(error);
    await printError(
      io,
      `dateline: ${escapeControls(output)}: cannot write: ${reason.replace(/^cannot read /, '')}`,
    );
    return ExitStatus.Failure;
  }
  return run.failed > 0 ? ExitStatus.Failure : ExitStatus.Ok;
}
