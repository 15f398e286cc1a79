import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dayOnePost, expect, test, titleLine } from './harness';
import { freshTempDir } from './support/temp-dirs';

/** A folder of Markdown no generator claims: a readme at the root and notes in a folder. */
async function plainFolder(): Promise<string> {
  const site = path.join(await freshTempDir('plain'), 'notebook');
  await mkdir(path.join(site, 'notes'), { recursive: true });
  await writeFile(path.join(site, 'README.md'), '# About these notes\n');
  await writeFile(path.join(site, 'notes', 'day-1.md'), '---\ntitle: Day one at the summit\n---\n\nKeynote.\n');
  return site;
}

const plainTest = test.extend({
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    await use(await plainFolder());
  },
});

plainTest(
  'a plain folder is laid out by the settings the writer saves, kept in the site',
  async ({ app, lanyard, site }) => {
    await expect(lanyard.post('About these notes')).toBeVisible();
    await app.page.getByRole('button', { name: 'notebook' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Site settings' });
    await expect(dialog).toContainText('kept in .lanyard/site.yml');
    await expect(dialog.getByRole('region', { name: 'Where Lanyard puts things' })).toContainText(
      'New posts go tothe site folder',
    );

    const posts = dialog.getByRole('textbox', { name: 'Posts folder' });
    const save = dialog.getByRole('button', { name: 'Save and reopen' });
    await expect(posts, 'focus is in the first field once the settings are loaded').toBeFocused();
    await posts.fill('../elsewhere');
    await expect(dialog.getByRole('alert'), 'no complaint while typing').toHaveCount(0);
    await posts.press('Tab');
    await expect(posts).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByRole('alert')).toHaveText(/^Posts folder: The folder must stay inside the site/);
    await expect(save).toBeDisabled();
    await posts.fill('notes');
    await dialog.getByRole('textbox', { name: 'Photos folder' }).fill('notes/media');
    await dialog.getByRole('textbox', { name: 'Post URL' }).fill('https://me.example.com/:slug/');
    await expect(save).toBeEnabled();
    await save.click();
    await expect(dialog).toBeHidden();

    await expect(lanyard.post('Day one at the summit')).toBeVisible();
    await expect(lanyard.post('About these notes'), 'only the posts folder is listed now').toHaveCount(0);
    const written = await readFile(path.join(site, '.lanyard', 'site.yml'), 'utf8');
    expect(written).toContain('posts: notes\n');
    expect(written).toContain('images: notes/media\n');
    expect(written).toContain('url: https://me.example.com/:slug/\n');

    await lanyard.menuCommand('site-settings');
    await expect(dialog.getByRole('textbox', { name: 'Posts folder' })).toHaveValue('notes');
    const layout = dialog.getByRole('region', { name: 'Where Lanyard puts things' });
    await expect(layout).toContainText('New posts go tonotes/');
    await expect(layout).toContainText('Photos go tonotes/media/, linked as /notes/media/photo.jpg');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await lanyard.createPost('Day two');
    await expect.poll(async () => (await readdir(path.join(site, 'notes'))).sort()).toEqual(['day-1.md', 'day-two.md']);
  },
);

test("a generator's site shows the layout read from its config, and offers no edits", async ({ app, lanyard }) => {
  await lanyard.menuCommand('site-settings');
  const dialog = app.page.getByRole('dialog', { name: 'Site settings' });
  await expect(dialog).toContainText('is a Jekyll site: Lanyard follows its config');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  const layout = dialog.getByRole('region', { name: 'Where Lanyard puts things' });
  await expect(layout).toContainText('Posts are listed from_posts/, _drafts/');
  await expect(layout).toContainText('Photos go toassets/images/');
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Site settings does not open over another dialog, such as Publish', async ({ app, lanyard }) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  await lanyard.openPublishDialog();
  await lanyard.menuCommand('site-settings');
  await expect(lanyard.page.getByRole('dialog')).toHaveCount(1);
  await expect(lanyard.page.getByRole('dialog', { name: 'Site settings' })).toHaveCount(0);
});
