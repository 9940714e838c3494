/**
 * The HTML report: one self-contained page (inline CSS and JS, no network) for one or many releases.
 * Sections: the picture of the corpus (./picture.ts), the entity index across releases
 * (./entity-index.ts), then each release's text with its entities highlighted; a card shows an
 * entity on hover, focus or click. A strict Content-Security-Policy allows only the page's own style
 * sheet and script, by hash.
 */
import { createHash } from 'node:crypto';
import {
  type Analysis,
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  mentionCounts,
  shortName,
} from '@dateline/core';
import { markedSpans } from '../terminal/highlight.js';
import { SCRIPT, STYLE } from './assets.js';
import { type EntityRow, indexEntities } from './entity-index.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { renderPicture } from './picture.js';

export interface ReportDocument {
  readonly source: string;
  readonly text: string;
  readonly analysis: Analysis;
}

export interface ReportOptions {
  /** The page's heading; default "Dateline report". */
  title?: string;
}

/** What the card shows for one entity of one release; keyed `d<n>:<entity id>` in the page's data. */
export interface CardData {
  name: string;
  type: EntityType;
  roles: string[];
  aliases: string[];
  mentions: number;
  value?: string;
  /** The sentence of the first mention, on one line (at most 300 characters). */
  sentence: string;
  /** Releases of the report naming the same entity. */
  releases: number;
}

export function renderReport(documents: readonly ReportDocument[], options: ReportOptions = {}): string {
  const title = options.title ?? 'Dateline report';
  const rows = indexEntities(documents);
  const releasesOf = new Map<string, number>();
  for (const row of rows) {
    for (const occurrence of row.occurrences)
      releasesOf.set(`d${occurrence.document + 1}:${occurrence.id}`, row.documents.length);
  }
  const cards: Record<string, CardData> = {};
  documents.forEach((document, index) => {
    for (const entity of document.analysis.entities) {
      const key = `d${index + 1}:${entity.id}`;
      cards[key] = cardData(document, entity, releasesOf.get(key) ?? 1);
    }
  });
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(STYLE)}'`,
    `script-src '${sha256(SCRIPT)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const count = `${documents.length} ${documents.length === 1 ? 'release' : 'releases'}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dateline">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${count}, ${rows.length} ${rows.length === 1 ? 'entity' : 'entities'}</p>
</header>
${renderContents(documents)}
<section id="picture" aria-labelledby="picture-heading">
<h2 id="picture-heading">Who appears with whom</h2>
${renderPicture(rows, documents)}
</section>
${renderIndex(rows, documents)}
<section id="releases" aria-labelledby="releases-heading">
<h2 id="releases-heading">Releases</h2>
${documents.map((document, index) => renderDocument(document, index)).join('\n')}
</section>
<div id="card" role="tooltip" hidden></div>
<script type="application/json" id="dateline-data">${jsonForScript({ entities: cards })}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function renderContents(documents: readonly ReportDocument[]): string {
  if (documents.length < 2) return '';
  const items = documents.map(
    ({ analysis, source }, index) =>
      `<li><a href="#d${index + 1}">${escapeHtml(headline(analysis, source))}</a>${dateNote(analysis)}</li>`,
  );
  return `<nav aria-label="Releases"><ol>${items.join('')}</ol></nav>`;
}

function renderIndex(rows: readonly EntityRow[], documents: readonly ReportDocument[]): string {
  const body = rows.map((row) => {
    const links = row.occurrences.map(({ document, id }) => {
      const analysis = documents[document]?.analysis;
      const date = analysis?.document.date;
      const label = `${document + 1}${date ? ` (${date})` : ''}`;
      return `<a href="#d${document + 1}-${escapeHtml(id)}">${escapeHtml(label)}</a>`;
    });
    return (
      `<tr data-name="${escapeHtml(row.name.toLowerCase())}"><td>${escapeHtml(row.name)}</td>` +
      `<td><span class="type t-${row.type}">${row.type}</span></td>` +
      `<td class="num">${row.documents.length}</td><td class="num">${row.mentions}</td>` +
      `<td class="date">${escapeHtml(row.first ?? '')}</td><td class="date">${escapeHtml(row.last ?? '')}</td><td>${links.join(', ')}</td></tr>`
    );
  });
  return `<section id="index" aria-labelledby="index-heading">
<h2 id="index-heading">Entities across releases</h2>
<p><label>Filter <input id="index-filter" type="search" autocomplete="off"></label></p>
<table>
<thead><tr><th>entity</th><th>type</th><th class="num">releases</th><th class="num">mentions</th><th>first</th><th>last</th><th>in releases (date)</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</section>`;
}

