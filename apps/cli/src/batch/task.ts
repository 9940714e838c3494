/** The work on one input, the same in a worker and in the main thread: read, decode, analyse, render. */
import { type Analysis, analyze } from '@dateline/core';
import { messageOf } from '../errors.js';
import { type ReadResult, readBytes, toText } from '../inputs/read.js';
import type { DocumentRenderer, RendererSpec, TaskRequest, TaskSettings, UnitResult } from './types.js';

/** Imports a renderer module by URL and builds its renderer (in each worker, and in the main thread). */
export async function loadRenderer(spec: RendererSpec): Promise<DocumentRenderer> {
  const module = (await import(spec.module)) as {
    createRenderer?: (options: unknown) => DocumentRenderer;
  };
  if (typeof module.createRenderer !== 'function') {
    throw new Error(`${spec.module} does not export createRenderer`);
  }
  return module.createRenderer(spec.options);
}

/** Never throws: every failure is a result naming the reason. */
export async function processUnit(
  { unit, want }: TaskRequest,
  settings: TaskSettings,
  renderer: DocumentRenderer,
): Promise<UnitResult> {
  const { index } = unit;
  let read: ReadResult;
  if (unit.kind === 'text') {
    read = { ok: true, text: unit.text, warnings: [] };
  } else if (unit.kind === 'bytes') {
    read = toText(unit.bytes, settings);
  } else {
    const bytes = await readBytes({ kind: 'file', path: unit.path }, { ...settings, stdin: noStdin });
    read = bytes.ok ? toText(bytes.bytes, settings) : { ok: false, reason: bytes.reason, warnings: [] };
  }
  if (!read.ok) return { index, ok: false, reason: read.reason, warnings: read.warnings };

  let analysis: Analysis;
  try {
    analysis = analyze(read.text, settings.analyzeOptions);
  } catch (error) {
    return { index, ok: false, reason: `internal error: ${messageOf(error)}`, warnings: read.warnings };
  }
  try {
    const input = { source: unit.source, text: read.text, analysis };
    if (settings.mode === 'alone') {
      const output = renderer.render(input, 'alone');
      return {
        index,
        ok: true,
        output,
        ...(settings.withText ? { text: read.text } : {}),
        warnings: read.warnings,
      };
    }
    if (want === 'first') {
      const first = renderer.render(input, 'first');
      return { index, ok: true, first, output: first, warnings: read.warnings };
    }
    return {
      index,
      ok: true,
      ...(want === 'both' ? { first: renderer.render(input, 'first') } : {}),
      output: renderer.render(input, 'next'),
      warnings: read.warnings,
    };
  } catch (error) {
    return { index, ok: false, reason: `internal error: ${messageOf(error)}`, warnings: read.warnings };
  }
}

function noStdin(): never {
  throw new Error('stdin is read by the main thread');
}
