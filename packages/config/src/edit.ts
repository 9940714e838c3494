/**
 * Formatting-preserving edits of dateline.json for an editor's "add to the workspace dictionary"
 * action. The new entry is inserted after the last one, on its own line in a list written one entry
 * per line, inline in a list written on one line; nothing else is touched, so comments, blank lines
 * and the file's own layout stay exactly as they were. (jsonc-parser's `modify` re-formats the
 * whole list it changes, which would move comments; it is used here only to read the file.)
 * Edits are in the file text's offsets (UTF-16).
 */
import type { DictionaryEntity, TextEdit } from '@dateline/core';
import { findNodeAtLocation, getNodeValue, type Node, type ParseError, parseTree } from 'jsonc-parser';
import { CONFIG_SCHEMA_ID } from './schema.js';

type ListKey = 'entities' | 'ignore';

interface Layout {
  eol: string;
  /** One level of indentation, as the file writes it. */
  unit: string;
}

function layoutOf(text: string): Layout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return { eol, unit: indent.startsWith('\t') ? '\t' : indent };
}

/** The whitespace at the start of the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/** One line of JSON: `{ "name": "KFOR", "type": "organization" }`, `"Media"`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

interface After {
  /** Just past the last entry. */
  end: number;
  /** A comma already follows the last entry (a trailing comma). */
  comma: boolean;
  /** Where the last entry's line ends (before its line break), past any comment on it. */
  lineEnd: number;
  /** The list's closing bracket is on the same line as the last entry. */
  closesOnLine: boolean;
}

/** What follows the last child of a list or object, up to the end of its line. */
function afterLast(text: string, last: Node): After {
  const end = last.offset + last.length;
  let i = end;
  const skipSpaces = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  skipSpaces();
  const comma = text[i] === ',';
  if (comma) i++;
  skipSpaces();
  if (text.startsWith('/*', i)) {
    const close = text.indexOf('*/', i + 2);
    i = close < 0 ? text.length : close + 2;
    skipSpaces();
  }
  if (text.startsWith('//', i)) while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  const closesOnLine = text[i] === ']' || text[i] === '}';
  return { end, comma, lineEnd: i, closesOnLine };
}

/** Edits appending `item` (already written as text) to the list or object `container`. */
function appendChild(text: string, container: Node, item: string, layout: Layout): TextEdit[] {
  const children = container.children ?? [];
  const last = children[children.length - 1];
  const open = container.offset;
  const close = container.offset + container.length - 1;
  if (!last) {
    // An empty list or object: write the entry inside, on its own line unless the list is a one-liner.
    const base = indentAt(text, open);
    const multiline = container.type === 'object' || item.includes('{');
    const inner = multiline ? `${layout.eol}${base}${layout.unit}${item}${layout.eol}${base}` : item;
    return [{ start: open + 1, end: close, text: inner }];
  }
  const after = afterLast(text, last);
  if (after.closesOnLine && indentAt(text, last.offset).length === indentAt(text, open).length) {
    // All on one line: ["Leave a Reply"] → ["Leave a Reply", "Share this"]
    return [{ start: after.end, end: after.end, text: `, ${item}` }];
  }
  const indent = indentAt(text, last.offset);
  const line = `${layout.eol}${indent}${item}${after.comma ? ',' : ''}`;
  // The comma goes right after the last entry, before any comment on its line; one edit when they meet.
  if (after.comma) return [{ start: after.lineEnd, end: after.lineEnd, text: line }];
  if (after.lineEnd === after.end) return [{ start: after.end, end: after.end, text: `,${line}` }];
  return [
    { start: after.end, end: after.end, text: ',' },
    { start: after.lineEnd, end: after.lineEnd, text: line },
  ];
}

/** A whole new file holding one list. */
function newFile(key: ListKey, item: unknown, text: string): TextEdit[] {
  const file = { $schema: CONFIG_SCHEMA_ID, [key]: [item] };
  return [{ start: 0, end: text.length, text: `${JSON.stringify(file, null, 2)}\n` }];
}

/**
 * Edits appending `item` to the list at `key`, creating the list when the file has none. No edits
 * when the file is not a JSON object (it needs fixing by hand first), when `key` holds something
 * other than a list, or when `present` says the item is already there.
 */
function appendTo(
  text: string,
  key: ListKey,
  item: unknown,
  present: (existing: unknown) => boolean,
): TextEdit[] {
  if (text.trim() === '') return newFile(key, item, text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (root?.type !== 'object' || errors.length > 0) return [];
  const layout = layoutOf(text);
  const list = findNodeAtLocation(root, [key]);
  if (list) {
    if (list.type !== 'array') return [];
    if ((list.children ?? []).some((child) => present(getNodeValue(child)))) return [];
    return appendChild(text, list, inline(item), layout);
  }
  // No such list yet: a new property after the last one, its list one entry per line.
  const lastProperty = root.children?.[root.children.length - 1];
  const base = lastProperty ? indentAt(text, lastProperty.offset) : indentAt(text, root.offset) + layout.unit;
  const property = `${JSON.stringify(key)}: [${layout.eol}${base}${layout.unit}${inline(item)}${layout.eol}${base}]`;
  return appendChild(text, root, property, layout);
}

/** Edits adding `entity` to `entities` (nothing when an entity of that name is already declared). */
export function addEntityToConfigText(text: string, entity: DictionaryEntity): TextEdit[] {
  const aliases = (entity.aliases ?? []).filter((a) => typeof a === 'string' && a.length > 0);
  const value = { name: entity.name, type: entity.type, ...(aliases.length > 0 ? { aliases } : {}) };
  return appendTo(
    text,
    'entities',
    value,
    (existing) =>
      existing !== null &&
      typeof existing === 'object' &&
      (existing as { name?: unknown }).name === value.name,
  );
}

/** Edits adding `word` to `ignore` (nothing when it is already there). */
export function addIgnoreToConfigText(text: string, word: string): TextEdit[] {
  return appendTo(text, 'ignore', word, (existing) => existing === word);
}
