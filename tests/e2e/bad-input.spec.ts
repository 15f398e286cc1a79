import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, readDiskPosts, test, titleLine, type DiskPost } from './harness';

/** Longer than Lanyard's ~1 s autosave delay: enough for a silent write to show. */
const autosaveWindow = 2_000;

test.describe.configure({ timeout: 60_000 });

async function newestPost(site: string): Promise<DiskPost> {
  const [post] = await readDiskPosts(site);
  if (!post) throw new Error('the sample blog has no posts');
  return post;
}

test('a post whose front matter does not parse opens editable and saves exactly the editor text', async ({
  app,
  lanyard,
}) => {
  const original = '---\ntitle: "unclosed\ntags: [a\n---\n\nBody text\n';
  const file = path.join(app.site, '_posts', '2026-07-01-broken-badge.md');
  await writeFile(file, original);
  // Its title is whatever the broken YAML yields; the list flags it with the problem as tooltip.
  const post = lanyard.postList.getByTitle(/front matter has a problem on line \d+/);
  await expect(post).toHaveCount(1);
  await post.click();
  await lanyard.expectEditorToContain('Body text');

  const note = app.page.getByRole('note').filter({ hasText: 'The front matter doesn’t parse' });
  await expect(note).toBeVisible();
  await expect(note, 'the parser’s message comes with its line number').toContainText(/\(line \d+\): \S/);

  const word = 'Zeppelin';
  await lanyard.typeAtEnd(word);
  await lanyard.expectEditorToContain(word);
  await lanyard.expectSaved();
  const expected = `${original}${word}`;
  expect(await lanyard.editorText()).toBe(expected);
  expect(await readFile(file, 'utf8'), 'the broken front matter is written back untouched').toBe(expected);
});

test('binary and non-UTF-8 files are listed as unreadable, not opened, and never rewritten', async ({
  app,
  lanyard,
}) => {
  const folder = path.join(app.site, '_posts');
  const files = [
    {
      file: path.join(folder, '2026-01-01-photo.md'),
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x00, 0xff]),
    },
    { file: path.join(folder, '2026-01-02-latin.md'), bytes: Buffer.from('caf\xe9 au lait\n', 'latin1') },
  ];
  for (const { file, bytes } of files) await writeFile(file, bytes);

  for (const name of [/photo/i, /latin/i]) {
    const item = lanyard.postList.getByRole('button', { name });
    await expect(item).toHaveCount(1);
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toHaveAccessibleDescription(/Unreadable/);
    await expect(item, 'the tooltip says what is wrong').toHaveAttribute('title', /can.t open this post because/);
    await item.click({ force: true });
    await app.page.waitForTimeout(500);
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('No post open');
    await expect(lanyard.editor).toBeHidden();
  }

  await app.page.waitForTimeout(autosaveWindow);
  for (const { file, bytes } of files) expect((await readFile(file)).equals(bytes), `${file} is untouched`).toBe(true);
});

test('a read-only post opens with a note and cannot be changed', async ({ app, lanyard }) => {
  const post = await newestPost(app.site);
  await chmod(post.file, 0o444);
  const before = await readFile(post.file);

  await lanyard.openPost(post.title, titleLine(post));
  await expect(app.page.getByRole('note').filter({ hasText: 'This file is read-only on disk' })).toBeVisible();
  const shown = await lanyard.editorText();
  expect(shown).toBe(post.text);

  await lanyard.typeAtEnd('Should not land');
  await app.page.keyboard.press('Backspace');
  await app.page.waitForTimeout(autosaveWindow);
  expect(await lanyard.editorText()).toBe(shown);
  await expect(lanyard.statusBar).toContainText('Read-only');
  expect((await readFile(post.file)).equals(before), 'the read-only file is unchanged').toBe(true);
});

test.describe('the site folder vanishing', () => {
  test.use({
    appOptions: async ({ site }, use) => {
      await use({ dialogs: { chooseSavePath: path.join(path.dirname(site), 'rescued.md') } });
    },
  });

  test('keeps the unsaved text and offers to save it elsewhere', async ({ app, lanyard }) => {
    const post = await newestPost(app.site);
    const rescued = path.join(path.dirname(app.site), 'rescued.md');
    const away = `${app.site}-moved-away`;
    await lanyard.openPost(post.title, titleLine(post));

    const sentence = 'Typed just before the folder went away.';
    await lanyard.typeAtEnd(`\n\n${sentence}`);
    await rename(app.site, away);
    try {
      const banner = app.page.getByRole('alert').filter({ hasText: 'is gone' });
      await expect(banner).toBeVisible();
      await expect(banner).toContainText(app.site);
      await lanyard.expectEditorToContain(sentence);

      await banner.getByRole('button', { name: 'Save elsewhere…' }).click();
      await expect(banner).toContainText(`A copy was saved to ${rescued}`);
      const saved = await readFile(rescued, 'utf8');
      expect(saved).toContain(sentence);
      expect(saved).toBe(await lanyard.editorText());
    } finally {
      await rename(away, app.site);
    }
  });
});
