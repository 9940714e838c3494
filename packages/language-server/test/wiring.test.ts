/** The server's plumbing: guards, the diagnostics debounce, client support, token sessions, summary card. */
import { describe, expect, it, vi } from 'vitest';
import { summaryCard } from '../src/features/summary-card.js';
import { clientSupport, serverCapabilities } from '../src/wiring/capabilities.js';
import { Debouncer } from '../src/wiring/debouncer.js';
import { createGuard } from '../src/wiring/guard.js';
import { SemanticTokenSessions } from '../src/wiring/semantic-token-sessions.js';
import { natoDoc } from './fixture.js';
import { seedDoc } from './support.js';

describe('guard', () => {
  const serving = () => ({ initialized: true, shutdown: false });

  it('answers the fallback when the handler throws, and logs one line', async () => {
    const log = vi.fn();
    const guarded = createGuard(log, serving())('hover', null, () => {
      throw new Error('boom\nwith a second line');
    });
    expect(await guarded({})).toBeNull();
    expect(log).toHaveBeenCalledWith('hover failed: boom with a second line');
  });

  it('answers RequestCancelled without running a cancelled request', async () => {
    const handler = vi.fn(() => ['work']);
    const guarded = createGuard(() => undefined, serving())('references', [], handler);
    const cancelled = { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) };
    expect(await guarded({}, cancelled)).toMatchObject({ code: -32800 });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers ServerNotInitialized before initialize and InvalidRequest after shutdown', async () => {
    const lifecycle = { initialized: false, shutdown: false };
    const guarded = createGuard(() => undefined, lifecycle)('hover', null, () => 'card');
    expect(await guarded({})).toMatchObject({ code: -32002 });
    lifecycle.initialized = true;
    expect(await guarded({})).toBe('card');
    lifecycle.shutdown = true;
    expect(await guarded({})).toMatchObject({ code: -32600 });
  });

  it('answers InvalidParams for a position that is not numbers, instead of guessing', async () => {
    const handler = vi.fn(() => 'card');
    const guarded = createGuard(() => undefined, serving())('hover', null, handler);
    expect(await guarded({ position: { line: 10, character: 'x' } })).toMatchObject({ code: -32602 });
    expect(await guarded({ range: { start: { line: 0, character: 0 }, end: null } })).toMatchObject({
      code: -32602,
    });
    expect(handler).not.toHaveBeenCalled();
    expect(await guarded({ position: { line: 1e6, character: -4 } })).toBe('card'); // clamped later
  });
});

describe('Debouncer', () => {
  it('runs once after the last of a burst of edits, per document', () => {
    vi.useFakeTimers();
    try {
      const run = vi.fn();
      const debouncer = new Debouncer(run);
      for (let i = 0; i < 5; i++) debouncer.schedule('a', 200);
      debouncer.schedule('b', 200);
      vi.advanceTimersByTime(199);
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(run.mock.calls).toEqual([['a'], ['b']]);
      debouncer.schedule('a', 200);
      debouncer.cancel('a');
      vi.advanceTimersByTime(500);
      expect(run).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('capabilities', () => {
  it('assume nothing of a client that states nothing, except Markdown hovers', () => {
    expect(clientSupport({})).toMatchObject({
      configuration: false,
      semanticTokensRefresh: false,
      documentChanges: false,
      hoverMarkdown: true,
    });
    expect(clientSupport({ textDocument: { hover: { contentFormat: ['plaintext'] } } }).hoverMarkdown).toBe(
      false,
    );
  });

  it('offer utf-16 positions and incremental sync', () => {
    expect(serverCapabilities()).toMatchObject({
      positionEncoding: 'utf-16',
      textDocumentSync: { change: 2 },
    });
  });
});

describe('SemanticTokenSessions', () => {
  it('answers a delta against the last result with no edits when nothing changed', () => {
    const sessions = new SemanticTokenSessions();
    const doc = seedDoc();
    const full = sessions.full(doc);
    expect(full.data.length).toBeGreaterThan(0);
    expect(sessions.delta(doc, full.resultId as string)).toMatchObject({ edits: [] });
    sessions.forget(doc.uri);
    expect(sessions.delta(doc, 'stale')).toHaveProperty('data');
  });

  it('gives every result its own id, even within one millisecond', () => {
    const sessions = new SemanticTokenSessions();
    const doc = seedDoc();
    const ids = Array.from({ length: 20 }, () => sessions.full(doc).resultId);
    expect(new Set(ids).size).toBe(20);
  });

  it('answers the full tokens, not edits, for a delta against any result but the last', () => {
    const sessions = new SemanticTokenSessions();
    const doc = seedDoc();
    const older = sessions.full(doc);
    const latest = sessions.full(doc);
    expect(sessions.delta(doc, older.resultId as string)).toEqual({
      resultId: expect.any(String),
      data: latest.data,
    });
  });
});

describe('summary card', () => {
  it('shows the headline, the date with its weekday, the place and the key people of the seed', () => {
    const card = summaryCard(seedDoc());
    const lines = card.split('\n');
    expect(lines[0]).toBe('**NATO Secretary General, Press Conference at Defence Ministers Meeting**');
    expect(card).toContain('Thursday 12 October 2023 · Brussels');
    expect(card).toMatch(/- \*\*Jens Stoltenberg\*\* · person, Secretary General/);
  });

  it('escapes the release text it quotes', () => {
    const doc = natoDoc();
    const hostile = {
      ...doc,
      text: doc.text,
      analysis: {
        ...doc.analysis,
        document: {
          ...doc.analysis.document,
          title: '<img src=x onerror=alert(1)> [x](command:workbench.action.quit)',
        },
      },
    };
    const card = summaryCard(hostile);
    expect(card).not.toContain('<img');
    expect(card).not.toContain('](command:');
  });
});
