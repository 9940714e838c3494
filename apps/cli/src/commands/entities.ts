/** `dateline entities <inputs...>`: one table of the entities across a corpus. */
import type { EntityType } from '@dateline/core';
import { Option } from 'commander';
import { ExitStatus } from '../errors.js';
import { csvRow } from '../format/csv.js';
import { parseTypeList } from '../format/filter-types.js';
import type { CliIO } from '../io.js';
import { type EntityRow, type IndexedDocument, indexEntities } from '../report/entity-index.js';
import {
  addInputAndAnalysisOptions,
  analyseInputs,
  finishRun,
  type InputOptions,
  wholeNumber,
} from '../terminal/analyse-inputs.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import type { CommandModule } from './types.js';

export const ENTITIES_SCHEMA = 'dateline/entities@1';
export const ENTITIES_FORMATS = ['text', 'csv', 'json'] as const;

export interface EntitiesOptions extends InputOptions {
  format: (typeof ENTITIES_FORMATS)[number];
  types?: EntityType[];
  minDocuments: number;
  limit?: number;
}

const EXAMPLES = [
  'dateline entities releases/',
  'dateline entities releases/ --types person --min-documents 2',
  'dateline entities releases/ --format csv > entities.csv',
];

export const entitiesCommand: CommandModule = {
  name: 'entities',
  examples: EXAMPLES.slice(0, 1),
  register(program, { io, setStatus }) {
    const command = program
      .command('entities')
      .summary('one table of the entities across many releases')
      .description(
        'Aggregate the entities of many releases: one row per entity (merged by type and canonical name, ' +
          'case and spacing ignored) with the releases naming it, its mentions, and the first and last release dates.',
      )
      .argument('<inputs...>', 'files, folders (searched recursively for .txt and .md files) or - for stdin')
      .addOption(
        new Option('-f, --format <format>', 'output format').choices(ENTITIES_FORMATS).default('text'),
      )
      .option('--types <types>', 'only these entity types, comma-separated', parseTypeList)
      .option(
        '--min-documents <N>',
        'only entities named in at least N releases',
        wholeNumber('a number of documents', 1),
        1,
      )
      .option('--limit <N>', 'at most N rows', wholeNumber('a number of rows', 1));
    addInputAndAnalysisOptions(command)
      .addHelpText('after', entitiesHelp)
      .action(async (inputs: string[], options: EntitiesOptions) => {
        setStatus(await runEntities(inputs, options, io));
      });
  },
};

const entitiesHelp = `
Examples:
${EXAMPLES.map((example) => `  $ ${example}`).join('\n')}
  $ dateline entities a.txt b.txt --format json --limit 20

Rows are sorted by releases (most first), then mentions, then name. "first" and "last" are the
earliest and latest release dates of the releases naming the entity (when none is dated: - in
text, empty in csv, null in json).
Exit status: 0 every input analysed, 1 some input failed (the table covers the others), 2 usage error.`;

export async function runEntities(
  inputs: readonly string[],
  options: EntitiesOptions,
  io: CliIO,
): Promise<ExitStatus> {
  const documents: IndexedDocument[] = [];
  const run = await analyseInputs(inputs, options, io, ({ source, analysis }) => {
    // Only what the table needs is kept, so a large corpus does not hold every text in memory.
    const document = { ...analysis.document, sections: [], sentences: [] };
    documents.push({ source, analysis: { ...analysis, document, notes: [] } });
  });
  if (run.usage) return ExitStatus.Usage;
  const rows = indexEntities(documents, {
    ...(options.types === undefined ? {} : { types: options.types }),
    minDocuments: options.minDocuments,
    ...(options.limit === undefined ? {} : { limit: options.limit }),
  });
  if (options.format === 'json')
    await io.stdout.write(`${JSON.stringify(entitiesJson(rows, documents.length), null, 2)}\n`);
  else if (options.format === 'csv') await io.stdout.write(entitiesCsv(rows));
  else await io.stdout.write(entitiesText(rows, documents.length));
  return finishRun(io, run.failed);
}

export function entitiesJson(rows: readonly EntityRow[], documents: number) {
  return {
    schema: ENTITIES_SCHEMA,
    documents,
    entities: rows.map((row) => ({
      name: row.name,
      type: row.type,
      documents: row.documents.length,
      mentions: row.mentions,
      first: row.first,
      last: row.last,
      sources: row.documents,
    })),
  };
}

export function entitiesCsv(rows: readonly EntityRow[]): string {
  return [
    csvRow(['entity', 'type', 'documents', 'mentions', 'first', 'last']),
    ...rows.map((row) =>
      csvRow([
        row.name,
        row.type,
        String(row.documents.length),
        String(row.mentions),
        row.first ?? '',
        row.last ?? '',
      ]),
    ),
  ].join('');
}

/** Names longer than this are cut (with …) in the text table, so one long name does not widen every row. */
const NAME_WIDTH = 48;

function shorten(text: string, width: number): string {
  const points = [...text];
  return points.length <= width ? text : `${points.slice(0, width - 1).join('')}…`;
}

/** Aligned columns: text columns padded on the right, numbers on the left. */
export function entitiesText(rows: readonly EntityRow[], documents: number): string {
  if (rows.length === 0) return `no entities (${documents} ${documents === 1 ? 'release' : 'releases'})\n`;
  const table = [
    ['entity', 'type', 'documents', 'mentions', 'first', 'last'],
    ...rows.map((row) => [
      shorten(sanitizeForTerminal(row.name.replace(/\s+/g, ' ')), NAME_WIDTH),
      row.type,
      String(row.documents.length),
      String(row.mentions),
      row.first ?? '-',
      row.last ?? '-',
    ]),
  ];
  const widths =
    table[0]?.map((_, column) => Math.max(...table.map((line) => [...(line[column] ?? '')].length))) ?? [];
  const numeric = [false, false, true, true, false, false];
  return `${table
    .map((line) =>
      line
        .map((cell, column) => {
          const pad = ' '.repeat((widths[column] ?? 0) - [...cell].length);
          return numeric[column] ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}
