// What the extension starts as the language server (dist/server-start.js): loads the bundled server
// dist/server.js through a V8 code cache kept in the extension's storage folder. Compiling the
// 800 kB bundle and the functions its start-up runs is most of the server's start-up; with the
// cache, V8 reads them back instead. Measured with bench/extension-start.mjs.
//
// The folder comes from the client in DATELINE_CODE_CACHE. Without it, or on any problem with the
// cache, the bundle is required as usual: the cache can make the start faster, never break it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** After this long the functions used by the start-up and a first analysis are compiled: saved then. */
const SAVE_AFTER_MS = 4000;

const bundle = join(__dirname, 'server.js');
const folder = process.env.DATELINE_CODE_CACHE;
// The server's own children (none today) must not inherit it.
delete process.env.DATELINE_CODE_CACHE;

if (folder === undefined || folder === '' || !runCached(bundle, folder)) require(bundle);

/** Runs the bundle as CommonJS module `bundle` from a compiled script; false if it could not even start. */
function runCached(file: string, cacheFolder: string): boolean {
  let script: Script;
  let cachePath: string;
  let cached: Buffer | undefined;
  try {
    const source = readFileSync(file, 'utf8');
    // V8 checks a cache against the source's length only: the key is the content, Node and platform.
    const key = createHash('sha256')
      .update(`${process.version} ${process.arch}\n`)
      .update(source)
      .digest('hex')
      .slice(0, 20);
    cachePath = join(cacheFolder, `server-${key}.cache`);
    try {
      cached = readFileSync(cachePath);
    } catch {
      cached = undefined;
    }
    script = new Script(Module.wrap(source), {
      filename: file,
      ...(cached === undefined ? {} : { cachedData: cached }),
    });
  } catch {
    return false;
  }
  // From here on the server runs: its errors are its own, as with require().
  const module = new Module(file, require.main);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(path: string): string[] })._nodeModulePaths(
    dirname(file),
  );
  require.cache[file] = module;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, module.require.bind(module), module, file, dirname(file));
  module.loaded = true;
  if (cached === undefined || script.cachedDataRejected === true) {
    setTimeout(() => saveCache(script, cacheFolder, cachePath), SAVE_AFTER_MS).unref();
  }
  return true;
}

/** Writes the cache atomically (several windows may start servers at once) and drops older ones. */
function saveCache(script: Script, cacheFolder: string, cachePath: string): void {
  try {
    mkdirSync(cacheFolder, { recursive: true });
    const temporary = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cachePath);
    for (const name of readdirSync(cacheFolder)) {
      const path = join(cacheFolder, name);
      if (name.startsWith('server-') && path !== cachePath && !name.endsWith('.tmp'))
        rmSync(path, { force: true });
    }
  } catch {
    // A read-only or full disk: the next start compiles again.
  }
}
