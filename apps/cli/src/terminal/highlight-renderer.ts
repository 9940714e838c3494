/**
 * `dateline highlight` as a batch renderer (../batch/types.ts). Whether to colour is decided once in
 * the main thread (it knows the terminal) and passed in the options.
 */
import type { EntityType } from '@dateline/core';
import type { DocumentRenderer, Position, RendererSpec, RenderInput } from '../batch/types.js';
import { filterTypes } from '../format/filter-types.js';
import { legend, type MarkStyle, markedSpans, markText } from './highlight.js';
import { sanitizeForTerminal } from './sanitize.js';

export interface HighlightRendererOptions {
  readonly style: MarkStyle;
  /** Several documents on one stream: each gets a `==> source <==` line, as `head` does. */
  readonly multiple: boolean;
  readonly types?: readonly EntityType[];
}

export function highlightRendererSpec(options: HighlightRendererOptions): RendererSpec {
  return { module: new URL('./highlight-renderer.js', import.meta.url).href, options };
}

export function createRenderer(options: HighlightRendererOptions): DocumentRenderer {
  return {
    render({ source, text, analysis }: RenderInput, position: Position): string {
      return renderHighlighted(source, text, filterTypes(analysis, options.types), options, position);
    },
    end: () => '',
  };
}

export function renderHighlighted(
  source: string,
  text: string,
  analysis: Parameters<typeof markedSpans>[0],
  options: HighlightRendererOptions,
  position: Position,
): string {
  const spans = markedSpans(analysis);
  let out = position === 'next' ? '\n' : '';
  if (options.multiple && position !== 'alone') {
    const title = `==> ${sanitizeForTerminal(source)} <==`;
    out += `${options.style === 'color' ? `\u001b[1m${title}\u001b[0m` : title}\n`;
  }
  const body = markText(text, spans, options.style);
  out += body === '' || body.endsWith('\n') ? body : `${body}\n`;
  if (options.style !== 'plain') out += `\n${legend(spans, options.style)}\n`;
  return out;
}
