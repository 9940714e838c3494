/** The document cache: one analysis per version, the size guard, which documents are analysed. */
import { type AnalyzeOptions, analyze } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { Superseded } from '../src/documents/analysis-worker.js';
import { DocumentCache, type DocumentState, type OpenDocument } from '../src/documents/document-cache.js';
import { readSettings, type Settings } from '../src/settings.js';
import { seedText } from './support.js';

function setup(raw: unknown = {}) {
  let settings: Settings = readSettings(raw);
  let options: AnalyzeOptions = {};
  const states: DocumentState[] = [];
  const cache = new DocumentCache({
    settings: () => settings,
    analyzeOptions: () => options,
    onState: (state) => states.push(state),
  });
  return {
    cache,
    states,
    set: (next: unknown) => (settings = readSettings(next)),
    setOptions: (next: AnalyzeOptions) => (options = next),
  };
}

const open = (
  text: string,
  languageId = 'plaintext',
  version = 1,
  uri = 'file:///w/a.txt',
): OpenDocument => ({
  uri,
  version,
  languageId,
  getText: () => text,
});

describe('DocumentCache', () => {
  it('analyses a version once, however many features ask', () => {
    const { cache, states } = setup();
    const doc = open(seedText);
    const first = cache.analyzed(doc);
    expect(cache.analyzed(doc)).toBe(first);
    expect(states.map((s) => s.kind)).toEqual(['analyzed']);
    expect(first?.analysis.entities.length).toBeGreaterThan(10);
  });

  it('drops the old analysis when a newer version arrives', () => {
    const { cache } = setup();
    const v1 = cache.analyzed(open(seedText, 'plaintext', 1));
    const v2 = cache.analyzed(open(`${seedText}\nMore.`, 'plaintext', 2));
    expect(v2).not.toBe(v1);
    expect(v2?.version).toBe(2);
  });

  it('skips plain text that does not look like a release, unless forced or enable is always', () => {
    const { cache, set } = setup();
    const list = open('Shopping\n\n- milk\n- eggs\n');
    expect(cache.state(list)).toMatchObject({
      kind: 'skipped',
      reason: 'the text does not look like a press release',
    });
    cache.force(list.uri);
    expect(cache.state(list).kind).toBe('analyzed');
    cache.close(list.uri);
    expect(cache.state(list).kind).toBe('skipped');
    set({ enable: 'always' });
    cache.clear();
    expect(cache.state(list).kind).toBe('analyzed');
  });

  it('always analyses the press-release language, unless enable is never', () => {
    const { cache, set } = setup();
    const short = open('Shopping\n\n- milk\n', 'press-release');
    expect(cache.state(short).kind).toBe('analyzed');
    set({ enable: 'never' });
    cache.clear();
    expect(cache.state(short).kind).toBe('skipped');
  });

  it('keeps its analyses when settings are reloaded unchanged, recomputes when what they depend on changed', () => {
    const { cache, states, set, setOptions } = setup();
    const doc = open(seedText);
    const first = cache.analyzed(doc);
    set({ inlayHints: { dates: false }, checks: { nameVariant: false } }); // features' settings only
    setOptions({});
    expect(cache.analyzed(doc)).toBe(first);
    setOptions({ dictionary: { ignore: ['Brussels'] } });
    const withDictionary = cache.analyzed(doc);
    expect(withDictionary).not.toBe(first);
    setOptions({ dictionary: { ignore: ['Brussels'] } }); // a reload: another object, the same content
    expect(cache.analyzed(doc)).toBe(withDictionary);
    set({ maxDocumentSize: 100_000 }); // the seed is still within the limit
    expect(cache.analyzed(doc)).toBe(withDictionary);
    set({ maxDocumentSize: 1000 });
    expect(cache.state(doc).kind).toBe('too-large');
    set({ maxDocumentSize: 2000 }); // still too large, but the message names the limit
    expect(cache.state(doc)).toMatchObject({ kind: 'too-large', limit: 2000 });
    set({ enable: 'never' });
    expect(cache.state(doc).kind).toBe('skipped');
    set({ enable: 'never', maxDocumentSize: 10 }); // a skipped document is skipped whatever its size
    expect(states.map((s) => s.kind)).toEqual(['analyzed', 'analyzed', 'too-large', 'too-large', 'skipped']);
    expect(cache.state(doc).kind).toBe('skipped');
    expect(states).toHaveLength(5);
  });

  it("analyses each new version through the document's session, with the result analyze() gives", () => {
    const { cache } = setup();
    const at = seedText.indexOf('\n\n', seedText.length >> 1);
    const versions = [
      seedText,
      `${seedText.slice(0, at)} Jens Stoltenberg said so.${seedText.slice(at)}`,
      seedText,
    ];
    versions.forEach((text, i) => {
      const doc = cache.analyzed(open(text, 'plaintext', i + 1));
      expect(JSON.stringify(doc?.analysis)).toBe(JSON.stringify(analyze(text)));
    });
    expect(cache.sessionCount()).toBe(1);
    cache.close('file:///w/a.txt');
    expect(cache.sessionCount()).toBe(0);
  });

  it('refuses documents over dateline.maxDocumentSize, saying why', () => {
    const { cache, states } = setup({ maxDocumentSize: 1000 });
    const state = cache.state(open(seedText));
    expect(state.kind).toBe('too-large');
    expect(state.kind === 'too-large' && state.reason).toMatch(/more than dateline\.maxDocumentSize/);
    expect(cache.analyzed(open(seedText))).toBeUndefined();
    expect(states).toHaveLength(1);
  });

  it("analyses large documents on the worker, once per version, and never keeps a stale version's result", async () => {
    const settings = readSettings({});
    const states: DocumentState[] = [];
    const jobs: {
      text: string;
      resolve: (r: { analysis: ReturnType<typeof analyze>; millis: number }) => void;
    }[] = [];
    const worker = {
      usable: true,
      analyze: (_uri: string, text: string) =>
        new Promise<{ analysis: ReturnType<typeof analyze>; millis: number }>((resolve) =>
          jobs.push({ text, resolve }),
        ),
      forget: () => undefined,
    };
    const cache = new DocumentCache({
      settings: () => settings,
      analyzeOptions: () => ({}),
      onState: (state) => states.push(state),
      worker,
      workerMinLength: 1000,
    });
    const edited = `${seedText}\n\nJens Stoltenberg spoke again.`;
    const v1 = open(seedText, 'press-release', 1);
    const v2 = open(edited, 'press-release', 2);
    const first = cache.settle(v1);
    expect(cache.settle(v1)).toBe(first); // asked twice, analysed once
    expect(jobs).toHaveLength(1);
    expect(cache.ready(v1)).toBeUndefined();
    cache.drop(v1.uri); // the edit
    const second = cache.settle(v2);
    jobs[0]?.resolve({ analysis: analyze(seedText), millis: 1 });
    expect((await first).version).toBe(1); // handed to whoever asked for version 1, who compares versions
    expect(cache.peek(v1.uri)).toBeUndefined(); // but not kept: version 2 is the document now
    expect(states).toEqual([]);
    jobs[1]?.resolve({ analysis: analyze(edited), millis: 1 });
    const state = await second;
    expect(state.kind === 'analyzed' && state.doc.text).toBe(edited);
    expect(cache.ready(v2)?.version).toBe(2);
    expect(cache.ready(v1)).toBeUndefined();
    expect(states.map((s) => s.version)).toEqual([2]);
    // Small documents stay on this thread.
    expect((await cache.settle(open('NATO met.', 'press-release', 1, 'file:///w/b.txt'))).kind).toBe(
      'analyzed',
    );
    expect(jobs).toHaveLength(2);
  });

  it('passes on Superseded: a version replaced before its analysis ran has no state', async () => {
    const settings = readSettings({});
    const worker = {
      usable: true,
      analyze: (uri: string) => Promise.reject(new Superseded(uri)),
      forget: () => undefined,
    };
    const cache = new DocumentCache({
      settings: () => settings,
      analyzeOptions: () => ({}),
      worker,
      workerMinLength: 1,
    });
    await expect(cache.settle(open(seedText, 'press-release'))).rejects.toBeInstanceOf(Superseded);
    expect(cache.peek('file:///w/a.txt')).toBeUndefined();
  });
});
