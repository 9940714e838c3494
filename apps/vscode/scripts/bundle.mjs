// Bundles the extension for VS Code:
//   src/extension.ts                                  -> dist/extension.js (the client, `vscode` external)
//   @dateline/language-server (dist/main.js or src)   -> dist/server.js    (the server with the whole core inside)
//   src/server-start.ts                               -> dist/server-start.js (what the client starts:
//                                                        dist/server.js through a V8 code cache)
//   docs/schema/dateline-config-1.json                -> dist/schema/      (for jsonValidation of dateline.json)
//   notices of everything bundled                     -> dist/ThirdPartyNotices.txt
// `--production` minifies and drops source maps (what the .vsix ships); the default keeps them for debugging.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(extensionDir, '../..');
const distDir = join(extensionDir, 'dist');
const production = process.argv.includes('--production');

// VS Code 1.91 runs extensions (and forks the server) on Electron's Node 20.
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Prefer packages' ES module builds: UMD builds (jsonc-parser, vscode-languageserver-types) hide
  // their `require('./impl/…')` calls from esbuild, which then leaves them dangling in the bundle.
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: production ? false : 'linked',
  legalComments: production ? 'none' : 'inline', // the notices go to ThirdPartyNotices.txt instead
  metafile: true,
  logLevel: 'warning',
};

/** The server entry: the built runnable entry of @dateline/language-server, or its source. */
function serverEntry() {
  const serverDir = join(repoDir, 'packages/language-server');
  for (const candidate of ['dist/main.js', 'src/main.ts']) {
    const path = join(serverDir, candidate);
    if (existsSync(path)) return path;
  }
  return undefined;
}

async function main() {
  for (const name of [
    'extension.js',
    'extension.js.map',
    'server.js',
    'server.js.map',
    'server-start.js',
    'server-start.js.map',
    'schema',
    'ThirdPartyNotices.txt',
  ]) {
    rmSync(join(distDir, name), { recursive: true, force: true });
  }
  mkdirSync(distDir, { recursive: true });

  const client = await build({
    ...common,
    entryPoints: [join(extensionDir, 'src/extension.ts')],
    outfile: join(distDir, 'extension.js'),
    external: ['vscode'],
  });
  assertSelfContained(join(distDir, 'extension.js'), ['vscode']);
  const inputs = Object.keys(client.metafile.inputs);

  const entry = serverEntry();
  if (entry) {
    const server = await build({ ...common, entryPoints: [entry], outfile: join(distDir, 'server.js') });
    assertSelfContained(join(distDir, 'server.js'), []);
    inputs.push(...Object.keys(server.metafile.inputs));
    await build({
      ...common,
      entryPoints: [join(extensionDir, 'src/server-start.ts')],
      outfile: join(distDir, 'server-start.js'),
    });
    assertSelfContained(join(distDir, 'server-start.js'), []);
  } else if (production) {
    throw new Error('packages/language-server has no dist/main.js or src/main.ts: build it before packaging');
  } else {
    console.warn('bundle: packages/language-server has no main entry yet; dist/server.js not written');
  }

  await writeConfigSchema(join(distDir, 'schema/dateline-config-1.json'));

  writeFileSync(join(distDir, 'ThirdPartyNotices.txt'), thirdPartyNotices(inputs));
}

/**
 * The .vsix ships no node_modules: a bundle may require only Node built-ins (and `vscode`). A
 * `require` esbuild could not follow would otherwise surface only when VS Code starts the file.
 * (A `require(` right after a quote is text, such as ajv's code templates, not a call.) This sees
 * only plain `require("…")` calls; test/server-bundle.test.ts starts the server to catch the rest.
 */
function assertSelfContained(file, allowed) {
  const source = readFileSync(file, 'utf8');
  const missing = new Set();
  for (const [, name] of source.matchAll(/(?<![\w$.'"`])require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
    const bare = name.startsWith('node:') ? name.slice(5) : name;
    if (!allowed.includes(name) && !builtinModules.includes(bare)) missing.add(name);
  }
  if (missing.size > 0) {
    throw new Error(
      `${relative(extensionDir, file)} requires modules it does not contain: ${[...missing].join(', ')}`,
    );
  }
}

/** The JSON Schema of dateline.json: the published file, else the one @dateline/config exports. */
async function writeConfigSchema(target) {
  const published = join(repoDir, 'docs/schema/dateline-config-1.json');
  if (existsSync(published)) {
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(published, target);
    return;
  }
  const { CONFIG_SCHEMA } = await import('@dateline/config').catch(() => ({}));
  if (CONFIG_SCHEMA) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
    return;
  }
  console.warn(
    'bundle: no dateline.json schema (docs/schema/dateline-config-1.json); it will not be validated',
  );
}

/**
 * Licence texts of the npm packages inside the bundles, and the licence headers of bundled
 * workspace files that carry one (the core's generated gazetteers: ODbL and CC BY notices).
 * Minifying drops comments, so this file is where those notices live in the .vsix.
 */
function thirdPartyNotices(inputs) {
  const packages = new Map();
  const dataNotices = new Map();
  for (const input of inputs) {
    const path = resolve(process.cwd(), input);
    const packageDir = nodeModulesPackageDir(path);
    if (packageDir) {
      if (!packages.has(packageDir)) packages.set(packageDir, packageNotice(packageDir));
    } else if (/\.(js|ts)$/.test(path)) {
      const header = licenceHeader(readFileSync(path, 'utf8'));
      if (header) dataNotices.set(relative(repoDir, path).split(sep).join('/'), header);
    }
  }
  const parts = [
    'Dateline for VS Code includes the following third-party software and data.',
    'The extension itself is under the MIT licence (LICENSE).',
  ];
  for (const [file, header] of [...dataNotices].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`${'-'.repeat(78)}\nData in ${file}:\n\n${header}`);
  }
  for (const notice of [...packages.values()].sort((a, b) => a.title.localeCompare(b.title))) {
    parts.push(`${'-'.repeat(78)}\n${notice.title}\n\n${notice.text}`);
  }
  return `${parts.join('\n\n')}\n`;
}

function nodeModulesPackageDir(path) {
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) return undefined;
  const rest = path.slice(at + marker.length).split(sep);
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  return path.slice(0, at + marker.length) + rest.slice(0, depth).join(sep);
}

function packageNotice(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = ['LICENSE', 'LICENSE.txt', 'LICENSE.md', 'License.txt', 'license', 'LICENCE']
    .map((name) => join(dir, name))
    .find((path) => existsSync(path));
  const text = licenceFile ? readFileSync(licenceFile, 'utf8').trim() : `Licence: ${manifest.license}`;
  return { title: `${manifest.name}@${manifest.version} (${manifest.license})`, text };
}

/** The file's leading block comment when it speaks of a licence, without its comment markers. */
function licenceHeader(source) {
  const match = /^\s*\/\*([\s\S]*?)\*\//.exec(source);
  if (!match || !/licen[cs]e|public domain/i.test(match[1])) return undefined;
  return match[1]
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim();
}

main().catch((error) => {
  console.error(`bundle: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
