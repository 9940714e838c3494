/**
 * Diagnostics: the core's editorial notes (weekday mismatch, name variants, …), each code
 * switchable in `dateline.checks.*`; plus one Information diagnostic on a document too large to
 * analyse, saying why its entity features are off.
 */
import type { Note } from '@dateline/core';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../documents/analyzed-document.js';
import type { Settings } from '../settings.js';

export const DIAGNOSTIC_SOURCE = 'dateline';
export const TOO_LARGE_CODE = 'too-large';

/** The notes the settings let through. */
export function enabledNotes(doc: AnalyzedDocument, settings: Settings): Note[] {
  return (doc.analysis.notes ?? []).filter((note) => settings.checks[note.code] !== false);
}

export function noteDiagnostics(doc: AnalyzedDocument, settings: Settings): Diagnostic[] {
  return enabledNotes(doc, settings).map((note) => noteDiagnostic(doc, note));
}

export function noteDiagnostic(doc: AnalyzedDocument, note: Note): Diagnostic {
  const diagnostic: Diagnostic = {
    range: doc.lines.rangeOf(note.start, note.end),
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: note.code,
    message: note.message,
  };
  if (note.related && note.related.length > 0) {
    diagnostic.relatedInformation = note.related.map((related) => ({
      location: { uri: doc.uri, range: doc.lines.rangeOf(related.start, related.end) },
      message: related.message,
    }));
  }
  return diagnostic;
}

/** The one diagnostic of a document too large to analyse, on its first character. */
export function tooLargeDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: TOO_LARGE_CODE,
    message: reason,
  };
}
