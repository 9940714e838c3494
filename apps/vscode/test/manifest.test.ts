import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES } from '@dateline/core';
import { describe, expect, it } from 'vitest';

const extensionDir = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

// The settings the language server reads (PLAN / docs/language-server.md), with their defaults.
const SETTINGS: Record<string, unknown> = {
  'dateline.enable': 'auto',
  'dateline.maxDocumentSize': 2000000,
  'dateline.inlayHints.aliases': true,
  'dateline.inlayHints.acronyms': true,
  'dateline.inlayHints.dates': true,
  'dateline.checks.weekdayMismatch': true,
  'dateline.checks.nameVariant': true,
  'dateline.checks.acronymBeforeDefinition': true,
  'dateline.checks.quoteWithoutSpeaker': true,
  'dateline.checks.titleVariant': true,
  'dateline.workspaceSymbols.maxFiles': 5000,
  'dateline.workspaceSymbols.maxFileSize': 1000000,
  'dateline.workspaceSymbols.exclude': [],
  'dateline.codeLens.enable': false,
  'dateline.dictionary': 'dateline.json',
  'dateline.trace.server': 'off',
};

// Token types VS Code already defines: contributing them again would be ignored.
const STANDARD_TOKEN_TYPES = new Set(['event']);

describe('package.json (the extension manifest)', () => {
  it('contributes exactly the server settings, each with its default and a description', () => {
    const properties = contributes.configuration.properties;
    expect(Object.keys(properties).sort()).toEqual(Object.keys(SETTINGS).sort());
    for (const [name, value] of Object.entries(SETTINGS)) {
      expect(properties[name].default, name).toEqual(value);
      expect(properties[name].markdownDescription, name).toBeTruthy();
      expect(['resource', 'window'], name).toContain(properties[name].scope);
    }
    expect(properties['dateline.enable'].enum).toEqual(['auto', 'always', 'never']);
    expect(properties['dateline.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
  });

  it('gives every entity type a semantic token type with a standard super type and TextMate scopes', () => {
    const contributed = new Map(
      contributes.semanticTokenTypes.map((type: { id: string; superType: string; description: string }) => [
        type.id,
        type,
      ]),
    );
    const scopes = Object.assign(
      {},
      ...contributes.semanticTokenScopes.map((entry: { scopes: Record<string, string[]> }) => entry.scopes),
    );
    for (const type of ENTITY_TYPES) {
      expect(scopes[type]?.length, type).toBeGreaterThan(0);
      if (STANDARD_TOKEN_TYPES.has(type)) {
        expect(contributed.has(type), type).toBe(false);
        continue;
      }
      const contribution = contributed.get(type) as { superType: string; description: string } | undefined;
      expect(contribution?.superType, type).toBeTruthy();
      expect(contribution?.description, type).toBeTruthy();
    }
    expect(contributed.size).toBe(ENTITY_TYPES.length - STANDARD_TOKEN_TYPES.size);
    expect(contributes.semanticTokenModifiers.map((modifier: { id: string }) => modifier.id)).toEqual([
      'firstMention',
    ]);
  });

  it('declares the press-release language with its file patterns', () => {
    const [language] = contributes.languages;
    expect(language.id).toBe('press-release');
    expect(language.extensions).toEqual(['.pressrelease']);
    expect(language.filenamePatterns).toEqual(['*.release.txt', '*.transcript.txt']);
    expect(existsSync(join(extensionDir, language.configuration))).toBe(true);
    expect(manifest.activationEvents).toEqual(['onLanguage:press-release', 'onLanguage:plaintext']);
    // dateline.json is read as JSON with comments, so the editor must not flag comments in it.
    expect(contributes.languages).toContainEqual({ id: 'jsonc', filenames: ['dateline.json'] });
  });

  it('has the prose word pattern a user double-clicks with', () => {
    const configuration = JSON.parse(readFileSync(join(extensionDir, 'language-configuration.json'), 'utf8'));
    const words = new RegExp(configuration.wordPattern.pattern, `g${configuration.wordPattern.flags}`);
    expect('Mr. O’Neill’s re-election in Zürich cost $1,250.5 million'.match(words)).toEqual([
      'Mr',
      'O’Neill’s',
      're-election',
      'in',
      'Zürich',
      'cost',
      '1,250.5',
      'million',
    ]);
  });

  it('names the four user commands of the Command Palette', () => {
    const titles = contributes.commands.map(
      (command: { category: string; title: string }) => `${command.category}: ${command.title}`,
    );
    expect(titles).toEqual(
      expect.arrayContaining([
        'Dateline: Show Document Summary',
        'Dateline: List Entities',
        'Dateline: Analyze This File Anyway',
        'Dateline: Restart Server',
      ]),
    );
  });

  it('points at files that exist: the bundle entry, the icon, the dictionary schema', () => {
    expect(manifest.main).toBe('./dist/extension.js');
    expect(existsSync(join(extensionDir, manifest.icon))).toBe(true);
    expect(contributes.jsonValidation).toEqual([
      { fileMatch: 'dateline.json', url: './dist/schema/dateline-config-1.json' },
    ]);
  });

  it('documents every setting and command in the README', () => {
    const readme = readFileSync(join(extensionDir, 'README.md'), 'utf8');
    for (const [name, value] of Object.entries(SETTINGS)) {
      expect(readme, name).toContain(`| \`${name}\` | \`${JSON.stringify(value)}\` |`);
    }
    for (const command of contributes.commands as { command: string; category: string; title: string }[]) {
      const hidden = contributes.menus.commandPalette.some(
        (entry: { command: string; when: string }) =>
          entry.command === command.command && entry.when === 'false',
      );
      if (!hidden) expect(readme, command.command).toContain(`| ${command.category}: ${command.title} |`);
    }
  });

  it('is limited, not disabled, in untrusted workspaces', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    expect(untrusted.supported).toBe('limited');
    expect(untrusted.description).toBeTruthy();
    expect(untrusted.restrictedConfigurations).toEqual(['dateline.dictionary']);
  });

  it('ships an allow-list: .vscodeignore excludes everything, then names each file', () => {
    const lines = readFileSync(join(extensionDir, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(lines[0]).toBe('**');
    for (const line of lines.slice(1)) {
      expect(line.startsWith('!'), line).toBe(true);
      expect(line, 'no globs after the first line').not.toMatch(/[*?[]/);
    }
  });
});
