/**
 * The slice of `@dateline/config` the server uses (the workspace dictionary file, dateline.json):
 * parsing with file:line errors, and formatting-preserving edits that add an entity or an ignored
 * word, and the meaning of the workspace's exclude globs. One module, so the rest of the server
 * names only what it needs.
 */
export {
  addEntityToConfigText,
  addIgnoreToConfigText,
  CONFIG_FILE_NAME,
  type ConfigError,
  formatConfigError,
  globMatcher,
  type ParsedConfig,
  parseConfig,
  underMatch,
} from '@dateline/config';
