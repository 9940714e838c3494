import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli.js';
import { fakeIO } from './fake-io.js';

vi.mock('@dateline/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@dateline/core')>()),
  analyze: (text: string) => {
    if (text.includes('boom')) throw new TypeError('boom\n  at somewhere (file.js:1:1)');
    throw new Error('unreachable in this test');
  },
}));

const seed = fileURLToPath(
  new URL('../../../seeds/nato-2023-10-12-defence-ministers-press-conference.txt', import.meta.url),
);

describe('an exception from the core', () => {
  it('is one line naming the input, exit 1, and the other inputs go on', async () => {
    const io = fakeIO('boom');
    // --jobs 1: the mock lives in this thread only, worker threads would load the real core.
    expect(await run(['extract', '-', seed, '--format', 'jsonl', '--jobs', '1'], io)).toBe(1);
    expect(io.err()).toBe(
      'dateline: <stdin>: internal error: boom at somewhere (file.js:1:1)\n' +
        `dateline: ${seed}: internal error: unreachable in this test\n`,
    );
    expect(io.out()).toBe('');
  });
});
