/**
 * Shared set-up of the resilience tests: the BUILT server over raw stdio (tests/soak/lsp-process.mjs
 * writes and parses the Content-Length framing itself, so a test can send broken frames), the seed,
 * and the liveness proof every hostile step ends with: a hover on "Mr. Stoltenberg" in the seed
 * still names Jens Stoltenberg.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, expect } from 'vitest';
import { LspProcess, ROOT } from '../soak/lsp-process.mjs';

export type { ResponseMessage } from '../soak/lsp-process.mjs';
export { frame, LspProcess, ROOT } from '../soak/lsp-process.mjs';

export const SEED_PATH = join(ROOT, 'seeds/nato-2023-10-12-defence-ministers-press-conference.txt');
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const SEED_URI = pathToFileURL(SEED_PATH).href;

/** A hard limit for every test that talks to a server: generous, the machine is shared. */
export const TEST_TIMEOUT = 45_000;

for (const file of ['packages/language-server/dist/main.js', 'apps/cli/dist/main.js']) {
  if (!existsSync(join(ROOT, file))) {
    throw new Error(
      `${file} is missing: build first (npm run build -w @dateline/core -w @dateline/config -w @dateline/language-server -w @dateline/cli)`,
    );
  }
}

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** Line and UTF-16 character of offset `offset` in `text` (LF, CRLF and CR are line breaks). */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 || code === 10) {
      if (code === 13 && text.charCodeAt(i + 1) === 10) {
        if (i + 1 >= offset) break;
        i++;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Offset of a position in `text` (positions are assumed in range). */
export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    const code = text.charCodeAt(i);
    i++;
    if (code === 13 && text.charCodeAt(i) === 10) i++;
    if (code === 13 || code === 10) line++;
  }
  return i + position.character;
}

/** Position of the `nth` occurrence of `phrase` in `text`, `delta` code units in. */
export function positionOf(text: string, phrase: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`not found: ${phrase}`);
  }
  return positionAt(text, at + delta);
}

/** The text a single-document range covers. */
export function textOf(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Lines of `text` with their lengths, to check that a range lies inside the document. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/** Is `range` inside a document with these line lengths, start before end, integers only? */
export function rangeInside(range: Range, lengths: number[]): boolean {
  const ok = (p: Position) =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.line < lengths.length &&
    p.character >= 0 &&
    p.character <= (lengths[p.line] ?? -1);
  const ordered =
    range.start.line < range.end.line ||
    (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ok(range.start) && ok(range.end) && ordered;
}

interface HoverResult {
  contents: { kind: string; value: string };
  range?: Range;
}

/** The hover's Markdown and range, or null. */
export async function hoverAt(
  server: LspProcess,
  uri: string,
  position: Position,
): Promise<HoverResult | null> {
  return (await server.call(
    'textDocument/hover',
    { textDocument: { uri }, position },
    20_000,
  )) as HoverResult | null;
}

/** The liveness proof: the server answers a hover on the seed, and the answer is still right. */
export async function expectAlive(server: LspProcess): Promise<void> {
  expect(server.alive, `server exited: ${JSON.stringify(server.exitInfo)}\n${server.stderr()}`).toBe(true);
  const hover = await hoverAt(server, SEED_URI, positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6));
  expect(hover?.contents.value.split('\n')[0]).toBe('**Jens Stoltenberg** · person');
  expect(hover?.range && textOf(SEED_TEXT, hover.range)).toBe('Mr. Stoltenberg');
}

/** A started, initialised server with the seed open. */
export async function startServer(
  options: ConstructorParameters<typeof LspProcess>[0] = {},
): Promise<LspProcess> {
  const server = new LspProcess(options);
  await server.initialize();
  server.open(SEED_URI, SEED_TEXT);
  return server;
}

/**
 * One server per test file, restarted before a test when the previous one left it dead or failed
 * (a failed test kills its server, so the next test starts clean); killed after the file. Starting
 * a server costs 1–3 s on the 2-core machine, so healthy servers are reused: each test still ends
 * with `expectAlive`.
 */
export function useServer(options: ConstructorParameters<typeof LspProcess>[0] = {}): () => LspProcess {
  let server: LspProcess | undefined;
  beforeEach(async ({ onTestFailed }) => {
    if (!server?.alive) server = await startServer(options);
    const current = server;
    onTestFailed(() => current.kill());
  });
  afterAll(() => server?.kill());
  return () => {
    if (!server) throw new Error('no server');
    return server;
  };
}

/** Milliseconds to wait, for things that have no message to wait for. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
