/**
 * `dateline summarize` as a batch renderer (../batch/types.ts): loaded by URL in each worker, so it
 * depends on its options and the document only. Text: one block per release, a blank line between.
 * JSON: one object, or an array of them when the command line names several documents.
 */
import { type DocumentSummary, summarizeDocument } from '@dateline/core';
import type { DocumentRenderer, Position, RendererSpec, RenderInput } from '../batch/types.js';
import { escapeControls } from '../errors.js';
import { sanitizeForTerminal } from './sanitize.js';

export const SUMMARY_SCHEMA = 'dateline/summary@1';

export interface SummaryRendererOptions {
  readonly format: 'text' | 'json';
  readonly sentences: number;
  readonly multiple: boolean;
}

export function summaryRendererSpec(options: SummaryRendererOptions): RendererSpec {
  return { module: new URL('./summary-renderer.js', import.meta.url).href, options };
}

export function createRenderer(options: SummaryRendererOptions): DocumentRenderer {
  return {
    render({ source, text, analysis }: RenderInput, position: Position): string {
      const summary = summarizeDocument(text, analysis, { sentences: options.sentences });
      if (options.format === 'text')
        return `${position === 'next' ? '\n' : ''}${renderSummary(source, summary)}`;
      const json = JSON.stringify({ schema: SUMMARY_SCHEMA, source, ...summary }, null, 2);
      if (position === 'alone' || !options.multiple) return `${json}\n`;
      return `${position === 'first' ? '[\n' : ',\n'}${json
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n')}`;
    },
    end(written) {
      if (options.format === 'text' || !options.multiple) return '';
      return written === 0 ? '[]\n' : '\n]\n';
    },
  };
}

/**
 * seeds/nato.txt
 *   NATO Secretary General, Press Conference at Defence Ministers Meeting
 *   Brussels · 2023-10-12
 *
 *   Key entities
 *     Jens Stoltenberg (person) — Secretary General of NATO · 4 mentions
 *   …
 */
export function renderSummary(source: string, summary: DocumentSummary): string {
  const lines = [
    escapeControls(source),
    `  ${summary.title === null ? '(no headline)' : oneLine(summary.title)}`,
  ];
  const when = [summary.place, summary.date].filter((part): part is string => part !== null).map(oneLine);
  if (when.length > 0) lines.push(`  ${when.join(' · ')}`);
  if (summary.speakers.length > 0) {
    lines.push('', '  Speakers');
    for (const speaker of summary.speakers) {
      lines.push(`    ${oneLine(speaker.name)} · ${speaker.turns} ${speaker.turns === 1 ? 'turn' : 'turns'}`);
    }
  }
  lines.push('', '  Key entities');
  if (summary.keyEntities.length === 0) lines.push('    (none)');
  for (const entity of summary.keyEntities) {
    const roles = entity.roles.length > 0 ? ` — ${entity.roles.map(oneLine).join('; ')}` : '';
    const mentions = `${entity.mentions} ${entity.mentions === 1 ? 'mention' : 'mentions'}`;
    lines.push(`    ${oneLine(entity.name)} (${entity.type})${roles} · ${mentions}`);
  }
  if (summary.sentences.length > 0) {
    lines.push('', '  Summary');
    for (const sentence of summary.sentences) lines.push(...wrap(oneLine(sentence.text), 96, '    '));
  }
  return `${lines.join('\n')}\n`;
}

/** Words onto lines of at most `width` characters (a longer word gets a line of its own), indented. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

/** Text from the document on one line, safe for a terminal. */
function oneLine(text: string): string {
  return sanitizeForTerminal(text.replace(/\s+/g, ' ').trim());
}
