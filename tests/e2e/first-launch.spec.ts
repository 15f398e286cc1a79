import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, git, openApp, readDiskPosts, test, LanyardPage } from './harness';
import { freshTempDir } from './support/temp-dirs';

test('first launch opens a git copy of the sample blog and remembers it', async ({ lanyardBrowser }) => {
  const userDataDir = await freshTempDir('first-launch');
  const first = await openApp({ userDataDir, browser: lanyardBrowser });
  let site: string;
  try {
    site = first.site;
    expect(path.relative(userDataDir, site)).not.toMatch(/^\.\.|^\//);
    expect(existsSync(path.join(site, '_config.yml'))).toBe(true);
    expect(await git(site, ['log', '--oneline'])).not.toBe('');
    for (const post of await readDiskPosts(site))
      await expect(new LanyardPage(first.page).post(post.title)).toBeVisible();
  } finally {
    await first.close();
  }
  // The settings file is the one electron-store writes: config.json in the user-data folder.
  const config = JSON.parse(await readFile(path.join(userDataDir, 'config.json'), 'utf8')) as {
    recentSites?: string[];
  };
  expect(config.recentSites?.[0]).toBe(site);

  const second = await openApp({ userDataDir, browser: lanyardBrowser });
  try {
    expect(second.site).toBe(site);
  } finally {
    await second.close();
  }
});
