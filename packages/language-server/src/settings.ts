/**
 * The `dateline` settings section: defaults, and a reader that accepts whatever a client sends
 * (workspace/configuration answers, didChangeConfiguration payloads, initializationOptions) and
 * keeps only well-typed values, falling back to the default for each field.
 */
import { NOTE_CODES, type NoteCode } from '@dateline/core';

export type EnableMode = 'auto' | 'always' | 'never';

export interface Settings {
  /** Plain-text files: analyse when they look like a release (auto), always, or never. */
  enable: EnableMode;
  /** Bytes (UTF-8); larger documents get no entity features. */
  maxDocumentSize: number;
  inlayHints: { aliases: boolean; acronyms: boolean; dates: boolean };
  /** One switch per note code. */
  checks: Record<NoteCode, boolean>;
  workspaceSymbols: { maxFiles: number; maxFileSize: number; exclude: string[] };
  codeLens: { enable: boolean };
  /** Path of the workspace dictionary, relative to each workspace folder. */
  dictionary: string;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: 'auto',
  maxDocumentSize: 2_000_000,
  inlayHints: { aliases: true, acronyms: true, dates: true },
  checks: Object.fromEntries(NOTE_CODES.map((code) => [code, true])) as Record<NoteCode, boolean>,
  workspaceSymbols: { maxFiles: 5000, maxFileSize: 1_000_000, exclude: [] },
  codeLens: { enable: false },
  dictionary: 'dateline.json',
};

/** "weekday-mismatch" → "weekdayMismatch", the settings key of a check. */
export function checkSettingName(code: NoteCode): string {
  return code.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Settings from a raw value. Accepts the section itself (`{ enable: … }`), an object holding it
 * (`{ dateline: {…} }`, `{ settings: {…} }`), and dotted keys (`{ "inlayHints.dates": false }`).
 */
export function readSettings(raw: unknown): Settings {
  const section = unwrap(raw);
  const get = (path: string): unknown => lookup(section, path);
  const checks = { ...DEFAULT_SETTINGS.checks };
  for (const code of NOTE_CODES) checks[code] = bool(get(`checks.${checkSettingName(code)}`), checks[code]);
  return {
    enable: oneOf(get('enable'), ['auto', 'always', 'never'] as const, DEFAULT_SETTINGS.enable),
    maxDocumentSize: positive(get('maxDocumentSize'), DEFAULT_SETTINGS.maxDocumentSize),
    inlayHints: {
      aliases: bool(get('inlayHints.aliases'), true),
      acronyms: bool(get('inlayHints.acronyms'), true),
      dates: bool(get('inlayHints.dates'), true),
    },
    checks,
    workspaceSymbols: {
      maxFiles: positive(get('workspaceSymbols.maxFiles'), DEFAULT_SETTINGS.workspaceSymbols.maxFiles),
      maxFileSize: positive(
        get('workspaceSymbols.maxFileSize'),
        DEFAULT_SETTINGS.workspaceSymbols.maxFileSize,
      ),
      exclude: strings(get('workspaceSymbols.exclude')),
    },
    codeLens: { enable: bool(get('codeLens.enable'), false) },
    dictionary: nonEmptyString(get('dictionary'), DEFAULT_SETTINGS.dictionary),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unwrap(raw: unknown): Record<string, unknown> {
  let value = raw;
  for (let depth = 0; depth < 3 && isRecord(value); depth++) {
    if (isRecord(value.dateline)) value = value.dateline;
    else if (isRecord(value.settings)) value = value.settings;
    else break;
  }
  return isRecord(value) ? value : {};
}

function lookup(section: Record<string, unknown>, path: string): unknown {
  if (path in section) return section[path];
  let value: unknown = section;
  for (const key of path.split('.')) {
    if (!isRecord(value)) return undefined;
    value = value[key];
  }
  return value;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function nonEmptyString(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}
