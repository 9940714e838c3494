/** The document summary as a Markdown card: the headline hover and the `dateline/summary` request. */
import type { AnalyzedDocument } from '../documents/analyzed-document.js';
import { formatDateValue } from '../format/dates.js';
import { escapeMarkdown as md } from '../markdown/escape.js';
import { documentSummary } from './document-summary-source.js';

export function summaryCard(doc: AnalyzedDocument): string {
  const summary = documentSummary(doc.text, doc.analysis);
  const parts: string[] = [];
  parts.push(`**${md(summary.title ?? 'Untitled release')}**`);
  const when =
    summary.date === null ? undefined : (formatDateValue(summary.date, { weekday: true }) ?? summary.date);
  const where = [when, summary.place ?? undefined]
    .filter((part) => part !== undefined)
    .map((part) => md(part));
  if (where.length > 0) parts.push(where.join(' · '));
  if (summary.speakers.length > 0) {
    parts.push(
      `Speakers: ${summary.speakers.map((s) => `${md(s.name)} (${s.turns} ${s.turns === 1 ? 'turn' : 'turns'})`).join(', ')}`,
    );
  }
  if (summary.keyEntities.length > 0) {
    const lines = summary.keyEntities.map((entity) => {
      const roles = entity.roles.length > 0 ? `, ${entity.roles.map(md).join('; ')}` : '';
      return `- **${md(entity.name)}** · ${entity.type}${roles} · ${entity.mentions} ${entity.mentions === 1 ? 'mention' : 'mentions'}`;
    });
    parts.push(`Key entities:\n\n${lines.join('\n')}`);
  }
  if (summary.sentences.length > 0) {
    parts.push(summary.sentences.map((sentence) => `> ${md(sentence.text)}`).join('\n>\n'));
  }
  return parts.join('\n\n');
}
