import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, LanyardPage, openApp, readDiskPosts, test, titleLine, type DiskPost } from '../harness';
import { recordCasesAsFigure } from './support/cases-figure';
import { freshTempDir } from '../support/temp-dirs';

/**
 * Issue 9, "Nothing lost", hot exit: text typed but not yet saved survives a crash of the window.
 * The renderer is crashed for real (Chromium's `Page.crash`), mid-typing and before autosave, then
 * Lanyard starts again over the same user-data folder and offers the text back.
 */

recordCasesAsFigure(test, {
  area: 'Nothing lost',
  what: 'hot exit: the window crashed mid-typing, before autosave, then Lanyard started again',
  failure: 'typed text not offered back, or applied over a newer file without asking',
});

test.describe.configure({ timeout: 90_000 });

/** Typed a key every 150 ms: autosave (a second after the last key) cannot fire while it runs. */
const typed = 'Typed at the keynote, then the window crashed before autosave.';
const keyDelay = 150;
const marker = 'Typed at the';

async function recoveryTexts(userDataDir: string): Promise<string[]> {
  const root = path.join(userDataDir, 'recovery');
  const sites = await readdir(root).catch(() => []);
  const texts: string[] = [];
  for (const site of sites) {
    for (const name of (await readdir(path.join(root, site))).filter((file) => file.endsWith('.json'))) {
      const copy = JSON.parse(await readFile(path.join(root, site, name), 'utf8')) as { text: string };
      texts.push(copy.text);
    }
  }
  return texts;
}

/** Opens the newest post, types slowly and crashes the renderer once a copy holds some of it; answers that copy. */
async function typeAndCrash(
  page: Page,
  userDataDir: string,
  post: DiskPost,
): Promise<{ copy: string; typing: Promise<void> }> {
  const lanyard = new LanyardPage(page);
  await lanyard.openPost(post.title, titleLine(post));
  await lanyard.editor.click();
  await page.keyboard.press('Control+End');
  const typing = page.keyboard.type(`\n\n${typed}`, { delay: keyDelay }).catch(() => undefined);
  await expect
    .poll(async () => (await recoveryTexts(userDataDir)).some((text) => text.includes(`${marker} k`)), {
      message: 'a recovery copy holds the typing within a second',
    })
    .toBe(true);
  const cdp = await page.context().newCDPSession(page);
  const crash = page.waitForEvent('crash');
  // The renderer dies before it can answer, so the command's reply never comes.
  void cdp.send('Page.crash').catch(() => undefined);
  await crash;
  const [copy] = await recoveryTexts(userDataDir);
  expect(copy).toContain(marker);
  return { copy: copy!, typing };
}

/** A Lanyard in a Chromium of its own, so the crash takes nothing else with it; answers the copy left behind. */
async function crashWhileTyping(site: string, userDataDir: string, post: DiskPost): Promise<string> {
  const crashed = await openApp({ site, userDataDir });
  const { copy, typing } = await typeAndCrash(crashed.page, userDataDir, post);
  // The crashed page cannot close cleanly; what matters is that the core saw nothing go wrong.
  await crashed.close().catch(() => undefined);
  await typing;
  expect(crashed.reportedErrors).toEqual([]);
  return copy;
}

/** A fresh user-data folder in which Lanyard crashed while the site's newest post was typed in. */
async function crashedSession(site: string): Promise<{ userDataDir: string; post: DiskPost; copy: string }> {
  const userDataDir = await freshTempDir('userdata');
  const [post] = await readDiskPosts(site);
  if (!post) throw new Error('the sample blog has no posts');
  return { userDataDir, post, copy: await crashWhileTyping(site, userDataDir, post) };
}

function offer(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'Recovered unsaved text' });
}

test('text typed before a renderer crash is offered on the next start, and Restore saves it', async ({
  site,
  lanyardBrowser,
}) => {
  const { userDataDir, post, copy } = await crashedSession(site);
  expect(await readFile(post.file, 'utf8'), 'nothing was saved before the crash').toBe(post.text);

  const again = await openApp({ site, userDataDir, browser: lanyardBrowser });
  try {
    const lanyard = new LanyardPage(again.page);
    await expect(offer(again.page)).toBeVisible();
    await offer(again.page).getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(offer(again.page)).toBeHidden();
    await expect.poll(() => lanyard.editorText()).toBe(copy);
    await lanyard.expectSaved();
    expect(await readFile(post.file, 'utf8')).toBe(copy);
    await expect.poll(() => recoveryTexts(userDataDir), { message: 'the copy goes once saved' }).toEqual([]);
  } finally {
    await again.close();
  }
});

test('recovered text whose file changed since is a conflict to settle, never applied silently', async ({
  site,
  lanyardBrowser,
}) => {
  const { userDataDir, post, copy } = await crashedSession(site);
  const theirText = `${post.text.replace(/\s*$/, '')}\n\nTheirs: synced from the phone after the crash.\n`;
  await writeFile(post.file, theirText);

  const again = await openApp({ site, userDataDir, browser: lanyardBrowser });
  try {
    const lanyard = new LanyardPage(again.page);
    await expect(offer(again.page)).toContainText('changed on disk since');
    await offer(again.page).getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(lanyard.conflictButton('Keep mine')).toBeVisible();
    await expect.poll(() => lanyard.editorText()).toBe(copy);
    await again.page.waitForTimeout(2_000);
    expect(await readFile(post.file, 'utf8'), 'nothing is written until the writer chooses').toBe(theirText);

    await lanyard.conflictButton('Keep mine').click();
    await lanyard.expectSaved();
    expect(await readFile(post.file, 'utf8')).toBe(copy);
    await expect.poll(() => recoveryTexts(userDataDir)).toEqual([]);
  } finally {
    await again.close();
  }
});

test('Discard lets the recovered text go and leaves the post as it is on disk', async ({ site, lanyardBrowser }) => {
  const { userDataDir, post } = await crashedSession(site);

  const again = await openApp({ site, userDataDir, browser: lanyardBrowser });
  try {
    await offer(again.page).getByRole('button', { name: 'Discard', exact: true }).click();
    await expect(offer(again.page)).toBeHidden();
    await expect.poll(() => recoveryTexts(userDataDir)).toEqual([]);
    expect(await readFile(post.file, 'utf8')).toBe(post.text);
  } finally {
    await again.close();
  }
  const third = await openApp({ site, userDataDir, browser: lanyardBrowser });
  try {
    await expect(third.page.getByRole('navigation', { name: 'Posts' })).toBeVisible();
    await expect(offer(third.page)).toBeHidden();
  } finally {
    await third.close();
  }
});
