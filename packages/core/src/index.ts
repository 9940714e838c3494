/** Public entry of @dateline/core. */
export { analyze } from './analyze.js';
export { entityAt } from './query/entity-at.js';
export { shortName } from './summarize/entity-summary.js';
export * from './types.js';
