import AxeBuilder from '@axe-core/playwright';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { copySampleSite, expect, LanyardPage, openApp, readDiskPosts, test, type LanyardApp } from './harness';
import { WelcomePage } from './models/welcome-page';
import { freshTempDir } from './support/temp-dirs';

/** The recent sites as the settings file on disk records them. */
async function recordedRecentSites(userDataDir: string): Promise<string[]> {
  const config = JSON.parse(await readFile(path.join(userDataDir, 'config.json'), 'utf8')) as {
    recentSites?: string[];
  };
  return config.recentSites ?? [];
}

/** The site at `root` is open, and every post of it is listed in the window. */
async function expectSiteShown(app: LanyardApp, root: string): Promise<void> {
  await expect.poll(async () => (await app.core.handlers['site.current'](undefined))?.root).toBe(root);
  const lanyard = new LanyardPage(app.page);
  for (const post of await readDiskPosts(root)) await expect(lanyard.post(post.title)).toBeVisible();
}

test('a first run greets the writer with every way in, all reachable by keyboard', async ({ lanyardBrowser }) => {
  const app = await openApp({ whenNoSite: 'welcome', browser: lanyardBrowser });
  try {
    const welcome = new WelcomePage(app.page);
    await expect(welcome.heading('Welcome to Lanyard')).toBeVisible();
    expect(app.site).toBe('');
    expect(await app.core.handlers['site.current'](undefined)).toBeNull();
    // The first way in has focus already; Tab walks the others.
    await expect(welcome.openFolderButton).toBeFocused();
    await welcome.tabTo(welcome.cloneButton);
    await welcome.tabTo(welcome.sampleButton);
    await expect(welcome.recentSites).toContainText('The blogs you open are listed here');
    const axe = await new AxeBuilder({ page: app.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    // Nothing was copied or opened behind the writer's back.
    expect(await recordedRecentSites(app.userDataDir).catch(() => [])).toEqual([]);

    await welcome.tabTo(welcome.cloneButton);
    await app.page.keyboard.press('Enter');
    const cloneDialog = app.page.getByRole('dialog', { name: 'Open blog from git URL' });
    await expect(cloneDialog).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(cloneDialog).toBeHidden();
  } finally {
    await app.close();
  }
});

test('"Try the sample blog" opens the sample; after Close Site it is a recent site that Enter opens', async ({
  lanyardBrowser,
}) => {
  const app = await openApp({ whenNoSite: 'welcome', browser: lanyardBrowser });
  try {
    const welcome = new WelcomePage(app.page);
    await welcome.tabTo(welcome.sampleButton);
    await app.page.keyboard.press('Enter');
    const sample = path.join(app.userDataDir, 'sample-blog');
    await expectSiteShown(app, sample);
    expect(await recordedRecentSites(app.userDataDir)).toEqual([sample]);

    // File → Close Site, as the main process runs it once the renderer has saved.
    await app.core.closeSite();
    await expect(welcome.heading('No blog is open')).toBeVisible();
    const entry = welcome.recentSite(sample);
    await expect(entry).toContainText('Lanyard Sample Blog');
    await expect(entry).toContainText(sample);

    await welcome.tabTo(welcome.openRecentButton(sample));
    await app.page.keyboard.press('Enter');
    await expectSiteShown(app, sample);
    expect((await app.core.handlers['site.current'](undefined))?.root).toBe(sample);
  } finally {
    await app.close();
  }
});

test('a recent site that is gone is marked missing and can be removed by keyboard; the others stay', async ({
  lanyardBrowser,
}) => {
  const userDataDir = await freshTempDir('welcome-recent');
  const kept = await copySampleSite();
  const gone = await copySampleSite();
  const earlier = await openApp({ site: gone, userDataDir, browser: lanyardBrowser });
  await earlier.close();
  await rm(gone, { recursive: true, force: true });

  const app = await openApp({ site: kept, userDataDir, browser: lanyardBrowser });
  try {
    await app.core.closeSite();
    const welcome = new WelcomePage(app.page);
    await expect(welcome.heading('No blog is open')).toBeVisible();
    await expect(welcome.recentSite(gone)).toContainText('missing');
    await expect(welcome.openRecentButton(gone)).toHaveCount(0);
    await expect(welcome.openRecentButton(kept)).toBeVisible();

    await welcome.tabTo(welcome.forgetButton(gone));
    await app.page.keyboard.press('Enter');
    await expect(welcome.recentSite(gone)).toHaveCount(0);
    expect(await recordedRecentSites(userDataDir)).toEqual([kept]);
    // Focus stays in the list, on the entry now in the removed one's place.
    await expect(welcome.openRecentButton(kept)).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expectSiteShown(app, kept);
  } finally {
    await app.close();
  }
});

test('with no recent site that still opens, the app starts on the Welcome screen listing it', async ({
  lanyardBrowser,
}) => {
  const userDataDir = await freshTempDir('welcome-all-gone');
  const gone = await copySampleSite();
  const earlier = await openApp({ site: gone, userDataDir, browser: lanyardBrowser });
  await earlier.close();
  await rm(gone, { recursive: true, force: true });

  const chosen = await copySampleSite();
  const app = await openApp({
    userDataDir,
    whenNoSite: 'welcome',
    browser: lanyardBrowser,
    dialogs: { chooseFolder: chosen },
  });
  try {
    const welcome = new WelcomePage(app.page);
    await expect(welcome.recentSite(gone)).toContainText('missing');
    await expect(welcome.openFolderButton).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expectSiteShown(app, chosen);
    expect(await recordedRecentSites(userDataDir)).toEqual([chosen, gone]);
  } finally {
    await app.close();
  }
});
