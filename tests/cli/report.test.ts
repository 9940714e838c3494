/**
 * `dateline report`: the HTML page end to end, opened in headless Chromium (Debian's /usr/bin/chromium
 * driven by playwright-core): highlights and the entity card, hostile text shown as text with no script
 * run, no network request, a strict CSP; plus the file handling of --output.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline, ROOT, SEED, tempFolder } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = join(ROOT, 'tests/cli/artifacts');

const HOSTILE = `Hostile Release <script>window.__pwned=1</script>

BRUSSELS, 12 October 2023 – Secretary General Jens Stoltenberg met <img src=x onerror="window.__pwned=1"> today.

Mr. Stoltenberg said the "quotes" and 'apostrophes' & ampersands </script><script>window.__pwned=1</script> stay text.
`;

describe('dateline report (the page as text)', () => {
  it('writes one self-contained page: CSP, inline style and script only, no external URL', async () => {
    const result = await dateline(['report', SEED]);
    expect(result.status).toBe(0);
    const page = result.stdout;
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(page).toContain('Jens Stoltenberg');
    expect(page).toMatch(/<mark[^>]*class="t-person"[^>]*>Jens Stoltenberg<\/mark>/);
    expect(page).toContain('<svg class="picture"');
  });

  it('is the same byte for byte on every run', async () => {
    const [a, b] = await Promise.all([dateline(['report', SEED]), dateline(['report', SEED])]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('escapes hostile text everywhere, JSON in the script included', async () => {
    const result = await dateline(['report', '-'], { input: HOSTILE });
    expect(result.status).toBe(0);
    const page = result.stdout;
    expect(page).not.toContain('<script>window.__pwned');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    const data =
      /<script type="application\/json" id="dateline-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(data).not.toContain('<');
    expect(() => JSON.parse(data)).not.toThrow();
    // Exactly two script elements: the data and the page's own script.
    expect(page.match(/<script\b/g)).toHaveLength(2);
  });

  it('writes --output atomically, refuses to overwrite an input, and says why a write failed', async () => {
    const folder = tempFolder('report');
    try {
      const input = join(folder.path, 'release.txt');
      writeFileSync(input, readFileSync(join(ROOT, SEED)));
      const out = join(folder.path, 'report.html');
      const ok = await dateline(['report', input, '--output', out]);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toContain('Jens Stoltenberg');

      const refused = await dateline(['report', input, '--output', input]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toBe(`dateline: ${input}: is an input, not overwriting it (--output)\n`);
      expect(readFileSync(input, 'utf8')).toBe(readFileSync(join(ROOT, SEED), 'utf8'));

      const missing = await dateline(['report', input, '--output', join(folder.path, 'no/such/dir/r.html')]);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/^dateline: .*r\.html: cannot write: no such file\n$/);
    } finally {
      folder.remove();
    }
  });

  it('still writes the report when an input fails, with status 1', async () => {
    const result = await dateline(['report', SEED, 'missing.txt']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dateline: missing.txt: no such file\n');
    expect(result.stdout).toContain('Jens Stoltenberg');
  });
});

describe.skipIf(!HAS_CHROMIUM)('dateline report in Chromium', () => {
  let browser: Browser;
  let folder: { path: string; remove: () => void };

  beforeAll(async () => {
    folder = tempFolder('report-browser');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    folder?.remove();
  });

  async function open(inputs: string[], name: string, stdin?: string) {
    const file = join(folder.path, name);
    const result = await dateline(
      ['report', ...inputs, '--output', file],
      stdin === undefined ? {} : { input: stdin },
    );
    expect(result.status).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const cspErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
    });
    page.on('pageerror', (error) => cspErrors.push(String(error)));
    await page.goto(`file://${file}`);
    return { page, requests, cspErrors };
  }

  it('highlights the entities and shows a card for Stoltenberg on hover and on click', async () => {
    const { page, requests, cspErrors } = await open(
      [SEED, 'packages/core/test/fixtures/transcript-briefing.txt'],
      'seed.html',
    );
    const mark = page.locator('mark.t-person', { hasText: /^Jens Stoltenberg$/ }).first();
    await expect(mark.isVisible()).resolves.toBe(true);
    const card = page.locator('#card');
    await expect(card.isHidden()).resolves.toBe(true);

    await mark.hover();
    await expect(card.isVisible()).resolves.toBe(true);
    const hovered = await card.textContent();
    expect(hovered).toContain('Jens Stoltenberg');
    expect(hovered).toContain('person');
    expect(hovered).toMatch(/roles\s*Secretary General/);
    expect(hovered).toMatch(/mentions\s*\d+/);

    // Click pins the card on another mention (Mr. Stoltenberg); it stays when the mouse leaves.
    const mr = page.locator('mark.t-person', { hasText: /^Stoltenberg$/ }).first();
    await mr.click();
    await page.mouse.move(5, 5);
    await expect(card.isVisible()).resolves.toBe(true);
    expect(await card.textContent()).toContain('Jens Stoltenberg');
    expect(await page.locator('mark.same').count()).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');
    await expect(card.isHidden()).resolves.toBe(true);

    // The index lists the entity with its release date, and the picture is drawn.
    const row = page.locator('#index tbody tr', { hasText: 'Jens Stoltenberg' }).first();
    expect(await row.textContent()).toContain('2023-10-12');
    expect(await page.locator('svg.picture .node').count()).toBeGreaterThan(3);

    await mark.hover();
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: false });
    expect(requests.every((url) => url.startsWith('file:') || url.startsWith('data:'))).toBe(true);
    expect(cspErrors).toEqual([]);
    await page.close();
  });

  it('shows hostile markup as text and runs none of it', async () => {
    const { page, requests } = await open(['-'], 'hostile.html', HOSTILE);
    const text = await page.locator('article pre.text').textContent();
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('</script><script>window.__pwned=1</script> stay text.');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('article img').count()).toBe(0);
    // The card still works on hostile pages: its text is set, never parsed.
    await page.locator('mark', { hasText: 'Jens Stoltenberg' }).first().hover();
    expect(await page.locator('#card').textContent()).toContain('Jens Stoltenberg');
    expect(requests.every((url) => url.startsWith('file:') || url.startsWith('data:'))).toBe(true);
    await page.close();
  });
});

if (!HAS_CHROMIUM) {
  console.warn(
    `report.test.ts: ${CHROMIUM} is absent: the browser tests are skipped (CI installs Debian's chromium)`,
  );
}
