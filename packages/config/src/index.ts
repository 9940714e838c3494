/**
 * @dateline/config: the workspace dictionary file, dateline.json. Shared by the CLI and the
 * language server: schema, parsing with file:line:column errors, loading and finding the file,
 * formatting-preserving edits, and the meaning of the workspace's file globs. The file is data only, never executed (docs/configuration.md).
 */
export { addEntityToConfigText, addIgnoreToConfigText } from './edit.js';
export { type ConfigError, formatConfigError } from './errors.js';
export { globMatcher, underMatch } from './globs.js';
export { CONFIG_FILE_NAME, findConfigFile, loadConfigFile, MAX_CONFIG_BYTES } from './load.js';
export { type DatelineConfig, type ParsedConfig, parseConfig } from './parse.js';
export { CONFIG_SCHEMA, CONFIG_SCHEMA_ID } from './schema.js';
