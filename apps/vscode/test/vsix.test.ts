import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipEntries } from './zip-entries';

const extensionDir = join(import.meta.dirname, '..');
const vsix = join(extensionDir, 'dist/dateline.vsix');
const serverReady = existsSync(join(extensionDir, '../../packages/language-server/dist/main.js'));

// Packaging needs the language server's entry; without it `npm run package` fails on purpose.
describe.skipIf(!serverReady)('npm run package (dist/dateline.vsix)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: extensionDir, stdio: 'pipe' });
  });

  it('writes a .vsix under 3 MB', () => {
    expect(existsSync(vsix)).toBe(true);
    expect(statSync(vsix).size).toBeLessThan(3 * 1024 * 1024);
  });

  it('holds exactly the allow-listed files', () => {
    expect(zipEntries(readFileSync(vsix)).sort()).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        'extension/LICENSE.txt',
        'extension/dist/ThirdPartyNotices.txt',
        'extension/dist/extension.js',
        'extension/dist/schema/dateline-config-1.json',
        'extension/dist/server.js',
        'extension/dist/server-start.js',
        'extension/images/icon.png',
        'extension/language-configuration.json',
        'extension/package.json',
        'extension/readme.md',
      ].sort(),
    );
  });

  it('ships minified bundles without source maps', () => {
    const extension = readFileSync(join(extensionDir, 'dist/extension.js'), 'utf8');
    expect(extension).not.toContain('sourceMappingURL');
    expect(extension.split('\n').length).toBeLessThan(50);
  });
});
