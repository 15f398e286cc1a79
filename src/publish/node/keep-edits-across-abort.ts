import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import { unstagedPaths } from '../../git/node/diff';
import { workTreePlace } from '../../git/node/rev-parse';

/**
 * Runs `abort` (a rebase, merge or cherry-pick abort, which resets the working tree) without
 * losing what the writer saved meanwhile: files edited but not staged while the operation
 * waited, conflicted ones aside, are read first and written back afterwards. Lanyard's autosave
 * keeps saving while a terminal's rebase waits, so those edits are the writer's latest text.
 */
export async function keepEditsAcrossAbort(root: string, abort: () => Promise<void>): Promise<void> {
  const place = await workTreePlace(root);
  if (place === null) return abort();
  const edited = await unstagedPaths(root);
  const saved = new Map<string, Buffer>();
  for (const file of edited) {
    const content = await fs.readFile(path.join(place.topLevel, file)).catch(() => null);
    if (content !== null) saved.set(file, content);
  }
  await abort();
  for (const [file, content] of saved) {
    const target = path.join(place.topLevel, file);
    const now = await fs.readFile(target).catch(() => null);
    if (now !== null && now.equals(content)) continue;
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, content);
  }
}
