import { type Analysis, type AnalyzeOptions, SCHEMA_ID } from './types.js';

/** Analyse a press release or transcript. Pure, synchronous, deterministic. */
export function analyze(text: string, _options: AnalyzeOptions = {}): Analysis {
  return {
    schema: SCHEMA_ID,
    document: { title: null, date: null, place: null, sections: [], sentences: [] },
    entities: [],
    notes: [],
  };
}
