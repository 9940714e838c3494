/**
 * `dateline lsp --stdio` in a second, very different LSP client: Emacs's eglot (Debian's emacs-nox
 * and elpa-eglot), run in batch mode by eglot-check.el. It proves the server works outside VS Code:
 * a hover on "Mr. Stoltenberg" names Jens Stoltenberg, and "go to definition" on that mention lands
 * on the entity's first mention.
 *
 *   npm run test:editors -w @dateline/tests      (needs the built CLI: npm run build)
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '@dateline/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifact, CLI, run, SEED, SEED_NAME } from './support.js';

const SCRIPT = new URL('./eglot-check.el', import.meta.url).pathname;
const EMACS = process.env.DATELINE_EMACS ?? 'emacs';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Location {
  uri: string;
  range: Range;
}
interface LocationLink {
  targetUri: string;
  targetSelectionRange: Range;
}
interface EglotResult {
  server: string;
  hover: { contents: unknown } | null;
  definition: Location | Location[] | LocationLink[] | null;
}

/** LSP position (UTF-16 code units, like JavaScript string offsets) of `offset` in `text`. */
function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, character: offset - lineStart };
}

/** Every string in a hover's contents (MarkupContent, MarkedString or an array of them). */
function hoverText(contents: unknown): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  if (contents && typeof contents === 'object' && 'value' in contents) return String(contents.value);
  return '';
}

const text = readFileSync(SEED, 'utf8');
const laterMention = text.indexOf('Mr. Stoltenberg') + 'Mr. '.length + 2; // inside "Stoltenberg"
const stoltenberg = analyze(text).entities.find((entity) => entity.name === 'Jens Stoltenberg');

let temp = '';
let result: EglotResult;
let file = '';

beforeAll(async () => {
  if (!existsSync(join(CLI, '../../dist/main.js'))) {
    throw new Error('apps/cli/dist is missing: build first (npm run build)');
  }
  temp = mkdtempSync(join(tmpdir(), 'dateline-eglot-'));
  file = join(temp, SEED_NAME);
  copyFileSync(SEED, file);
  const at = positionAt(text, laterMention);
  const args = ['--batch', '-Q', '-l', SCRIPT, file, at.line, at.character, at.line, at.character];
  const emacs = await run(EMACS, [...args.map(String), process.execPath, CLI, 'lsp', '--stdio'], {
    cwd: temp,
    timeoutMs: 180_000,
  });
  writeFileSync(artifact('eglot.log'), `${emacs.stdout}\n--- stderr ---\n${emacs.stderr}`);
  const line = emacs.stdout.split('\n').find((output) => output.startsWith('DATELINE-EGLOT-RESULT '));
  if (emacs.code !== 0 || line === undefined) {
    throw new Error(`eglot-check.el failed (exit ${emacs.code}):\n${emacs.stdout}\n${emacs.stderr}`);
  }
  result = JSON.parse(line.slice('DATELINE-EGLOT-RESULT '.length));
}, 240_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('dateline lsp --stdio in Emacs eglot', () => {
  test('the hover on "Mr. Stoltenberg" is the card of Jens Stoltenberg', () => {
    const hover = hoverText(result.hover?.contents);
    expect(hover).toContain('Jens Stoltenberg');
    expect(hover).toMatch(/person|Secretary General/);
  });

  test('go to definition on a later mention lands on the first mention', () => {
    expect(stoltenberg, 'the core finds Jens Stoltenberg in the seed').toBeDefined();
    const first = stoltenberg?.mentions[0];
    if (!first) return;
    const definition = result.definition;
    const targets = (Array.isArray(definition) ? definition : definition ? [definition] : []).map((target) =>
      'targetUri' in target
        ? { uri: target.targetUri, range: target.targetSelectionRange }
        : { uri: target.uri, range: target.range },
    );
    expect(targets).toHaveLength(1);
    expect(targets[0]?.uri).toBe(pathToFileURL(file).href);
    expect(targets[0]?.range.start).toEqual(positionAt(text, first.start));
    expect(targets[0]?.range.end).toEqual(positionAt(text, first.end));
  });
});
