import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVscodeStub, requireWithVscode } from './vscode-stub';

const extensionDir = join(import.meta.dirname, '..');
const bundle = join(extensionDir, 'dist/extension.js');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));

interface ExtensionModule {
  activate(context: unknown): { ready: Promise<number> };
  deactivate(): Promise<void>;
}

describe('dist/extension.js', () => {
  it('is built', () => {
    expect(existsSync(bundle)).toBe(true);
  });

  it('loads with only `vscode` external and exports activate and deactivate', () => {
    const extension = requireWithVscode(bundle, createVscodeStub()) as ExtensionModule;
    expect(typeof extension.activate).toBe('function');
    expect(typeof extension.deactivate).toBe('function');
  });

  it('does not require anything at run time but vscode and Node built-ins', () => {
    const source = readFileSync(bundle, 'utf8');
    const required = new Set(
      [...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] as string),
    );
    const outside = [...required].filter((name) => name !== 'vscode' && !isBuiltin(name));
    expect(outside).toEqual([]);
  });

  it('registers every command the manifest contributes when activated', async () => {
    const stub = createVscodeStub();
    const extension = requireWithVscode(bundle, stub) as ExtensionModule;
    const context = {
      subscriptions: [] as unknown[],
      asAbsolutePath: (path: string) => join(extensionDir, path),
      // Where the server keeps its code cache (see src/server-start.ts).
      globalStorageUri: { fsPath: join(tmpdir(), 'dateline-extension-test') },
    };
    const api = extension.activate(context);
    // Under the stub the client cannot really start; activation itself must not throw.
    await api.ready.catch(() => undefined);
    const contributed = manifest.contributes.commands.map((command: { command: string }) => command.command);
    expect([...stub.commands.keys()].sort()).toEqual([...contributed].sort());
    expect(stub.contexts.get('dateline.entitiesViewEnabled')).toBe(true);
    await extension.deactivate().catch(() => undefined);
  });
});

function isBuiltin(name: string): boolean {
  return name.startsWith('node:') || builtinModules.includes(name);
}
