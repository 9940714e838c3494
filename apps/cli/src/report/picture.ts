/**
 * The corpus at a glance: an inline SVG network of the most present entities, joined when they are
 * named in the same sentence (thicker lines for more such sentences). Laid out on a circle in rank
 * order, so the same inputs always draw the same picture: no randomness, no force simulation.
 */
import type { Analysis, EntityType } from '@dateline/core';
import { type EntityRow, mergeKey } from './entity-index.js';
import { escapeHtml } from './escape.js';

/** Who and what a picture of "who appears with whom" is about; dates and figures would crowd it. */
const PICTURE_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'location', 'event']);

export const PICTURE_NODES = 14;

export interface PictureDocument {
  readonly analysis: Analysis;
}

export interface Edge {
  a: number;
  b: number;
  /** Sentences naming both. */
  weight: number;
}

/** The entities drawn (the first `limit` index rows of the picture's types) and their co-occurrences. */
export function cooccurrences(
  rows: readonly EntityRow[],
  documents: readonly PictureDocument[],
  limit = PICTURE_NODES,
): { nodes: EntityRow[]; edges: Edge[] } {
  const nodes = rows.filter((row) => PICTURE_TYPES.has(row.type)).slice(0, limit);
  const nodeOf = new Map(nodes.map((row, index) => [row.key, index]));
  const weights = new Map<string, number>();
  for (const { analysis } of documents) {
    const idToNode = new Map<string, number>();
    for (const entity of analysis.entities) {
      const node = nodeOf.get(mergeKey(entity.type, entity.name));
      if (node !== undefined) idToNode.set(entity.id, node);
    }
    if (idToNode.size < 2) continue;
    const sentences = [...analysis.document.sentences].sort((x, y) => x.start - y.start);
    const starts = sentences.map((sentence) => sentence.start);
    const inSentence = new Map<number, Set<number>>();
    for (const entity of analysis.entities) {
      const node = idToNode.get(entity.id);
      if (node === undefined) continue;
      for (const mention of entity.mentions) {
        const index = lastAtOrBefore(starts, mention.start);
        const sentence = sentences[index];
        if (sentence === undefined || mention.start >= sentence.end) continue;
        const set = inSentence.get(index) ?? new Set<number>();
        inSentence.set(index, set);
        set.add(node);
      }
    }
    for (const set of inSentence.values()) {
      const members = [...set].sort((x, y) => x - y);
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const key = `${members[i]}-${members[j]}`;
          weights.set(key, (weights.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const edges = [...weights]
    .map(([key, weight]) => {
      const [a, b] = key.split('-').map(Number);
      return { a: a ?? 0, b: b ?? 0, weight };
    })
    .sort((x, y) => x.a - y.a || x.b - y.b);
  return { nodes, edges };
}

/** Index of the last value ≤ `target` in ascending `values`, or -1. */
function lastAtOrBefore(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) <= target) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

const WIDTH = 760;
const HEIGHT = 520;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 180;

/** The SVG markup (no style attributes: colours come from the page's classes, allowed by its CSP). */
export function renderPicture(rows: readonly EntityRow[], documents: readonly PictureDocument[]): string {
  const { nodes, edges } = cooccurrences(rows, documents);
  if (nodes.length === 0) return '<p class="empty">No people, organisations, places or events to draw.</p>';
  const points = nodes.map((_, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / nodes.length;
    return { x: CX + RADIUS * Math.cos(angle), y: CY + RADIUS * Math.sin(angle), angle };
  });
  const maxWeight = Math.max(1, ...edges.map((edge) => edge.weight));
  const lines = edges.map((edge) => {
    const p = points[edge.a];
    const q = points[edge.b];
    if (p === undefined || q === undefined) return '';
    const width = 1 + (5 * edge.weight) / maxWeight;
    const a = nodes[edge.a]?.name ?? '';
    const b = nodes[edge.b]?.name ?? '';
    return (
      `<line class="edge" x1="${n(p.x)}" y1="${n(p.y)}" x2="${n(q.x)}" y2="${n(q.y)}" stroke-width="${n(width)}">` +
      `<title>${escapeHtml(`${a} and ${b}: ${edge.weight} ${edge.weight === 1 ? 'sentence' : 'sentences'}`)}</title></line>`
    );
  });
  const maxMentions = Math.max(1, ...nodes.map((node) => node.mentions));
  const circles = nodes.map((node, index) => {
    const p = points[index];
    if (p === undefined) return '';
    const r = 6 + 14 * Math.sqrt(node.mentions / maxMentions);
    const right = Math.cos(p.angle) >= -1e-9;
    const lx = p.x + Math.cos(p.angle) * (r + 6);
    const ly = p.y + Math.sin(p.angle) * (r + 6) + 4;
    const releases = `${node.documents.length} ${node.documents.length === 1 ? 'release' : 'releases'}`;
    return (
      `<g class="node t-${escapeHtml(node.type)}"><circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(r)}">` +
      `<title>${escapeHtml(`${node.name} (${node.type}): ${node.mentions} mentions in ${releases}`)}</title></circle>` +
      `<text x="${n(lx)}" y="${n(ly)}" text-anchor="${right ? 'start' : 'end'}">${escapeHtml(node.name)}</text></g>`
    );
  });
  const types = [...new Set(nodes.map((node) => node.type))];
  const legend = types
    .map((type) => `<span><span class="swatch t-${escapeHtml(type)}"></span>${escapeHtml(type)}</span>`)
    .join('');
  return (
    `<svg class="picture" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="picture-title">` +
    `<title id="picture-title">${escapeHtml(`Who appears with whom: the ${nodes.length} most present entities, joined when named in the same sentence`)}</title>` +
    `${lines.join('')}${circles.join('')}</svg>` +
    `<p class="legend">${legend} · circle size: mentions · line width: sentences naming both</p>`
  );
}

/** A coordinate with one decimal: the same digits on every machine. */
function n(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}
