/** Public entry of @dateline/core. */
export { analyze } from './analyze.js';
export * from './types.js';
