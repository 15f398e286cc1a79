import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultImageSettings } from '../../../../src/images/image-settings';
import { importImage } from '../../../../src/images/node/import-image';
import { jekyllProfile } from '../../../../src/site/site-profile';
import { largeJpegWithExif } from './generate-photos';

/** A real full disk needs a tiny file system: a tmpfs, which only root can mount (as in CI). */
function mountTinyDisk(folder: string): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'needs root on Linux to mount a tmpfs';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', folder], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

let site: string;
let userData: string;
let skipReason: string | null;

beforeAll(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-full-'));
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  skipReason = mountTinyDisk(site);
  if (skipReason) console.log(`[full disk] skipped: ${skipReason}`);
});

afterAll(async () => {
  if (!skipReason) execFileSync('umount', [site]);
  await fs.rm(site, { recursive: true, force: true });
  await fs.rm(userData, { recursive: true, force: true });
});

describe('importing onto a full disk', () => {
  it('says the disk is full and leaves no file, not even a temp file', async ({ skip }) => {
    if (skipReason) skip(skipReason);
    await fs.mkdir(path.join(site, '_posts'));
    await fs.mkdir(path.join(site, 'assets', 'images'), { recursive: true });
    // Fill the little disk to the last byte: the write stops with ENOSPC once it is full.
    await fs.writeFile(path.join(site, 'filler'), Buffer.alloc(256 * 1024, 1)).catch(() => undefined);
    const photo = await largeJpegWithExif({ width: 1600, height: 1200, orientation: 1, gps: true });
    const context = {
      profile: jekyllProfile(site, 'Blog', {}),
      userDataDir: userData,
      settings: defaultImageSettings,
    };
    await expect(
      importImage(context, { postId: '_posts/2026-01-01-a.md', name: 'stage.jpg', data: photo }),
    ).rejects.toThrow(/disk is full/i);
    const left = await fs.readdir(path.join(site, 'assets', 'images')).catch(() => []);
    expect(left).toEqual([]);
  });
});
