/** Public entry of @dateline/eval: scoring Dateline and its peers against gold corpora (re3d). */
export { isEntityType, PRIMARY_TYPES, REPORT_TYPE_ORDER } from './entity-types.js';
export {
  collectErrors,
  describePattern,
  ERROR_KINDS,
  type ErrorExample,
  type ErrorItem,
  type ErrorKind,
  type ErrorPattern,
  errorPatterns,
  FALSE_NEGATIVE_KINDS,
} from './errors.js';
export { CorpusError, parseJsonLines } from './jsonl.js';
export { compareRanges, distinctRanges, matchRanges, overlaps, type Pair, type SpanMatch } from './match.js';
export { type Counts, type Prf, prf, sumCounts, ZERO_COUNTS } from './metrics.js';
export { normalizeRange, normalizeSpanText } from './normalize.js';
export { loadCompromisePredictor, PeerUnavailableError } from './predictors/compromise.js';
export { datelinePredictions, datelinePredictor } from './predictors/dateline.js';
export { isPeerName, loadPeer, PEERS, type PeerName } from './predictors/peers.js';
export { GOLD_MIN_CONFIDENCE, loadRe3d, type Re3dCorpus } from './re3d/load.js';
export {
  isRe3dSplit,
  RE3D_DEV_FOLDERS,
  RE3D_SPLITS,
  RE3D_TEST_FOLDERS,
  type Re3dSplit,
  re3dFolders,
} from './re3d/split.js';
export { mapRe3dType, RE3D_TYPE_MAP } from './re3d/type-map.js';
export {
  type Evaluation,
  type EvaluationOptions,
  evaluate,
  type SystemResult,
  type SystemUnderTest,
} from './report/evaluation.js';
export { type EvaluationJson, evaluationJson, type ScoreJson } from './report/json.js';
export { formatEvaluationText } from './report/text.js';
export {
  type DocumentMatch,
  matchDocument,
  type ScoreOptions,
  type SystemScore,
  scorePredictions,
  scorePredictor,
  type TypeScore,
} from './score.js';
export type { EvalDocument, GoldMention, Prediction, Predictor, Range } from './types.js';