function renderDocument({ source, text, analysis }: ReportDocument, index: number): string {
  const number = index + 1;
  const spans = markedSpans(analysis);
  const firstMention = new Set<string>();
  let html = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length) continue;
    html += escapeHtml(text.slice(at, span.start));
    const key = `d${number}:${span.id}`;
    // The first marked mention of each entity is the target of the index's links.
    const anchor = firstMention.has(span.id) ? '' : ` id="d${number}-${escapeHtml(span.id)}"`;
    firstMention.add(span.id);
    html +=
      `<mark${anchor} class="t-${span.type}" data-entity="${escapeHtml(key)}" tabindex="0">` +
      `${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  html += escapeHtml(text.slice(at));
  const info = analysis.document;
  const where = [info.place, info.date].filter((part): part is string => part !== null);
  return `<article id="d${number}">
<h3>${escapeHtml(headline(analysis, source))}</h3>
<p class="source">${escapeHtml(source === '-' ? '<stdin>' : source)}${where.length > 0 ? ` · ${escapeHtml(where.join(' · '))}` : ''}</p>
${renderLegend(spans)}
<pre class="text">${html}</pre>
</article>`;
}

function renderLegend(spans: readonly { type: EntityType }[]): string {
  const counts = new Map<EntityType, number>();
  for (const span of spans) counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
  const items = ENTITY_TYPES.filter((type) => counts.has(type)).map(
    (type) => `<span><span class="swatch t-${type}"></span>${type} ${counts.get(type)}</span>`,
  );
  return `<p class="legend">${items.length > 0 ? items.join('') : 'no entities'}</p>`;
}

function cardData({ text, analysis }: ReportDocument, entity: Entity, releases: number): CardData {
  const byId = new Map(analysis.entities.map((other) => [other.id, other]));
  const roles = entity.roles.map((role) => {
    const of = role.of === undefined ? undefined : byId.get(role.of);
    return of === undefined ? role.title : `${role.title} of ${shortName(of)}`;
  });
  const first = entity.mentions[0];
  const card: CardData = {
    name: entity.name,
    type: entity.type,
    roles,
    aliases: entity.aliases,
    mentions: mentionCounts(entity).named,
    sentence: first === undefined ? '' : sentenceAround(text, analysis, first.start),
    releases,
  };
  if (entity.value !== undefined) card.value = entity.value;
  else if (entity.duration !== undefined) card.value = `${entity.duration}, a length of time`;
  return card;
}

/** The sentence holding `offset`, else its line; on one line, at most 300 characters. */
function sentenceAround(text: string, analysis: Analysis, offset: number): string {
  const sentences = analysis.document.sentences;
  // Sentences are in text order: a binary search keeps many entities × many sentences cheap.
  let low = 0;
  let high = sentences.length - 1;
  let sentence: { start: number; end: number } | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const candidate = sentences[mid];
    if (candidate === undefined) break;
    if (candidate.start <= offset) {
      if (offset < candidate.end) sentence = candidate;
      low = mid + 1;
    } else high = mid - 1;
  }
  let start = sentence?.start;
  let end = sentence?.end;
  if (start === undefined || end === undefined) {
    start = text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = text.indexOf('\n', offset);
    end = lineEnd === -1 ? text.length : lineEnd;
  }
  const line = text
    .slice(start, Math.min(end, start + 2000))
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

function headline(analysis: Analysis, source: string): string {
  const title = analysis.document.title;
  return title === null ? (source === '-' ? '<stdin>' : source) : title.replace(/\s+/g, ' ').trim();
}

function dateNote(analysis: Analysis): string {
  return analysis.document.date === null
    ? ''
    : ` <span class="meta">${escapeHtml(analysis.document.date)}</span>`;
}

function sha256(content: string): string {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}
