import AxeBuilder from '@axe-core/playwright';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { largeJpegWithExif } from '../src/images/node/generate-photos';
import { copySampleSite, dayOnePost, expect, openApp, test, titleLine, type LanyardApp } from './harness';
import { LanyardPage } from './models/lanyard-page';
import { addBareRemote } from './support/bare-remote';
import { dropFiles } from './support/photo-files';
import { freshTempDir, removeTempDir } from './support/temp-dirs';

test.describe.configure({ timeout: 60_000 });

/** The computed value of a CSS property of the first element matching `selector`. */
function computed(app: LanyardApp, selector: string, property: string): Promise<string> {
  return app.page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

/** The app settings as stored in the user-data folder: the file electron-store writes. */
async function storedAppSettings(userDataDir: string): Promise<unknown> {
  const stored = JSON.parse(await readFile(path.join(userDataDir, 'config.json'), 'utf8')) as { app?: unknown };
  return stored.app ?? {};
}

const rootTheme = (app: LanyardApp) => app.page.locator('html').getAttribute('data-theme');

test('the theme switches the whole window, editor and preview included, and follows the system on “system”', async ({
  app,
  lanyard,
}) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  await expect.poll(() => rootTheme(app)).toBe('light');
  const lightEditor = await computed(app, '.cm-editor', 'background-color');
  const lightPreview = await computed(app, '.preview', 'background-color');

  const dialog = await lanyard.openAppSettings();
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => rootTheme(app)).toBe('dark');
  await expect.poll(() => computed(app, '.cm-editor', 'background-color')).toBe('rgb(29, 30, 33)');
  expect(lightEditor).toBe('rgb(252, 251, 249)');
  await expect.poll(() => computed(app, '.preview', 'background-color')).not.toBe(lightPreview);
  await expect.poll(() => computed(app, 'body', 'color-scheme')).toBe('dark');

  await dialog.getByRole('radio', { name: 'Same as the system' }).check();
  await expect.poll(() => rootTheme(app)).toBe('light');
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => rootTheme(app), 'a system switch to dark is followed at once').toBe('dark');
  await dialog.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(() => rootTheme(app), 'an explicit choice wins over the system').toBe('light');
  await expect.poll(() => computed(app, '.cm-editor', 'background-color')).toBe(lightEditor);
});

test('font, text size and line width apply to the open editor as they are chosen; a bad size is explained, not saved', async ({
  app,
  lanyard,
}) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  await expect.poll(() => computed(app, '.cm-content', 'font-size')).toBe('16px');

  const dialog = await lanyard.openAppSettings();
  const size = dialog.getByRole('textbox', { name: 'Text size' });
  await size.fill('22');
  await expect.poll(() => computed(app, '.cm-content', 'font-size')).toBe('22px');
  await size.fill('300');
  await size.press('Tab');
  await expect(dialog.getByRole('alert')).toHaveText('Enter a whole number from 10 to 32.');
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => computed(app, '.cm-content', 'font-size'), 'the last good size stays').toBe('22px');

  await dialog.getByRole('combobox', { name: 'Editor font' }).selectOption({ label: 'Monospace' });
  await expect.poll(() => computed(app, '.cm-scroller', 'font-family')).toMatch(/monospace$/);

  // 72 characters (the default) to 60: the measure is in the editor font's own characters.
  const measure = async () => parseFloat(await computed(app, '.cm-content', 'max-width')) - 64;
  const wide = await measure();
  await dialog.getByRole('textbox', { name: 'Line width' }).fill('60');
  await expect.poll(async () => Math.round(((await measure()) / wide) * 72)).toBe(60);
  await dialog.getByRole('checkbox', { name: 'Lines as wide as the editor' }).check();
  await expect.poll(() => computed(app, '.cm-content', 'max-width')).toBe('none');
  await expect(dialog.getByRole('textbox', { name: 'Line width' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
});

test('settings survive a restart with the same user-data folder', async ({ lanyardBrowser }) => {
  const userDataDir = await freshTempDir('userdata');
  const site = await copySampleSite();
  try {
    let app = await openApp({ site, userDataDir, browser: lanyardBrowser });
    try {
      const lanyard = new LanyardPage(app.page);
      const dialog = await lanyard.openAppSettings();
      await dialog.getByRole('radio', { name: 'Dark' }).check();
      await dialog.getByRole('textbox', { name: 'Text size' }).fill('19');
      await dialog.getByRole('checkbox', { name: 'Check spelling as I type' }).uncheck();
      await dialog.getByRole('textbox', { name: 'Publish branch' }).fill('gh-pages');
      await dialog.getByRole('textbox', { name: 'Publish branch' }).press('Tab');
      await expect(dialog.getByRole('checkbox', { name: 'Check spelling as I type' })).not.toBeChecked();
      await expect
        .poll(() => storedAppSettings(userDataDir))
        .toMatchObject({ theme: 'dark', fontSize: 19, spellcheck: false, publishBranch: 'gh-pages' });
    } finally {
      await app.close();
    }

    app = await openApp({ site, userDataDir, browser: lanyardBrowser });
    try {
      const lanyard = new LanyardPage(app.page);
      await expect.poll(() => rootTheme(app)).toBe('dark');
      const post = await dayOnePost(site);
      await lanyard.openPost(post.title, titleLine(post));
      await expect.poll(() => computed(app, '.cm-content', 'font-size')).toBe('19px');
      await expect(lanyard.editor).toHaveAttribute('spellcheck', 'false');

      const dialog = await lanyard.openAppSettings();
      await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
      await expect(dialog.getByRole('textbox', { name: 'Text size' })).toHaveValue('19');
      await expect(dialog.getByRole('textbox', { name: 'Publish branch' })).toHaveValue('gh-pages');
      await dialog.getByRole('checkbox', { name: 'Check spelling as I type' }).check();
      await expect(lanyard.editor, 'spelling comes back on in the open editor').toHaveAttribute('spellcheck', 'true');
    } finally {
      await app.close();
    }
  } finally {
    await removeTempDir(userDataDir);
  }
});

test('photo defaults set for every site are what a site without its own settings uses', async ({ app, lanyard }) => {
  const dialog = await lanyard.openAppSettings();
  const edge = dialog.getByRole('spinbutton', { name: 'Longest edge (px)' });
  await edge.fill('1600');
  await dialog.getByRole('combobox', { name: 'Link as' }).selectOption('figure');
  await expect(dialog.getByRole('textbox', { name: /^Folder/ }), 'folders stay per site').toHaveCount(0);
  await expect
    .poll(() => storedAppSettings(app.userDataDir))
    .toMatchObject({ imageDefaults: { maxEdge: 1600, linkStyle: 'figure' } });
  await dialog.getByRole('button', { name: 'Done' }).click();

  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  await dropFiles(app.page, '.cm-content', [
    { name: 'keynote.jpg', type: 'image/jpeg', data: await largeJpegWithExif({ width: 2400, height: 1600 }) },
  ]);
  const photos = app.page.getByRole('dialog', { name: 'Add photos' });
  await photos.getByText('Photo settings for this site').click();
  await expect(photos.getByRole('spinbutton', { name: 'Longest edge (px)' })).toHaveValue('1600');
  await expect(photos.getByRole('combobox', { name: 'Link as' })).toHaveValue('figure');
  await photos.getByRole('textbox', { name: /Alt text/ }).fill('The keynote');
  await photos.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
  await lanyard.expectEditorToContain('<img src="/assets/images/keynote.jpg" alt="The keynote"');
  const image = lanyard.preview.getByRole('img', { name: 'The keynote' });
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1600);
});

