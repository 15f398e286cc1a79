import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const created = new Set<string>();
let hooked = false;

/**
 * A fresh empty folder under the system temp folder. Whatever the harness creates is removed
 * when the worker exits, unless LANYARD_E2E_KEEP=1 (handy when a failure needs looking at).
 */
export async function freshTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `lanyard-e2e-${prefix}-`));
  created.add(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      if (process.env.LANYARD_E2E_KEEP === '1') return;
      for (const leftover of created) rmSync(leftover, { recursive: true, force: true });
    });
  }
  return dir;
}

/** Removes a folder made by `freshTempDir` now rather than at exit. */
export async function removeTempDir(dir: string): Promise<void> {
  if (process.env.LANYARD_E2E_KEEP === '1') return;
  created.delete(dir);
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}
