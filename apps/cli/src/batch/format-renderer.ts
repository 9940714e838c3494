/** The output formats of the registry (text, json, jsonl, …) as a DocumentRenderer for batches. */
import { analyze, type EntityType } from '@dateline/core';
import { filterTypes } from '../format/filter-types.js';
import { findFormatter } from '../format/registry.js';
import type { FormatSession, Formatter } from '../format/types.js';
import type { DocumentRenderer, Position, RendererSpec, RenderInput } from './types.js';

export interface FormatRendererOptions {
  /** A name from the format registry. */
  readonly format: string;
  /** The registry's `multiple` (json switches to an array): from the command line only. */
  readonly multiple: boolean;
  /** `--types`: only these entity types in the output. */
  readonly types?: readonly EntityType[];
}

/** The spec a command passes to the batch runner to print in a registry format. */
export function formatRendererSpec(options: FormatRendererOptions): RendererSpec {
  return { module: new URL('./format-renderer.js', import.meta.url).href, options };
}

/**
 * Format sessions keep state between documents (json's commas, text's blank lines), which would tie
 * the order of rendering to the order of output. Instead: a fresh session renders a first document,
 * and a session primed once with an empty document renders every later one, so any worker can
 * render any document and the main thread only puts the strings in order.
 */
export function createRenderer(options: FormatRendererOptions): DocumentRenderer {
  const formatter = findFormatter(options.format);
  if (formatter === undefined) throw new Error(`unknown format '${options.format}'`);
  // Lazily: a one-file-per-document format (brat) cannot start a multi-document session at all.
  let primed: FormatSession | undefined;
  const later = () => {
    primed ??= primedSession(formatter, options.multiple);
    return primed;
  };
  return {
    render(input: RenderInput, position: Position): string {
      const doc = {
        source: input.source,
        analysis: filterTypes(input.analysis, options.types),
        text: input.text,
      };
      if (position === 'next') return later().document(doc);
      const session = formatter.start({ multiple: position === 'first' ? options.multiple : false });
      const text = session.document(doc);
      return position === 'alone' ? text + session.end() : text;
    },
    end: (written) => (written === 0 ? formatter.start({ multiple: options.multiple }).end() : later().end()),
  };
}

function primedSession(formatter: Formatter, multiple: boolean): FormatSession {
  const session = formatter.start({ multiple });
  session.document({ source: '', analysis: analyze(''), text: '' });
  return session;
}
