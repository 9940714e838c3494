/**
 * Document symbols: the release's sections in order (headline, lead, body paragraphs named by
 * their first words, transcript turns by speaker, lists with their items, contact, boilerplate),
 * quotes nested in the paragraph holding them, then an "Entities" group with one child per type
 * and the entities of that type under it (each at its first mention).
 */
import {
  ENTITY_TYPES,
  type EntityType,
  mentionCounts,
  mentionCountText,
  type Section,
  type SectionKind,
} from '@dateline/core';
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { type AnalyzedDocument, firstMention } from '../documents/analyzed-document.js';

const SECTION_LABELS: Record<SectionKind, string> = {
  title: 'Headline',
  subhead: 'Subhead',
  source: 'Source',
  dateline: 'Dateline',
  lead: 'Lead',
  body: 'Paragraph',
  quote: 'Quote',
  list: 'List',
  'transcript-turn': 'Turn',
  contact: 'Contact',
  boilerplate: 'Boilerplate',
  residue: 'Residue',
};

const SECTION_KINDS: Record<SectionKind, SymbolKind> = {
  title: SymbolKind.File,
  subhead: SymbolKind.String,
  source: SymbolKind.Property,
  dateline: SymbolKind.Property,
  lead: SymbolKind.String,
  body: SymbolKind.String,
  quote: SymbolKind.String,
  list: SymbolKind.Array,
  'transcript-turn': SymbolKind.Event,
  contact: SymbolKind.Object,
  boilerplate: SymbolKind.Namespace,
  residue: SymbolKind.Null,
};

export const ENTITY_SYMBOL_KINDS: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  location: SymbolKind.Module,
  nationality: SymbolKind.Enum,
  role: SymbolKind.Property,
  event: SymbolKind.Event,
  date: SymbolKind.Number,
  money: SymbolKind.Number,
  quantity: SymbolKind.Number,
  document: SymbolKind.File,
  equipment: SymbolKind.Struct,
  contact: SymbolKind.Interface,
};

const TYPE_GROUP_NAMES: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  location: 'Locations',
  nationality: 'Nationalities and groups',
  role: 'Roles',
  event: 'Events',
  date: 'Dates',
  money: 'Money',
  quantity: 'Quantities',
  document: 'Documents',
  equipment: 'Equipment',
  contact: 'Contacts',
};

const NAME_WORDS = 6;

export function documentSymbols(doc: AnalyzedDocument): DocumentSymbol[] {
  return [...sectionSymbols(doc), ...entityGroup(doc)];
}

/**
 * Sections as a tree: a section inside another (a quote in its paragraph, the paragraphs of a
 * transcript turn) becomes its child; list items are children of their list. A section with the
 * same extent as its parent (a quoted subhead) is not repeated.
 */
function sectionSymbols(doc: AnalyzedDocument): DocumentSymbol[] {
  const sections = [...doc.analysis.document.sections].sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: DocumentSymbol[] = [];
  const stack: { section: Section; symbol: DocumentSymbol }[] = [];
  for (const section of sections) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { section: Section };
      if (section.start >= top.section.start && section.end <= top.section.end) break;
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent && parent.section.start === section.start && parent.section.end === section.end) continue;
    const symbol = sectionSymbol(doc, section);
    if (section.kind === 'list' && section.items) {
      symbol.children = section.items.map((item, index) => ({
        name: firstWords(doc.text.slice(item.start, item.end)) || `Item ${index + 1}`,
        kind: SymbolKind.EnumMember,
        range: doc.lines.rangeOf(item.start, item.end),
        selectionRange: doc.lines.rangeOf(item.start, item.end),
      }));
    }
    if (parent) {
      parent.symbol.children ??= [];
      parent.symbol.children.push(symbol);
    } else roots.push(symbol);
    stack.push({ section, symbol });
  }
  for (const root of roots) sortChildren(root);
  return roots;
}

/** List items and nested sections of one parent, in text order. */
function sortChildren(symbol: DocumentSymbol): void {
  if (!symbol.children) return;
  symbol.children.sort((a, b) => compare(a.range.start, b.range.start));
  for (const child of symbol.children) sortChildren(child);
}

function sectionSymbol(doc: AnalyzedDocument, section: Section): DocumentSymbol {
  const text = doc.text.slice(section.start, section.end);
  let name: string;
  let detail: string = SECTION_LABELS[section.kind];
  if (section.kind === 'transcript-turn' || (section.kind === 'quote' && section.speaker)) {
    const { speaker } = section;
    name = speaker ? oneLine(speaker.text) : firstWords(text);
    // The words after a speaker label at the start ("MR. KIRBY: Thanks…" → "Thanks…").
    const labelled = speaker !== undefined && speaker.start >= section.start && speaker.end <= section.end;
    const said = labelled ? doc.text.slice(speaker.end, section.end).replace(/^[\s:.\-–—]+/, '') : text;
    detail = `${SECTION_LABELS[section.kind]}: ${firstWords(said)}`;
  } else if (section.kind === 'title') {
    name = oneLine(text) || 'Headline';
  } else if (section.kind === 'contact' || section.kind === 'boilerplate' || section.kind === 'residue') {
    name = SECTION_LABELS[section.kind];
    detail = firstWords(text);
  } else {
    name = firstWords(text) || SECTION_LABELS[section.kind];
  }
  const range = doc.lines.rangeOf(section.start, section.end);
  return {
    name: name || SECTION_LABELS[section.kind],
    detail,
    kind: SECTION_KINDS[section.kind],
    range,
    selectionRange: range,
  };
}

function entityGroup(doc: AnalyzedDocument): DocumentSymbol[] {
  const { entities } = doc.analysis;
  if (entities.length === 0) return [];
  const whole = doc.lines.rangeOf(0, doc.text.length);
  const groups: DocumentSymbol[] = [];
  for (const type of ENTITY_TYPES) {
    const ofType = entities.filter((entity) => entity.type === type);
    if (ofType.length === 0) continue;
    const children: DocumentSymbol[] = ofType.map((entity) => {
      const first = firstMention(entity);
      const range = doc.lines.rangeOf(first?.start ?? 0, first?.end ?? 0);
      return {
        name: oneLine(entity.name),
        detail: mentionCountText(mentionCounts(entity)),
        kind: ENTITY_SYMBOL_KINDS[type],
        range,
        selectionRange: range,
      };
    });
    const start = children[0]?.range ?? whole;
    groups.push({
      name: TYPE_GROUP_NAMES[type],
      detail: `${ofType.length}`,
      kind: SymbolKind.Namespace,
      range: whole,
      selectionRange: start,
      children,
    });
  }
  return [
    {
      name: 'Entities',
      detail: `${entities.length}`,
      kind: SymbolKind.Namespace,
      range: whole,
      selectionRange: doc.lines.rangeOf(0, 0),
      children: groups,
    },
  ];
}

/** The first few words of a block, on one line, with an ellipsis when cut. */
export function firstWords(text: string, count = NAME_WORDS): string {
  // The head is enough for a name: a long paragraph is not flattened whole.
  const words = oneLine(text.slice(0, 400)).split(' ').filter(Boolean);
  const head = words.slice(0, count).join(' ');
  return words.length > count ? `${head}…` : head;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}
