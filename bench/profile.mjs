/**
 * `npm run profile -w @dateline/bench [-- --top N]`: profiles core analyze() on the 1 MB input with
 * `node --cpu-prof` and prints the functions with the most self time. The .cpuprofile is kept in
 * bench/profiles/ (git-ignored) for Chrome DevTools or speedscope.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selfTimes } from './cpuprofile.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const topIndex = process.argv.indexOf('--top');
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 10;
const dir = join(here, 'profiles');
mkdirSync(dir, { recursive: true });

const started = Date.now();
execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, join(here, 'profile-target.mjs')], {
  stdio: 'inherit',
});
const file = readdirSync(dir)
  .filter((name) => name.endsWith('.cpuprofile'))
  .map((name) => join(dir, name))
  .filter((path) => statSync(path).mtimeMs >= started - 1000)
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!file) throw new Error(`no .cpuprofile written in ${dir}`);

const rows = selfTimes(JSON.parse(readFileSync(file, 'utf8')), root);
process.stdout.write(
  `profile: ${file.replace(`${root}/`, '')} (core analyze() ×3 on the generated 1 MB release)\n\n`,
);
process.stdout.write('| # | self ms | share | function | where |\n| --- | --- | --- | --- | --- |\n');
rows.slice(0, top).forEach((row, i) => {
  process.stdout.write(
    `| ${i + 1} | ${row.selfMs.toFixed(0)} | ${(row.share * 100).toFixed(1)}% | ${row.name} | ${row.location} |\n`,
  );
});
