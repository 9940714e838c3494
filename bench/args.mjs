/** Command-line options of `npm run bench`. */
import { resolve } from 'node:path';

export const USAGE = `usage: npm run bench -- -- [--corpus <dir>] [--press <dir>]
       (or, without the build: npm run bench -w @dateline/bench -- [options])

  --corpus <dir>  re3d corpus: a folder of folders holding documents.json
                  (default: ../shared/data/re3d)
  --press <dir>   folder of press releases (*.txt)
                  (default: ../shared/corpus/press-releases)

Relative folders are taken from the repository root, however the bench is started
(turbo runs it from bench/).
`;

export function parseArgs(argv, root) {
  const options = {
    corpus: resolve(root, '../shared/data/re3d'),
    press: resolve(root, '../shared/corpus/press-releases'),
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (name === '--help' || name === '-h') options.help = true;
    else if (name === '--corpus' || name === '--press') {
      const value = inline ?? argv[++i];
      if (!value) throw new Error(`${name} needs a folder`);
      options[name.slice(2)] = resolve(root, value);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}
