import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Platforms and file systems that cannot fsync a directory answer with one of these. */
const unsyncableDirectoryCodes = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EACCES']);

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

async function existingMode(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mode & 0o7777;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Makes the rename itself durable; without it a crash can bring back the old name. */
async function syncDirectory(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!unsyncableDirectoryCodes.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `file` with `data` so that readers see either the old or the new content, never a
 * mix: writes a temp file beside it, fsyncs it, renames it over the target and fsyncs the
 * folder. Keeps the existing file's mode unless `mode` is given. A symlink at `file` is
 * replaced, not written through; pass its real path to keep the link.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options?: { mode?: number },
): Promise<void> {
  const folder = path.dirname(file);
  const temp = path.join(folder, `.${path.basename(file)}.lanyard-${randomBytes(6).toString('hex')}.tmp`);
  const mode = options?.mode ?? (await existingMode(file));
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(data);
      // The open mode is filtered by the umask; an explicit chmod keeps the file's real mode.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
    renamed = true;
    await syncDirectory(folder);
  } catch (error) {
    if (!renamed) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
