// A stand-in for the `vscode` module, enough to load and activate dist/extension.js under plain
// Node: every property is a callable, constructible stub, except the calls the tests record.
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

export interface VscodeStub {
  module: unknown;
  commands: Map<string, (...args: unknown[]) => unknown>;
  contexts: Map<string, unknown>;
}

function anything(): unknown {
  const target = function stub() {};
  return new Proxy(target, {
    get(_target, property) {
      if (property === 'then') return undefined; // not a promise
      if (property === Symbol.toPrimitive) return () => '';
      if (property === Symbol.iterator) return [][Symbol.iterator];
      return anything();
    },
    set: () => true,
    apply: () => anything(),
    construct: () => anything() as object,
  });
}

export function createVscodeStub(): VscodeStub {
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const contexts = new Map<string, unknown>();
  const overrides: Record<string, unknown> = {
    version: '1.91.0',
    commands: new Proxy(
      {
        registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
          commands.set(id, handler);
          return { dispose() {} };
        },
        executeCommand(id: string, ...args: unknown[]) {
          if (id === 'setContext') contexts.set(String(args[0]), args[1]);
          return Promise.resolve(undefined);
        },
      },
      { get: (target, property) => Reflect.get(target, property) ?? anything() },
    ),
  };
  // A bundle's `import * as vscode` copies the module's own properties, so list the real API's names.
  const module: Record<string, unknown> = {};
  for (const name of vscodeExportNames()) module[name] = overrides[name] ?? anything();
  return { module, commands, contexts };
}

function vscodeExportNames(): string[] {
  const require = createRequire(import.meta.url);
  const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = declarations.matchAll(/^\s{0,4}export (?:namespace|class|enum|const|function|let) (\w+)/gm);
  return [...new Set([...names].map((match) => match[1] as string))];
}

/** `require(path)` with `vscode` resolved to the stub, like the extension host does. */
export function requireWithVscode(path: string, stub: VscodeStub): unknown {
  const moduleInternals = Module as unknown as { _load: Loader };
  const original = moduleInternals._load;
  moduleInternals._load = function load(this: unknown, request, parent, isMain) {
    if (request === 'vscode') return stub.module;
    return original.call(this, request, parent, isMain);
  };
  try {
    const require = createRequire(import.meta.url);
    delete require.cache[require.resolve(path)];
    return require(path);
  } finally {
    moduleInternals._load = original;
  }
}
