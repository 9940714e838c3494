/**
 * Code actions: each note's fixes as quick fixes (versioned edits of the document), and for the
 * word under a note or any entity mention, "Add “X” to the workspace dictionary" and "Ignore “X”
 * in this workspace", which edit (or create) the dictionary file.
 */
import type { DictionaryEntity, Note, TextEdit as OffsetEdit } from '@dateline/core';
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type Range,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { type AnalyzedDocument, mentionAt } from '../documents/analyzed-document.js';
import { LineIndex } from '../position/line-index.js';
import type { Settings } from '../settings.js';
import { addEntityToConfigText, addIgnoreToConfigText } from '../workspace/config-api.js';
import { enabledNotes, noteDiagnostic } from './diagnostics.js';

/** The dictionary file the actions edit: where it is and what it holds now ('' when missing). */
export interface DictionaryTarget {
  uri: string;
  exists: boolean;
  text: string;
}

export function codeActions(
  doc: AnalyzedDocument,
  params: CodeActionParams,
  settings: Settings,
  dictionary: DictionaryTarget | undefined,
): CodeAction[] {
  const from = doc.lines.offsetAt(params.range.start);
  const to = doc.lines.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  const offered = new Set<string>();

  for (const note of enabledNotes(doc, settings)) {
    if (note.end < from || note.start > to) continue;
    const diagnostic = matchingDiagnostic(doc, note, params.context.diagnostics);
    for (const [index, fix] of (note.fixes ?? []).entries()) {
      actions.push({
        title: fix.label,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: documentEdit(doc, fix.edits),
      });
    }
    if (dictionary) {
      const word = doc.text.slice(note.start, note.end).replace(/\s+/g, ' ').trim();
      const entity = mentionAt(doc, note.start)?.entity;
      const asEntity = entity ? { name: word, type: entity.type } : undefined;
      actions.push(
        ...dictionaryActions(word, asEntity, dictionary, CodeActionKind.QuickFix, [diagnostic], offered),
      );
    }
  }

  if (dictionary) {
    const found = mentionAt(doc, from);
    if (found) {
      const { entity, mention } = found;
      const written = mention.text.replace(/\s+/g, ' ').trim();
      const asEntity: DictionaryEntity = { name: entity.name.replace(/\s+/g, ' ').trim(), type: entity.type };
      if (written !== asEntity.name) asEntity.aliases = [written];
      actions.push(
        ...dictionaryActions(written, asEntity, dictionary, CodeActionKind.Refactor, undefined, offered),
      );
    }
  }
  const only = params.context.only;
  if (only && only.length > 0) {
    return actions.filter((action) =>
      only.some((kind) => action.kind === kind || action.kind?.startsWith(`${kind}.`)),
    );
  }
  return actions;
}

function dictionaryActions(
  word: string,
  entity: DictionaryEntity | undefined,
  target: DictionaryTarget,
  kind: CodeActionKind,
  diagnostics: Diagnostic[] | undefined,
  offered: Set<string>,
): CodeAction[] {
  if (word === '') return [];
  const actions: CodeAction[] = [];
  if (entity && !offered.has(`add\u0000${word}`)) {
    offered.add(`add\u0000${word}`);
    const edits = addEntityToConfigText(target.text, entity);
    if (edits.length > 0) {
      actions.push({
        title: `Add “${word}” to the workspace dictionary (as ${entity.type})`,
        kind,
        ...(diagnostics ? { diagnostics } : {}),
        edit: dictionaryEdit(target, edits),
      });
    }
  }
  if (!offered.has(`ignore\u0000${word}`)) {
    offered.add(`ignore\u0000${word}`);
    const edits = addIgnoreToConfigText(target.text, word);
    if (edits.length > 0) {
      actions.push({
        title: `Ignore “${word}” in this workspace`,
        kind,
        ...(diagnostics ? { diagnostics } : {}),
        edit: dictionaryEdit(target, edits),
      });
    }
  }
  return actions;
}

/** The diagnostic the client sent for this note, or the one the server would publish for it. */
function matchingDiagnostic(doc: AnalyzedDocument, note: Note, sent: readonly Diagnostic[]): Diagnostic {
  const own = noteDiagnostic(doc, note);
  return sent.find((d) => d.code === note.code && sameRange(d.range, own.range)) ?? own;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** Core offset edits of the analysed version, as a versioned edit of the document. */
export function documentEdit(doc: AnalyzedDocument, edits: readonly OffsetEdit[]): WorkspaceEdit {
  const change: TextDocumentEdit = {
    textDocument: { uri: doc.uri, version: doc.version },
    edits: edits.map((edit) => ({ range: doc.lines.rangeOf(edit.start, edit.end), newText: edit.text })),
  };
  return { documentChanges: [change] };
}

/** Edits of the dictionary file's text; the file is created first when missing. */
export function dictionaryEdit(target: DictionaryTarget, edits: readonly OffsetEdit[]): WorkspaceEdit {
  const lines = new LineIndex(target.text);
  const textEdits: TextEdit[] = edits.map((edit) => ({
    range: lines.rangeOf(edit.start, edit.end),
    newText: edit.text,
  }));
  const change: TextDocumentEdit = { textDocument: { uri: target.uri, version: null }, edits: textEdits };
  if (target.exists) return { documentChanges: [change] };
  return {
    documentChanges: [{ kind: 'create', uri: target.uri, options: { ignoreIfExists: true } }, change],
  };
}
