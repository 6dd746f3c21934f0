/**
 * Writes several files as one: each goes to a temporary sibling first, and only when all are written are
 * they renamed over their targets; if a rename fails, the targets renamed so far get their earlier
 * content back. So the recalculated workbook and its JSON summary appear together or not at all, and an
 * error midway leaves the input and any earlier output as they were.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { ERR } from './messages';
import { UnusableInput } from './unusableInput';

const WRITE_REFUSED = new Set(['EBUSY', 'EPERM', 'EACCES', 'EROFS', 'ENOSPC', 'EISDIR']);

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function refused(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return WRITE_REFUSED.has(code) ? new UnusableInput(ERR.cannotWrite(path)) : error;
}

/** Removes the temporary files this call wrote (never anything else that may sit under such a name). */
async function removeTemps(temps: string[]): Promise<void> {
  await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
}

export async function writeTogether(files: { path: string; data: Uint8Array | string }[]): Promise<void> {
  const temps = files.map((f) => `${f.path}.opora-tmp`);
  const written: string[] = [];
  try {
    for (const [i, f] of files.entries()) {
      try {
        await writeFile(temps[i], f.data);
        written.push(temps[i]);
      } catch (error) {
        throw refused(error, f.path);
      }
    }
  } catch (error) {
    await removeTemps(written);
    throw error;
  }
  const kept: { path: string; old?: string }[] = [];
  try {
    for (const [i, f] of files.entries()) {
      const old = (await exists(f.path)) ? `${f.path}.opora-old` : undefined;
      try {
        if (old) await rename(f.path, old);
        kept.push({ path: f.path, old });
        await rename(temps[i], f.path);
      } catch (error) {
        throw refused(error, f.path);
      }
    }
  } catch (error) {
    for (const { path, old } of kept.reverse()) {
      await rm(path, { force: true });
      if (old) await rename(old, path);
    }
    await removeTemps(written);
    throw error;
  }
  await Promise.all(kept.map(({ old }) => (old ? rm(old, { force: true }) : undefined)));
}
