/** Entry point of the `dateline` bin (bin/dateline.js imports this file). */
import { messageOf } from './errors.js';

try {
  // Loaded here, not imported statically, so that a broken install (a core that fails to load) is
  // reported on one line like any internal error instead of Node's stack trace.
  const [{ run }, { processIO }] = await Promise.all([import('./cli.js'), import('./io.js')]);
  // exitCode rather than process.exit(): lets stdout drain before the process ends.
  process.exitCode = await run(process.argv.slice(2), processIO());
} catch (error) {
  process.stderr.write(`dateline: internal error: ${messageOf(error)}\n`);
  if (process.env.DATELINE_DEBUG && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}
