import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Gives each test an empty `site` folder inside a fresh temp folder (so a test can also place
 * files beside the site, outside it), handed to `receive` before each test, removed after.
 */
export function useTempSite(receive: (folders: { temp: string; site: string }) => void): void {
  let temp = '';
  beforeEach(async () => {
    temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
    const site = path.join(temp, 'site');
    await fs.mkdir(site);
    receive({ temp, site });
  });
  afterEach(async () => {
    await fs.rm(temp, { recursive: true, force: true });
  });
}

/** Writes `content` at the POSIX path `relative` under `root`, creating the folders on the way. */
export async function writeFileUnder(root: string, relative: string, content: string | Buffer = ''): Promise<void> {
  const file = path.join(root, ...relative.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
}