test('the site’s own stylesheet styles the post in the preview, and nothing else in the window', async ({
  app,
  lanyard,
}) => {
  // A stray brace and page-wide rules: none of them may reach past the preview's content.
  await mkdir(path.join(app.site, 'assets', 'css'), { recursive: true });
  await writeFile(
    path.join(app.site, 'assets', 'css', 'main.css'),
    'p { color: rgb(1, 2, 3); } } body { background: rgb(255, 0, 0); } :root { --bg: red; } p { font-style: italic }',
  );
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const previewParagraph = '.preview-content p';
  const plainColour = await computed(app, previewParagraph, 'color');
  const bodyBackground = await computed(app, 'body', 'background-color');

  const dialog = await lanyard.openAppSettings();
  const use = dialog.getByRole('checkbox', { name: 'Use the site’s stylesheet in the preview' });
  await expect(dialog.getByText('assets/css/main.css')).toBeVisible();
  await use.check();
  await expect.poll(() => computed(app, previewParagraph, 'color')).toBe('rgb(1, 2, 3)');
  expect(await computed(app, previewParagraph, 'font-style')).toBe('italic');
  expect(await computed(app, 'body', 'background-color')).toBe(bodyBackground);
  expect(await computed(app, '.app-setting-hint', 'color')).not.toBe('rgb(1, 2, 3)');
  expect(await computed(app, '.app-setting-hint', 'font-style')).toBe('normal');

  await use.uncheck();
  await expect.poll(() => computed(app, previewParagraph, 'color')).toBe(plainColour);
});

test('Settings opens from Ctrl+, and from its menu command, and Escape gives the focus back', async ({
  app,
  lanyard,
}) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const before = await lanyard.editorText();
  await lanyard.editor.click();
  await lanyard.page.keyboard.press('Control+,');
  await expect(lanyard.appSettingsDialog).toBeVisible();
  await expect(lanyard.appSettingsDialog.getByRole('radio', { name: 'Same as the system' })).toBeFocused();
  await lanyard.page.keyboard.press('Escape');
  await expect(lanyard.appSettingsDialog).toBeHidden();
  await expect(lanyard.editor).toBeFocused();
  expect(await lanyard.editorText(), 'the key is the app’s, never typed into the post').toBe(before);

  await lanyard.menuCommand('app-settings');
  await expect(lanyard.appSettingsDialog).toBeVisible();
});

test('the Settings dialog has no serious or critical accessibility violations, light or dark', async ({
  app,
  lanyard,
}) => {
  // Reduced motion turns off the colour transitions, so axe sees the theme's colours, not a blend.
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await lanyard.openAppSettings();
  for (const theme of ['Light', 'Dark'] as const) {
    await lanyard.appSettingsDialog.getByRole('radio', { name: theme }).check();
    await expect.poll(() => rootTheme(app)).toBe(theme.toLowerCase());
    const results = await new AxeBuilder({ page: app.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(blocking, `axe on Settings (${theme})`).toEqual([]);
  }
});

test('Publish says so when the branch checked out is not the publish branch in Settings', async ({ app, lanyard }) => {
  const dialog = await lanyard.openAppSettings();
  await dialog.getByRole('textbox', { name: 'Publish branch' }).fill('gh-pages');
  await dialog.getByRole('textbox', { name: 'Publish branch' }).press('Tab');
  await expect.poll(() => storedAppSettings(app.userDataDir)).toMatchObject({ publishBranch: 'gh-pages' });
  await dialog.getByRole('button', { name: 'Done' }).click();

  await addBareRemote(app.site);
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const publish = await lanyard.openPublishDialog();
  await expect(publish).toContainText('Your settings publish to gh-pages, but main is checked out.');
});
