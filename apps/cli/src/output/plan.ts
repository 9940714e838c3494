/** Where `--output` writes: a file (one stream) or a folder (one file per input); refusals first. */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { escapeControls } from '../errors.js';
import { findFormatter } from '../format/registry.js';
import type { Filter, InputItem } from '../inputs/collect.js';
import { outputRelativePath } from './folder.js';

export type OutputPlan =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string }
  /** `companion`: the extension of the analysed text written beside each output, if any. */
  | { kind: 'folder'; path: string; extension: string; companion: string | undefined };

/** File extension per format in an output folder, unless the format names its own. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  text: '.txt',
  json: '.json',
  jsonl: '.jsonl',
  csv: '.csv',
  brat: '.ann',
  conll: '.conll',
};

export function extensionFor(format: string): string {
  return findFormatter(format)?.extension ?? EXTENSIONS[format] ?? `.${format}`;
}

/**
 * Formats holding one document per file (brat's .ann): several documents need an output folder,
 * where each .ann gets the analysed text beside it as .txt (the offsets count in that text).
 */
export function isPerDocumentFormat(format: string): boolean {
  return findFormatter(format)?.onePerFile === true;
}

/** The extension of the analysed text written beside each output of a per-document format. */
export const COMPANION_TEXT_EXTENSION = '.txt';

export interface PlanInput {
  /** The value of --output, if any. */
  readonly output: string | undefined;
  readonly format: string;
  /** The command-line inputs as given (folders among them). */
  readonly args: readonly string[];
  /** The inputs they expanded to (files to be read). */
  readonly items: readonly InputItem[];
  /** The walk's filter, to tell whether an output folder inside an input folder would be read back. */
  readonly filter: Filter;
  /** Whether the inputs are jsonl records (no file paths to mirror). */
  readonly jsonlInput: boolean;
  /** Whether the command line can yield several documents. */
  readonly multiple: boolean;
}

/** The plan, or the one-line usage error (exit 2) that refuses it. */
export function planOutput(input: PlanInput): OutputPlan | { error: string } {
  const { output, format } = input;
  if (output === undefined || output === '-') {
    if (isPerDocumentFormat(format) && input.multiple) {
      return { error: `--format ${format} writes one file per input: name a folder with --output <folder>/` };
    }
    return { kind: 'stdout' };
  }
  const shown = escapeControls(output);
  const perDocument = isPerDocumentFormat(format);
  const wantsFolder =
    output.endsWith('/') || output.endsWith(sep) || isFolder(output) || (perDocument && input.multiple);
  const path = resolve(output);
  const inputFiles = new Map<string, string>();
  for (const item of input.items) {
    if (item.kind === 'file') inputFiles.set(realPath(item.path), item.source);
  }

  if (!wantsFolder) {
    const clash = inputFiles.get(realPath(path));
    if (clash !== undefined) return { error: `--output ${shown} is also an input; refusing to overwrite it` };
    return { kind: 'file', path };
  }

  if (input.jsonlInput) {
    return {
      error: `--output ${shown} is a folder, but jsonl records have no file names to mirror: name a file`,
    };
  }
  if (input.items.some((item) => item.kind === 'stdin')) {
    return { error: `--output ${shown} is a folder, but stdin (-) has no file name to mirror: name a file` };
  }
  const extension = extensionFor(format);
  const companion = perDocument ? COMPANION_TEXT_EXTENSION : undefined;
  const extensions = companion === undefined ? [extension] : [extension, companion];
  const folder = realPath(path);
  for (const arg of input.args) {
    if (arg === '-' || !isFolder(arg)) continue;
    const inputFolder = realPath(arg);
    const inside = relative(inputFolder, folder);
    if (inside.startsWith('..') || isAbsolute(inside)) continue;
    const readBack = extensions.find((ext) => wouldBeReadBack(inside, ext, input.filter));
    if (readBack !== undefined) {
      return {
        error: `--output ${shown} is inside the input folder ${escapeControls(arg)}: its ${readBack} files would be read back as inputs; choose another folder`,
      };
    }
  }
  const targets = new Map<string, string>();
  for (const item of input.items) {
    if (item.kind !== 'file') continue;
    for (const ext of extensions) {
      const target = join(folder, outputRelativePath(item.relative, ext));
      const clash = inputFiles.get(target);
      if (clash !== undefined) {
        return {
          error: `--output ${shown} would overwrite the input ${escapeControls(clash)}: choose another folder`,
        };
      }
      const other = targets.get(target);
      if (other !== undefined) {
        return {
          error: `--output ${shown}: ${escapeControls(other)} and ${escapeControls(item.source)} would both be written to ${escapeControls(target)}`,
        };
      }
      targets.set(target, item.source);
    }
  }
  return { kind: 'folder', path, extension, companion };
}

/** Whether files written to `inside` (a path under an input folder) would be found by the walk there. */
function wouldBeReadBack(inside: string, extension: string, filter: Filter): boolean {
  const parts = inside === '' ? [] : inside.split(sep);
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i] ?? '';
    if (name.startsWith('.') || name === 'node_modules') return false;
    if (!filter.folder(parts.slice(0, i + 1).join('/'))) return false;
  }
  return filter.file([...parts, `x${extension}`].join('/'));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}
