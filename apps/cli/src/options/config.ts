/**
 * `--config <file>`, `--no-config`, and finding `dateline.json` from the current folder upward
 * (stopping at the folder holding .git): the user dictionary passed to the core (@dateline/config
 * reads and checks the file; the language server uses the same package).
 */
import { relative } from 'node:path';
import { findConfigFile, formatConfigError, loadConfigFile } from '@dateline/config';
import type { Dictionary } from '@dateline/core';
import { escapeControls } from '../errors.js';

export interface LoadedConfig {
  /** The file read, if any, named as in messages. */
  readonly file: string | undefined;
  readonly dictionary: Dictionary | undefined;
  /** One line per problem (`dateline.json:3:5: …`); any makes the command a usage error. */
  readonly errors: string[];
  /** Doubtful but usable (a name declared twice): printed, never fatal. */
  readonly warnings: string[];
}

const NONE: LoadedConfig = { file: undefined, dictionary: undefined, errors: [], warnings: [] };

/** `option`: the --config value (a path), false for --no-config, undefined to look for dateline.json. */
export function loadConfig(option: string | false | undefined, cwd: string): LoadedConfig {
  if (option === false) return NONE;
  let file = option;
  if (file === undefined) {
    const found = findConfigFile(cwd);
    if (found === undefined) return NONE;
    file = relative(cwd, found) || found; // named as the user would: dateline.json, ../dateline.json
  }
  const { config, errors, warnings } = loadConfigFile(file);
  const lines = (list: typeof errors) => list.map((error) => escapeControls(formatConfigError(error)));
  if (errors.length > 0)
    return { file, dictionary: undefined, errors: lines(errors), warnings: lines(warnings) };
  return { file, dictionary: config.dictionary, errors: [], warnings: lines(warnings) };
}
