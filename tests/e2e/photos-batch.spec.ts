import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { largeJpegWithExif } from '../src/images/node/generate-photos';
import { dayOnePost, expect, test, titleLine } from './harness';
import { dropFiles, imagesOnDisk } from './support/photo-files';

test.describe.configure({ timeout: 90_000 });

/** A photo different from every other one (its size differs), so none is taken for a repeat. */
function photo(index: number): Promise<Buffer> {
  return largeJpegWithExif({ width: 3600 + index * 8, height: 2700, orientation: 1, gps: true });
}

test('a batch shows its progress and stops on Cancel: finished photos stay linked, nothing else is left', async ({
  app,
  lanyard,
}) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const files = await Promise.all(
    Array.from({ length: 12 }, async (_, index) => ({
      name: `crowd-${index + 1}.jpg`,
      type: 'image/jpeg',
      data: await photo(index),
    })),
  );
  await dropFiles(app.page, '.cm-content', files);
  await app.page.getByRole('dialog', { name: 'Add photos' }).getByRole('button', { name: 'Add 12 photos' }).click();

  const progress = app.page.getByRole('progressbar', { name: 'Importing photos' });
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThanOrEqual(2);
  await app.page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(progress).toBeHidden();

  const stored = await imagesOnDisk(app.site);
  const crowd = stored.filter((name) => name.startsWith('crowd-'));
  expect(crowd.length).toBeGreaterThanOrEqual(2);
  expect(crowd.length).toBeLessThan(12);
  expect(stored.filter((name) => name.startsWith('.'))).toEqual([]);
  const text = await lanyard.editorText();
  for (const name of crowd) expect(text).toContain(`(/assets/images/${name})`);
  expect(text.match(/\(\/assets\/images\/crowd-/g)).toHaveLength(crowd.length);
});

test.describe('Insert image…', () => {
  const chosen = path.join(os.tmpdir(), `lanyard-chosen-${process.pid}`, 'badge-desk.jpg');
  test.beforeAll(async () => {
    await mkdir(path.dirname(chosen), { recursive: true });
    await writeFile(chosen, await photo(0));
  });
  test.afterAll(() => rm(path.dirname(chosen), { recursive: true, force: true }));
  test.use({ appOptions: { dialogs: { chooseImages: [chosen] } } });

  test('imports what the native dialog picked, by token', async ({ app, lanyard }) => {
    const post = await dayOnePost(app.site);
    await lanyard.openPost(post.title, titleLine(post));
    await app.page.getByRole('button', { name: 'Insert image…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Add photos' });
    await dialog.getByRole('textbox', { name: /Alt text/ }).fill('The badge desk');
    await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
    await lanyard.expectEditorToContain('![The badge desk](/assets/images/badge-desk.jpg)');
    expect(await imagesOnDisk(app.site)).toContain('badge-desk.jpg');
  });
});

test('the image check lists missing images and offers to delete a photo the post stopped using', async ({
  app,
  lanyard,
}) => {
  const post = await dayOnePost(app.site);
  const original = await readFile(post.file, 'utf8');
  await writeFile(post.file, `${original}\n![Gone](/assets/images/not-there.jpg)\n`);
  await app.page.reload();
  await lanyard.openPost(post.title, 'not-there.jpg');
  await expect(app.page.getByRole('note').filter({ hasText: "doesn't exist" })).toContainText(
    '/assets/images/not-there.jpg',
  );

  await dropFiles(app.page, '.cm-content', [{ name: 'coffee-line.jpg', type: 'image/jpeg', data: await photo(3) }]);
  const dialog = app.page.getByRole('dialog', { name: 'Add photos' });
  await dialog.getByRole('textbox', { name: /Alt text/ }).fill('The coffee line');
  await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
  const link = '![The coffee line](/assets/images/coffee-line.jpg)';
  await lanyard.expectEditorToContain(link);
  await lanyard.replaceInEditor(link, '');
  await lanyard.expectSaved();

  const unused = app.page.getByRole('region', { name: 'Unused photos' });
  await expect(unused).toContainText('coffee-line.jpg');
  expect(await imagesOnDisk(app.site)).toContain('coffee-line.jpg');
  await unused.getByRole('button', { name: 'Delete…' }).click();
  await unused.getByRole('button', { name: 'Delete coffee-line.jpg for good' }).click();
  await expect.poll(() => imagesOnDisk(app.site)).not.toContain('coffee-line.jpg');
  await expect(unused).toBeHidden();
});
