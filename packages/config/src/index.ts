/**
 * @dateline/config: the workspace dictionary file, dateline.json. Shared by the CLI and the
 * language server: schema, parsing with file:line:column errors, loading and finding the file, and
 * formatting-preserving edits. The file is data only, never executed (docs/configuration.md).
 */
export { addEntityToConfigText, addIgnoreToConfigText } from './edit.js';
export { type ConfigError, formatConfigError } from './errors.js';
export { CONFIG_FILE_NAME, findConfigFile, loadConfigFile, MAX_CONFIG_BYTES } from './load.js';
export { type DatelineConfig, type ParsedConfig, parseConfig } from './parse.js';
export { CONFIG_SCHEMA, CONFIG_SCHEMA_ID } from './schema.js';
