/**
 * The one meaning of the workspace's file globs, for the CLI's `--include`/`--exclude` and the
 * language server's `dateline.workspaceSymbols.exclude`: picomatch globs over `/`-separated paths
 * relative to a folder; a glob with a `/` matches the whole path, one without matches the last name
 * (as .gitignore does). picomatch's own `basename` option would apply to every glob.
 */
import picomatch from 'picomatch';

export function globMatcher(globs: readonly string[]): (relative: string) => boolean {
  const withSlash = globs.filter((glob) => glob.includes('/'));
  const bare = globs.filter((glob) => !glob.includes('/'));
  const path = withSlash.length > 0 ? picomatch(withSlash, { dot: false }) : () => false;
  const name = bare.length > 0 ? picomatch(bare, { dot: false }) : () => false;
  return (relative) => path(relative) || name(relative.slice(relative.lastIndexOf('/') + 1));
}

/** Whether `relative` or a folder above it matches: an excluded folder excludes what it holds. */
export function underMatch(relative: string, matches: (relative: string) => boolean): boolean {
  for (let slash = relative.indexOf('/'); slash !== -1; slash = relative.indexOf('/', slash + 1)) {
    if (matches(relative.slice(0, slash))) return true;
  }
  return matches(relative);
}
