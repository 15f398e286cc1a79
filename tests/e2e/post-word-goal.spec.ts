import { copySampleSite, dayOnePost, expect, LanyardPage, openApp, test, titleLine } from './harness';

test('a post’s word goal is set from the palette, shown and kept, changed and removed from the status bar', async ({
  app,
  lanyard,
}) => {
  const { page } = lanyard;
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const words = await lanyard.wordCount();
  const goalButton = lanyard.statusBar.getByRole('button', { name: /word goal for this post/i });
  await expect(lanyard.statusBar.getByRole('button', { name: 'Set goal' })).toBeVisible();

  await lanyard.editor.click();
  await lanyard.runFromPalette('set word goal');
  const dialog = page.getByRole('dialog', { name: 'Word Goal' });
  const field = dialog.getByRole('textbox', { name: 'Words in this post' });
  await expect(field).toBeFocused();
  await page.keyboard.type('lots');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('whole number');
  await field.fill('5,000');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(lanyard.statusBar).toContainText(`${words} / 5,000 words`);
  await expect(goalButton).toHaveAccessibleName(`Word goal for this post: 5,000 words, ${words} words written`);
  await expect(lanyard.editor, 'focus goes back to the text').toBeFocused();

  // Kept in the main process for this site and post: a reload finds it.
  await expect
    .poll(() => app.core.handlers['session.get'](undefined).then((session) => session.postWordGoals))
    .toEqual({ [post.id]: 5000 });
  await page.reload();
  await lanyard.openPost(post.title, titleLine(post));
  await expect(lanyard.statusBar).toContainText(`${words} / 5,000 words`);

  // From the status bar by keyboard: a goal already reached, then no goal.
  await goalButton.focus();
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('5000');
  await field.fill('1');
  await page.keyboard.press('Enter');
  await expect(lanyard.statusBar).toContainText(`${words} words, goal reached`);
  await goalButton.focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Remove Goal' }).click();
  await expect(dialog).toBeHidden();
  await expect(lanyard.statusBar.getByRole('button', { name: 'Set goal' })).toBeVisible();
  await expect(lanyard.statusBar).not.toContainText('/ ');
  await expect.poll(() => app.core.handlers['session.get'](undefined).then((s) => s.postWordGoals)).toEqual({});
});

test('the palette lists Open Site… and Open Blog from Git URL…, and runs both', async ({ lanyardBrowser }) => {
  const [first, second] = [await copySampleSite(), await copySampleSite()];
  const app = await openApp({ site: first, browser: lanyardBrowser, dialogs: { chooseFolder: second } });
  try {
    const lanyard = new LanyardPage(app.page);
    await lanyard.runFromPalette('open blog from git');
    const cloneDialog = app.page.getByRole('dialog', { name: 'Open blog from git URL' });
    await expect(cloneDialog).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(cloneDialog).toBeHidden();

    await app.page.keyboard.press('Control+P');
    await app.page.keyboard.type('open site');
    await expect(lanyard.paletteOptions.first()).toContainText('Open Site…');
    await expect(lanyard.paletteOptions.first()).toContainText('Ctrl+O');
    await app.page.keyboard.press('Enter');
    await expect.poll(async () => (await app.core.handlers['site.current'](undefined))?.root).toBe(second);
    await expect(lanyard.postList).toBeVisible();
  } finally {
    await app.close();
  }
});
