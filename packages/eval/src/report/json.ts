/** The evaluation as JSON data, rounded so that it is the same on every machine. */
import type { ErrorPattern } from '../errors.js';
import { type Counts, prf } from '../metrics.js';
import type { Evaluation } from './evaluation.js';

export interface ScoreJson {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationJson {
  corpus: 're3d';
  dir: string;
  split: string;
  documents: number;
  goldAnnotations: number;
  microTypes: string[];
  systems: {
    system: string;
    types: { type: string; strict: ScoreJson; lenient: ScoreJson }[];
    micro: { strict: ScoreJson; lenient: ScoreJson };
    errors?: ErrorPattern[];
  }[];
  /** First system minus each other one, micro F1 (0–1 scale). */
  deltas: { against: string; strictF1: number; lenientF1: number }[];
}

export function evaluationJson(evaluation: Evaluation): EvaluationJson {
  const { corpus } = evaluation;
  const ours = evaluation.results[0]?.score;
  return {
    corpus: 're3d',
    dir: corpus.dir,
    split: corpus.split,
    documents: corpus.documents.length,
    goldAnnotations: evaluation.goldAnnotations,
    microTypes: evaluation.microTypes,
    systems: evaluation.results.map(({ score, errors }) => ({
      system: score.system,
      types: score.types
        .filter((t) => evaluation.rows.includes(t.type))
        .map((t) => ({ type: t.type, strict: scoreJson(t.strict), lenient: scoreJson(t.lenient) })),
      micro: { strict: scoreJson(score.micro.strict), lenient: scoreJson(score.micro.lenient) },
      ...(errors === undefined ? {} : { errors }),
    })),
    deltas:
      ours === undefined
        ? []
        : evaluation.results.slice(1).map(({ score }) => ({
            against: score.system,
            strictF1: round(prf(ours.micro.strict).f1 - prf(score.micro.strict).f1),
            lenientF1: round(prf(ours.micro.lenient).f1 - prf(score.micro.lenient).f1),
          })),
  };
}

function scoreJson(counts: Counts): ScoreJson {
  const { precision, recall, f1 } = prf(counts);
  return { ...counts, precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
