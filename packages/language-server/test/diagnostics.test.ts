/** Diagnostics from the core's notes, and the code actions that fix them or edit the dictionary. */
import type { Note } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import {
  CodeActionKind,
  type CodeActionParams,
  DiagnosticSeverity,
  type TextDocumentEdit,
} from 'vscode-languageserver';
import { codeActions, type DictionaryTarget } from '../src/features/code-actions.js';
import { noteDiagnostics, tooLargeDiagnostic } from '../src/features/diagnostics.js';
import { DEFAULT_SETTINGS, readSettings } from '../src/settings.js';
import { NATO_TEXT, natoDoc } from './fixture.js';
import { positionOf, textOf } from './support.js';

const thursday = NATO_TEXT.indexOf('Thursday');
const mismatch: Note = {
  code: 'weekday-mismatch',
  message: '12 October 2023 is a Thursday, not a Friday.',
  start: thursday,
  end: thursday + 'Thursday'.length,
  related: [
    {
      start: NATO_TEXT.indexOf('12 October 2023'),
      end: NATO_TEXT.indexOf('12 October 2023') + 15,
      message: 'the date',
    },
  ],
  fixes: [{ label: 'Write “Thursday”', edits: [{ start: thursday, end: thursday + 8, text: 'Thursday' }] }],
};

function params(doc: ReturnType<typeof natoDoc>, phrase: string, only?: string[]): CodeActionParams {
  const start = positionOf(doc, phrase);
  return {
    textDocument: { uri: doc.uri },
    range: { start, end: start },
    context: { diagnostics: [], ...(only ? { only } : {}) },
  };
}

describe('diagnostics', () => {
  it('turn notes into Information diagnostics with source, code and related information', () => {
    const doc = natoDoc([mismatch]);
    const [diagnostic] = noteDiagnostics(doc, DEFAULT_SETTINGS);
    expect(diagnostic?.severity).toBe(DiagnosticSeverity.Information);
    expect(diagnostic?.source).toBe('dateline');
    expect(diagnostic?.code).toBe('weekday-mismatch');
    expect(diagnostic && textOf(doc, diagnostic.range)).toBe('Thursday');
    expect(diagnostic?.relatedInformation?.[0]?.message).toBe('the date');
  });

  it('each check can be switched off', () => {
    const doc = natoDoc([mismatch]);
    const off = readSettings({ dateline: { checks: { weekdayMismatch: false } } });
    expect(noteDiagnostics(doc, off)).toEqual([]);
  });

  it('a too-large document gets one Information diagnostic saying why', () => {
    const diagnostic = tooLargeDiagnostic(
      'The document is 3.0 MB, more than dateline.maxDocumentSize (2.0 MB).',
    );
    expect(diagnostic.severity).toBe(DiagnosticSeverity.Information);
    expect(diagnostic.code).toBe('too-large');
  });
});

describe('code actions', () => {
  const missing: DictionaryTarget = { uri: 'file:///work/dateline.json', exists: false, text: '' };

  it("offer the note's fixes as versioned quick fixes", () => {
    const doc = natoDoc([mismatch]);
    const actions = codeActions(doc, params(doc, 'Thursday'), DEFAULT_SETTINGS, undefined);
    const fix = actions.find((a) => a.title === 'Write “Thursday”');
    expect(fix?.kind).toBe(CodeActionKind.QuickFix);
    expect(fix?.isPreferred).toBe(true);
    const change = fix?.edit?.documentChanges?.[0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri: doc.uri, version: doc.version });
    expect(change.edits[0]?.newText).toBe('Thursday');
    expect(fix?.diagnostics?.[0]?.code).toBe('weekday-mismatch');
  });

  it('offer adding a mention to the workspace dictionary, creating the file when missing', () => {
    const doc = natoDoc();
    const actions = codeActions(doc, params(doc, 'Mr. Stoltenberg'), DEFAULT_SETTINGS, missing);
    const found = (start: string) => actions.find((a) => a.title.startsWith(start));
    const add = found('Add “Stoltenberg” to the workspace dictionary');
    expect(add?.title).toBe('Add “Stoltenberg” to the workspace dictionary (as person)');
    expect(add?.kind).toBe(CodeActionKind.Refactor);
    const changes = add?.edit?.documentChanges ?? [];
    expect(changes[0]).toEqual({ kind: 'create', uri: missing.uri, options: { ignoreIfExists: true } });
    const written = (changes[1] as TextDocumentEdit).edits.map((e) => e.newText).join('');
    expect(JSON.parse(written)).toMatchObject({
      entities: [{ name: 'Jens Stoltenberg', type: 'person', aliases: ['Stoltenberg'] }],
    });
    const ignore = found('Ignore “Stoltenberg” in this workspace');
    const ignoreChange = ignore?.edit?.documentChanges?.[1] as TextDocumentEdit;
    expect(JSON.parse(ignoreChange.edits[0]?.newText ?? '')).toMatchObject({
      ignore: ['Stoltenberg'],
    });
  });

  it('edit an existing dictionary in place', () => {
    const doc = natoDoc();
    const existing: DictionaryTarget = {
      uri: missing.uri,
      exists: true,
      text: '{\n  "ignore": ["Acme"]\n}\n',
    };
    const actions = codeActions(doc, params(doc, 'KFOR'), DEFAULT_SETTINGS, existing);
    const ignore = actions.find((a) => a.title === 'Ignore “KFOR” in this workspace');
    expect(ignore?.edit?.documentChanges).toHaveLength(1);
  });

  it('respect the requested kinds and offer nothing off mentions and notes', () => {
    const doc = natoDoc([mismatch]);
    const quickfixes = codeActions(
      doc,
      params(doc, 'Thursday', [CodeActionKind.QuickFix]),
      DEFAULT_SETTINGS,
      missing,
    );
    expect(quickfixes.every((a) => a.kind === CodeActionKind.QuickFix)).toBe(true);
    expect(codeActions(doc, params(doc, 'welcomed'), DEFAULT_SETTINGS, missing)).toEqual([]);
  });
});
