/**
 * The slice of `@dateline/config` the server uses (the workspace dictionary file, dateline.json):
 * parsing with file:line errors, and formatting-preserving edits that add an entity or an ignored
 * word. One module, so the rest of the server names only what it needs.
 */
export {
  addEntityToConfigText,
  addIgnoreToConfigText,
  CONFIG_FILE_NAME,
  type ConfigError,
  formatConfigError,
  type ParsedConfig,
  parseConfig,
} from '@dateline/config';
