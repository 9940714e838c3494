/**
 * Minimal glob matching for `dateline.workspaceSymbols.exclude` ("**∕drafts/**", "*.tmp"):
 * `**` any number of folders, `*` any run within a name, `?` one character, `{a,b}` choices.
 * A pattern without a slash matches a name at any depth, as in .gitignore.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.trim().replace(/\\/g, '/');
  if (pattern.startsWith('./')) pattern = pattern.slice(2);
  if (!pattern.includes('/')) pattern = `**/${pattern}`;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '*' && pattern[i + 1] === '*') {
      // "**/" matches zero or more folders; a trailing "**" anything.
      if (pattern[i + 2] === '/') {
        source += '(?:[^/]*/)*';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) source += '\\{';
      else {
        const choices = pattern
          .slice(i + 1, close)
          .split(',')
          .map(escapeRegExp);
        source += `(?:${choices.join('|')})`;
        i = close;
      }
    } else source += escapeRegExp(char);
  }
  // A folder pattern also excludes everything under it.
  return new RegExp(`^${source}(?:/.*)?$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function matchesAny(relativePath: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(relativePath));
}
