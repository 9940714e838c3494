// `npm run package -w dateline-vscode`: the production bundle (vsce runs `vscode:prepublish`),
// then `vsce package --no-dependencies` into dist/dateline.vsix. Image and link URLs in the README
// are made absolute from the manifest's repository *and* directory, which vsce alone ignores
// (it would point them at the repository root, not apps/vscode).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX } from '@vscode/vsce';

export const MAX_VSIX_BYTES = 3 * 1024 * 1024;

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packagePath = join(extensionDir, 'dist/dateline.vsix');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));

function githubBase(repository) {
  const match = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?$/.exec(repository.url);
  if (!match) throw new Error(`package.json: repository.url is not a GitHub URL: ${repository.url}`);
  const directory = repository.directory ? `/${repository.directory}` : '';
  return {
    content: `https://github.com/${match[1]}/blob/HEAD${directory}`,
    images: `https://github.com/${match[1]}/raw/HEAD${directory}`,
  };
}

const base = githubBase(manifest.repository);
await createVSIX({
  cwd: extensionDir,
  packagePath,
  dependencies: false,
  baseContentUrl: base.content,
  baseImagesUrl: base.images,
});
const bytes = statSync(packagePath).size;
if (bytes > MAX_VSIX_BYTES) {
  console.error(`package: ${packagePath} is ${bytes} bytes, over the ${MAX_VSIX_BYTES}-byte budget`);
  process.exitCode = 1;
}
