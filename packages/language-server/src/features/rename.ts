/**
 * Rename an entity's surface form everywhere it is written. Renaming is by text, because a user
 * renames what they see: on "Stoltenberg" → "Stoltenbergh", every mention containing "Stoltenberg"
 * ("Jens Stoltenberg", "Mr. Stoltenberg") has that part replaced; on "Jens Stoltenberg" →
 * "Jens Stoltenbergh", the full forms change and, since the surname changed, so do the mentions
 * that are the surname alone. Mentions not containing the old text ("the Secretary General") and
 * titles attached to a name ("Secretary General" before "Jens Stoltenberg") are never touched.
 */
import type { Entity, Mention } from '@dateline/core';
import type { Position, Range, TextEdit } from 'vscode-languageserver';
import { type AnalyzedDocument, mentionAt, mentionsInOrder } from '../documents/analyzed-document.js';

export function prepareRename(
  doc: AnalyzedDocument,
  position: Position,
): { range: Range; placeholder: string } | null {
  const found = mentionAt(doc, doc.lines.offsetAt(position));
  // A pronoun is not a name: renaming "I" would rewrite every "I" the speaker says.
  if (!found || found.mention.pronoun) return null;
  const { mention } = found;
  return { range: doc.lines.rangeOf(mention.start, mention.end), placeholder: mention.text };
}

export type RenameResult = { edits: TextEdit[] } | { error: string };

export function rename(doc: AnalyzedDocument, position: Position, newName: string): RenameResult | null {
  const found = mentionAt(doc, doc.lines.offsetAt(position));
  if (!found) return null;
  if (found.mention.pronoun) return { error: 'A pronoun cannot be renamed; rename the name it refers to.' };
  const replacement = newName.trim();
  if (replacement === '') return { error: 'The new name is empty.' };
  if (/[\r\n]/.test(replacement)) return { error: 'The new name must be on one line.' };
  const edits = renameEdits(found.entity, found.mention.text, replacement).map((edit) => ({
    range: doc.lines.rangeOf(edit.start, edit.end),
    newText: edit.text,
  }));
  return { edits };
}

/** The offset edits of a rename of `oldText` to `newText` over the entity's mentions. */
export function renameEdits(
  entity: Entity,
  oldText: string,
  newText: string,
): { start: number; end: number; text: string }[] {
  const edits: { start: number; end: number; text: string }[] = [];
  const oldFlat = flat(oldText);
  const oldSurname = lastWord(oldFlat);
  const newSurname = lastWord(newText);
  const surnameChanged =
    entity.type === 'person' &&
    oldFlat.includes(' ') &&
    newText.includes(' ') &&
    oldSurname !== newSurname &&
    oldSurname !== undefined &&
    newSurname !== undefined;
  for (const mention of mentionsInOrder(entity)) {
    if (mention.pronoun) continue;
    const edit = editFor(mention, oldText, oldFlat, newText);
    if (edit) edits.push(edit);
    else if (surnameChanged && flat(mention.text) === oldSurname) {
      edits.push({ start: mention.start, end: mention.end, text: newSurname as string });
    }
  }
  return edits;
}

function editFor(
  mention: Mention,
  oldText: string,
  oldFlat: string,
  newText: string,
): { start: number; end: number; text: string } | undefined {
  const at = mention.text.indexOf(oldText);
  if (at >= 0) return { start: mention.start + at, end: mention.start + at + oldText.length, text: newText };
  // The same words wrapped differently ("Jens\nStoltenberg"): the whole mention is replaced.
  if (flat(mention.text) === oldFlat) return { start: mention.start, end: mention.end, text: newText };
  return undefined;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function lastWord(text: string): string | undefined {
  const words = flat(text).split(' ');
  return words[words.length - 1] || undefined;
}
