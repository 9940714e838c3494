/** The JSON object of one document (contract): schema first, source second, then the analysis in order. */
import type { AnalysedDocument } from './types.js';

export function toOutputObject({ source, analysis }: AnalysedDocument): Record<string, unknown> {
  const { schema, ...rest } = analysis;
  return { schema, source, ...rest };
}
