/**
 * `--format csv`: one row per mention, for spreadsheets and data frames. RFC 4180: comma separated,
 * CRLF line ends, a field quoted when it holds a comma, a quote or a line break (quotes doubled).
 * One header row, then every document's rows (the `source` column tells them apart).
 */
import type { Analysis, Entity, Mention } from '@dateline/core';
import { linesAndColumns } from './text-offsets.js';
import type { Formatter } from './types.js';

export const CSV_COLUMNS = [
  'source',
  'entity_id',
  'type',
  'name',
  'mention',
  'start',
  'end',
  'line',
  'column',
  'title',
  'value',
  'pronoun',
] as const;

export const csvFormatter: Formatter = {
  name: 'csv',
  description: 'one row per mention: source, entity, type, canonical name, text, offsets, line, column',
  start() {
    let header = true;
    return {
      document({ source, analysis, text }) {
        const rows = header ? [csvRow([...CSV_COLUMNS])] : [];
        header = false;
        for (const row of mentionRows(source, analysis, text)) rows.push(csvRow(row));
        return rows.join('');
      },
      // A run with no readable document still prints the header, so the file always has its columns.
      end: () => (header ? csvRow([...CSV_COLUMNS]) : ''),
    };
  },
};

/** The rows of one document, in text order (then entity order for mentions starting together). */
function mentionRows(source: string, analysis: Analysis, text: string | undefined): string[][] {
  const mentions: { entity: Entity; mention: Mention; order: number }[] = [];
  analysis.entities.forEach((entity, order) => {
    for (const mention of entity.mentions) mentions.push({ entity, mention, order });
  });
  mentions.sort((a, b) => a.mention.start - b.mention.start || a.order - b.order);
  // Without the text (a caller that did not pass it) line and column stay empty rather than wrong.
  const positions =
    text === undefined
      ? []
      : linesAndColumns(
          text,
          mentions.map(({ mention }) => mention.start),
        );
  return mentions.map(({ entity, mention }, index) => {
    const where = positions[index];
    return [
      source,
      entity.id,
      entity.type,
      entity.name,
      mention.text,
      String(mention.start),
      String(mention.end),
      where === undefined ? '' : String(where.line),
      where === undefined ? '' : String(where.column),
      mention.title?.text ?? '',
      entity.value ?? '',
      mention.pronoun ? 'yes' : '',
    ];
  });
}

/** One CSV record with its CRLF. */
export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * One field, safe for spreadsheets: a value starting with = + - @ (or a tab or carriage return) is
 * read by Excel and LibreOffice as a formula ("=HYPERLINK(…)" in a release would run when opened),
 * so it gets a leading apostrophe, which spreadsheets hide and show the text as written.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
