/** Writing the report file: atomically, and never over one of the inputs. */
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes `content` to a temporary file in the target's folder, then renames it over the target: a
 * reader never sees half a report, and a failure leaves any previous report as it was.
 */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Whether `output` is the same file as one of `inputs` (paths as given; symbolic links resolved when they exist). */
export function isOneOf(output: string, inputs: readonly string[]): boolean {
  const target = canonical(output);
  return inputs.some((input) => input !== '-' && canonical(input) === target);
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
