/**
 * The packaged extension in a real VS Code: code-server (VS Code for the browser, installed by
 * install-code-server.sh outside the checkout) driven through Debian's Chromium with playwright-core.
 * A user opens the NATO seed (plain text, default settings) and sees entities coloured by type, and
 * a hover card on "Mr. Stoltenberg" that names Jens Stoltenberg.
 *
 *   tests/editors/install-code-server.sh && npm run test:editors -w @dateline/tests
 *
 * DATELINE_VSIX=<file> uses that package instead of running `npm run package -w dateline-vscode`;
 * DATELINE_CODE_SERVER / DATELINE_EDITORS_CACHE / DATELINE_CHROMIUM override where the programs are.
 * Screenshots of every step land in tests/editors/artifacts/.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  artifact,
  codeServerBin,
  ROOT,
  run,
  SEED,
  SEED_NAME,
  type Service,
  startService,
} from './support.js';

// The page functions below run inside Chromium; these describe the little of the DOM they use
// (the tests' tsconfig has no DOM library, and should not get one for this file alone).
interface DomElement {
  textContent: string | null;
  previousElementSibling: DomElement | null;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
}
declare const document: { querySelectorAll(selector: string): ArrayLike<DomElement> };
declare function getComputedStyle(element: DomElement): { color: string };

const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';
const VSIX = process.env.DATELINE_VSIX ?? join(ROOT, 'apps/vscode/dist/dateline.vsix');
const VIEWPORT = { width: 1280, height: 800 };

/** Settings of a quiet, deterministic workbench: no trust prompt, welcome page, telemetry or updates. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  // Long paragraphs wrap, so every mention is on screen and can be hovered.
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  // A clean screenshot for the README: no boxes around every "NATO" the cursor happens to sit on.
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'breadcrumbs.enabled': false,
  'window.commandCenter': false,
};

let temp = '';
let codeServer: Service | undefined;
let browser: Browser | undefined;
let page: Page;
let step = 0;

async function screenshot(name: string): Promise<void> {
  step += 1;
  // Animations finished, not caught halfway (the hover card fades in).
  await page.screenshot({
    path: artifact(`vscode-${String(step).padStart(2, '0')}-${name}.png`),
    animations: 'disabled',
  });
}

/** Where a span of an editor line holding exactly `text` is, optionally only after `preceding`. */
async function findSpan(text: string, preceding = '') {
  return page.evaluate(
    ({ text, preceding }) => {
      const clean = (value: string | null) => (value ?? '').replace(/\u00a0/g, ' ');
      for (const span of Array.from(document.querySelectorAll('.monaco-editor .view-line span > span'))) {
        if (clean(span.textContent).trim() !== text) continue;
        if (preceding && !clean(span.previousElementSibling?.textContent ?? '').endsWith(preceding)) continue;
        const box = span.getBoundingClientRect();
        return {
          color: getComputedStyle(span).color,
          x: box.x,
          y: box.y,
          width: box.width,
          height: box.height,
        };
      }
      return null;
    },
    { text, preceding },
  );
}

/** The colour of ordinary running text: the longest span of a line that contains " the ". */
async function plainTextColour(): Promise<string | null> {
  return page.evaluate(() => {
    let best: { length: number; color: string } | null = null;
    for (const span of Array.from(document.querySelectorAll('.monaco-editor .view-line span > span'))) {
      const text = (span.textContent ?? '').replace(/\u00a0/g, ' ');
      if (text.includes(' the ') && (best === null || text.length > best.length)) {
        best = { length: text.length, color: getComputedStyle(span).color };
      }
    }
    return best?.color ?? null;
  });
}

