/**
 * The workspace dictionaries: one `dateline.json` (setting `dateline.dictionary`) per workspace
 * folder, loaded through @dateline/config, handed to the core as `options.dictionary` for the
 * documents of that folder, and reloaded when the file changes. Errors in a file are kept for
 * publishing as diagnostics on the file itself.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Dictionary } from '@dateline/core';
import { type ConfigError, parseConfig } from './config-api.js';

export interface WorkspaceFolderRef {
  uri: string;
}

interface LoadedDictionary {
  folderUri: string;
  fileUri: string;
  path: string;
  exists: boolean;
  dictionary: Dictionary | undefined;
  errors: ConfigError[];
  warnings: ConfigError[];
}

export class DictionaryStore {
  private folders: string[] = [];
  private relativePath = 'dateline.json';
  private loaded: LoadedDictionary[] = [];

  /** Sets the folders and the dictionary path; call `reload` afterwards. */
  configure(folders: readonly WorkspaceFolderRef[], relativePath: string): void {
    this.folders = folders
      .map((folder) => folder.uri.replace(/\/$/, ''))
      .filter((uri) => uri.startsWith('file:'));
    this.relativePath = relativePath;
  }

  /** Reads every folder's dictionary again. `readText` lets open (unsaved) files win over the disk. */
  async reload(readText?: (uri: string) => string | undefined): Promise<void> {
    const loaded: LoadedDictionary[] = [];
    for (const folderUri of this.folders) {
      const folderPath = fileURLToPath(folderUri);
      const path = isAbsolute(this.relativePath) ? this.relativePath : join(folderPath, this.relativePath);
      const fileUri = pathToFileURL(path).href;
      let text = readText?.(fileUri);
      let exists = text !== undefined;
      if (text === undefined) {
        try {
          text = await readFile(path, 'utf8');
          exists = true;
        } catch {
          text = undefined;
        }
      }
      if (text === undefined) {
        loaded.push({
          folderUri,
          fileUri,
          path,
          exists: false,
          dictionary: undefined,
          errors: [],
          warnings: [],
        });
        continue;
      }
      const { config, errors, warnings } = parseConfig(text, path);
      loaded.push({
        folderUri,
        fileUri,
        path,
        exists,
        dictionary: config.dictionary,
        errors,
        warnings: warnings ?? [],
      });
    }
    this.loaded = loaded;
  }

  /** The dictionary for a document: its folder's (the innermost folder holding it), if any. */
  dictionaryFor(documentUri: string): Dictionary | undefined {
    return this.entryFor(documentUri)?.dictionary;
  }

  /** The dictionary file a document's code actions edit: its folder's, else the first folder's. */
  fileFor(documentUri: string): { uri: string; path: string; exists: boolean } | undefined {
    const entry = this.entryFor(documentUri) ?? this.loaded[0];
    return entry ? { uri: entry.fileUri, path: entry.path, exists: entry.exists } : undefined;
  }

  /** Whether a URI is one of the dictionary files. */
  isDictionaryFile(uri: string): boolean {
    return this.loaded.some((entry) => entry.fileUri === uri);
  }

  /** Errors per dictionary file URI (empty arrays too, so fixed files get their diagnostics cleared). */
  errorsByFile(): Map<string, ConfigError[]> {
    return new Map(this.loaded.map((entry) => [entry.fileUri, entry.errors]));
  }

  /** Doubtful but usable entries (a name declared twice) per dictionary file URI. */
  warningsByFile(): Map<string, ConfigError[]> {
    return new Map(this.loaded.map((entry) => [entry.fileUri, entry.warnings]));
  }

  private entryFor(documentUri: string): LoadedDictionary | undefined {
    let best: LoadedDictionary | undefined;
    for (const entry of this.loaded) {
      if (!documentUri.startsWith(`${entry.folderUri}/`)) continue;
      if (!best || entry.folderUri.length > best.folderUri.length) best = entry;
    }
    return best;
  }
}
