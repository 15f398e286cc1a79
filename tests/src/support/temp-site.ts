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