beforeAll(async () => {
  const bin = codeServerBin();
  if (!existsSync(bin)) {
    throw new Error(`code-server is not installed at ${bin}: run tests/editors/install-code-server.sh first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (Debian: apt-get install chromium)`);
  if (process.env.DATELINE_VSIX === undefined) {
    // The extension as users get it: the same command that makes the published .vsix.
    const packaged = await run('npm', ['run', 'package', '-w', 'dateline-vscode'], { timeoutMs: 300_000 });
    if (packaged.code !== 0 || !existsSync(VSIX)) {
      throw new Error(`npm run package -w dateline-vscode failed:\n${packaged.stdout}\n${packaged.stderr}`);
    }
  }

  // Screenshots of an earlier run would pass for this run's.
  for (const name of existsSync(ARTIFACTS) ? readdirSync(ARTIFACTS) : []) {
    if (name.startsWith('vscode-')) rmSync(join(ARTIFACTS, name), { recursive: true, force: true });
  }
  temp = mkdtempSync(join(tmpdir(), 'dateline-vscode-'));
  const userData = join(temp, 'user-data');
  const extensions = join(temp, 'extensions');
  const workspace = join(temp, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions);
  mkdirSync(workspace);
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  copyFileSync(SEED, join(workspace, SEED_NAME));
  // code-server writes a default config (with a random password) to ~/.config unless given one, and
  // logs, state and caches under the XDG folders: keep all of it in the run's folder.
  const config = join(temp, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(temp, 'xdg-config'),
    XDG_DATA_HOME: join(temp, 'xdg-data'),
    XDG_CACHE_HOME: join(temp, 'xdg-cache'), // VS Code's device id goes to $XDG_CACHE_HOME/Microsoft
  };
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

  const installed = await run(bin, [...common, '--install-extension', VSIX, '--force'], {
    env,
    timeoutMs: 120_000,
  });
  expect(installed.stdout + installed.stderr).toMatch(/successfully installed/);

  codeServer = startService(
    bin,
    [
      ...common,
      '--auth',
      'none',
      '--bind-addr',
      '127.0.0.1:0', // a free port, picked by the kernel and read back from the log: no race
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    { env },
  );
  const [, url] = await codeServer.waitFor(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/, 60_000);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Chromium's crash reporter and caches follow XDG: keep them in the run's folder, not ~/.config.
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(temp, 'chromium-config'),
      XDG_CACHE_HOME: join(temp, 'chromium-cache'),
    },
    // The machine has no internet: without these, Chromium's background fetches (QUIC probes,
    // component and sync updates) stall or fail noisily, and the GPU process has no device. As root
    // (CI) the sandbox cannot start; containers often have a tiny /dev/shm, so use /tmp instead.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`, {
    waitUntil: 'domcontentloaded',
    timeout: 90_000,
  });
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  // The explorer lists the workspace once the remote file system is up.
  await page.locator('.explorer-folders-view').getByText(SEED_NAME).waitFor({ timeout: 90_000 });
  await screenshot('workbench');
}, 480_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await codeServer?.stop();
  // Diagnostics for a failure: code-server's own output, and VS Code's logs (the extension host's,
  // and the extension's output channels, where the language client logs its server's stderr).
  if (codeServer) writeFileSync(artifact('vscode-code-server.log'), codeServer.output());
  if (temp && existsSync(join(temp, 'user-data/logs'))) {
    cpSync(join(temp, 'user-data/logs'), artifact('vscode-logs'), { recursive: true, force: true });
  }
  if (temp) rmSync(temp, { recursive: true, force: true });
}, 60_000);

describe('the Dateline extension in code-server', () => {
  test('opens the seed from quick open', async ({ onTestFailed }) => {
    onTestFailed(() => screenshot('open-failed'));
    // F1 opens the command palette; without its ">" prefix the same box is Go to File.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 30_000 });
    await input.fill(SEED_NAME);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: SEED_NAME }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Stoltenberg' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.tab.active').textContent()).toContain(SEED_NAME);
    // Ctrl+B hides the side bar: the release gets the whole width (and the README screenshot too).
    await page.keyboard.press('Control+B');
    await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
    await screenshot('seed-open');
  });

  test('colours entities by type: a person apart from plain text and from a place', async ({
    onTestFailed,
  }) => {
    onTestFailed(() => screenshot('colours-failed'));
    // The server analyses the document in the background; colours arrive with semantic tokens,
    // which split "Stoltenberg" into a span of its own (plain text is one span per line).
    await expect
      .poll(() => findSpan('Stoltenberg', 'Mr. '), {
        timeout: 90_000,
        interval: 500,
        message:
          'no span of just "Stoltenberg" after "Mr. ": no semantic tokens arrived (the server\'s ' +
          'stderr is in tests/editors/artifacts/vscode-logs/*/exthost1/output_logging_*/*Dateline.log)',
      })
      .not.toBeNull();
    const person = await findSpan('Stoltenberg', 'Mr. ');
    const place = await findSpan('Brussels');
    const plain = await plainTextColour();
    await screenshot('highlighted');

    expect(person, 'a span holding just "Stoltenberg" after "Mr. "').not.toBeNull();
    expect(place, 'a span holding just "Brussels"').not.toBeNull();
    expect(plain).not.toBeNull();
    expect(person?.color, 'a person is coloured unlike plain text').not.toBe(plain);
    expect(place?.color, 'a place is coloured unlike plain text').not.toBe(plain);
    expect(person?.color, 'a person is coloured unlike a place').not.toBe(place?.color);
  });

  test('hovering "Mr. Stoltenberg" shows the card of Jens Stoltenberg', async ({ onTestFailed }) => {
    onTestFailed(() => screenshot('hover-failed'));
    const span = await findSpan('Stoltenberg', 'Mr. ');
    expect(span, 'a span holding just "Stoltenberg" after "Mr. "').not.toBeNull();
    if (!span) return;
    // Several small moves: the editor starts its hover timer on mousemove events over the word.
    await page.mouse.move(span.x + span.width / 2, span.y + span.height / 2, { steps: 5 });
    // Wait for the card's content, not just its frame (it may say "Loading..." first); on a
    // timeout the failure shows whatever card did appear.
    const cards = page.locator('.monaco-hover:not(.hidden)');
    const cardText = async () => (await cards.allTextContents()).join('\n');
    await expect.poll(cardText, { timeout: 30_000, interval: 250 }).toContain('Jens Stoltenberg');
    const text = await cardText();
    await page.screenshot({ path: artifact('vscode-hover.png'), animations: 'disabled' });
    await screenshot('hover');

    expect(text).toMatch(/person|Secretary General/);
  });
});
