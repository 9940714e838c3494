/**
 * Inlay hints after mentions, each kind switchable in settings:
 * - aliases: the canonical name after another form ("Mr. Stoltenberg" → Jens Stoltenberg,
 *   "the Alliance" → North Atlantic Treaty Organization);
 * - acronyms: the expansion after an acronym ("KFOR" → Kosovo Force), except where it is defined;
 * - dates: the resolved value after a relative date ("next week" → 16–22 Oct 2023), never after a
 *   date that already states its year.
 * A form repeated within one paragraph is hinted once, so a paragraph saying NATO five times does
 * not carry five identical hints.
 */
import type { Entity, Mention } from '@dateline/core';
import { type InlayHint, InlayHintKind, type Range } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../documents/analyzed-document.js';
import { formatDateValue, statesFullDate } from '../format/dates.js';
import type { Settings } from '../settings.js';

type HintSettings = Settings['inlayHints'];

/** "KFOR", "NATO", "U.S.", "G7": short, mostly capitals. */
export function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 10) return false;
  if (!/^[A-Z][A-Za-z0-9.&-]*$/.test(text)) return false;
  const capitals = text.replace(/[^A-Z]/g, '').length;
  const letters = text.replace(/[^A-Za-z]/g, '').length;
  return capitals >= letters - 1 && (capitals >= 2 || /\d/.test(text));
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^the /i, '').trim().toLowerCase();
}

export function inlayHints(doc: AnalyzedDocument, range: Range, settings: HintSettings): InlayHint[] {
  const from = doc.lines.offsetAt(range.start);
  const to = doc.lines.offsetAt(range.end);
  const blocks = doc.analysis.document.sections.filter((section) => section.kind !== 'quote');
  const seen = new Set<string>();
  const hints: { offset: number; hint: InlayHint }[] = [];
  for (const entity of doc.analysis.entities) {
    for (const mention of entity.mentions) {
      if (mention.pronoun) continue;
      const hint = hintFor(doc, entity, mention, settings);
      if (hint === undefined) continue;
      const key = `${blockStartAt(blocks, mention.start)}\u0000${entity.id}\u0000${mention.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (mention.end < from || mention.end > to) continue;
      hints.push({ offset: mention.end, hint });
    }
  }
  hints.sort((a, b) => a.offset - b.offset);
  return hints.map(({ hint }) => hint);
}

/** Start of the last block starting at or before `offset` (blocks are in order of start), or -1. */
function blockStartAt(blocks: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = blocks[mid]?.start ?? 0;
    if (start <= offset) {
      found = start;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function hintFor(
  doc: AnalyzedDocument,
  entity: Entity,
  mention: Mention,
  settings: HintSettings,
): InlayHint | undefined {
  const position = doc.lines.positionAt(mention.end);
  const make = (label: string, tooltip: string): InlayHint => ({
    position,
    label,
    kind: InlayHintKind.Type,
    paddingLeft: true,
    tooltip,
  });
  const written = mention.text.replace(/\s+/g, ' ');

  if (entity.type === 'date') {
    if (!settings.dates || entity.value === undefined || statesFullDate(mention.text)) return undefined;
    const short = formatDateValue(entity.value, { short: true });
    if (short === undefined) return undefined;
    const long = formatDateValue(entity.value, { weekday: true }) ?? entity.value;
    const anchor = doc.analysis.document.date;
    const against = anchor === null ? '' : ` (release dated ${formatDateValue(anchor) ?? anchor})`;
    return make(short, `“${written}” resolves to ${long}${against}.`);
  }

  if (isAcronym(mention.text)) {
    if (!settings.acronyms) return undefined;
    const expansion =
      entity.expansion ?? (!isAcronym(entity.name) && entity.name !== mention.text ? entity.name : undefined);
    if (expansion === undefined || isDefinitionSite(doc.text, mention, expansion)) return undefined;
    return make(expansion, `${written} stands for ${expansion}.`);
  }

  if (!settings.aliases || entity.type === 'role' || entity.type === 'nationality') return undefined;
  if (normalize(mention.text) === normalize(entity.name)) return undefined;
  return make(entity.name, `“${written}” refers to ${entity.name} (${entity.type}).`);
}

/** "Kosovo Force (KFOR)" or "KFOR (Kosovo Force)": the expansion is written right there. */
function isDefinitionSite(text: string, mention: Mention, expansion: string): boolean {
  const window = expansion.length + 4;
  const before = text.slice(Math.max(0, mention.start - window), mention.start).toLowerCase();
  const after = text.slice(mention.end, mention.end + window).toLowerCase();
  const target = expansion.toLowerCase();
  return before.includes(target) || after.includes(target);
}
