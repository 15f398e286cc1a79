import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { largeJpegWithExif, pngScreenshot } from '../src/images/node/generate-photos';
import { dayOnePost, expect, test, titleLine } from './harness';
import { dropFiles, imagesOnDisk } from './support/photo-files';

test.describe.configure({ timeout: 60_000 });

test('a phone photo dropped on the editor is resized, stripped, linked and previewed', async ({ app, lanyard }) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const before = await imagesOnDisk(app.site);
  const photo = await largeJpegWithExif({
    width: 4000,
    height: 3000,
    orientation: 6,
    gps: true,
    make: 'Pear',
    model: 'Phone 15',
  });

  await dropFiles(app.page, '.cm-content', [{ name: 'riverside-stage.jpg', type: 'image/jpeg', data: photo }]);
  const dialog = app.page.getByRole('dialog', { name: 'Add photos' });
  await expect(dialog).toBeVisible();
  const alt = dialog.getByRole('textbox', { name: /Alt text/ });
  await expect(alt).toHaveValue('Riverside stage');
  await alt.fill('The stage by the river at dusk');
  await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();

  await lanyard.expectEditorToContain('![The stage by the river at dusk](/assets/images/riverside-stage.jpg)');
  const image = lanyard.preview.getByRole('img', { name: 'The stage by the river at dusk' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1500);

  const added = (await imagesOnDisk(app.site)).filter((name) => !before.includes(name));
  expect(added).toEqual(['riverside-stage.jpg']);
  const written = await readFile(path.join(app.site, 'assets', 'images', 'riverside-stage.jpg'));
  const meta = await sharp(written).metadata();
  // EXIF orientation 6 on a 4000×3000 landscape: upright it is portrait, then fit to 2000.
  expect([meta.width, meta.height]).toEqual([1500, 2000]);
  const exif = meta.exif ? exifReader(meta.exif) : null;
  expect(exif?.GPSInfo).toBeUndefined();
  expect(exif?.Image?.Make).toBeUndefined();

  await lanyard.expectSaved();
  expect(await readFile(post.file, 'utf8')).toContain('(/assets/images/riverside-stage.jpg)');
});

test('the same photo dropped twice is linked twice and stored once', async ({ app, lanyard }) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const photo = await largeJpegWithExif({ width: 1200, height: 900, orientation: 1, gps: true });
  for (let round = 0; round < 2; round++) {
    await dropFiles(app.page, '.cm-content', [{ name: 'hallway.jpg', type: 'image/jpeg', data: photo }]);
    const dialog = app.page.getByRole('dialog', { name: 'Add photos' });
    await dialog.getByRole('textbox', { name: /Alt text/ }).fill(`Hallway track ${round + 1}`);
    await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
    await lanyard.expectEditorToContain(`![Hallway track ${round + 1}](/assets/images/hallway.jpg)`);
  }
  expect((await imagesOnDisk(app.site)).filter((name) => name.startsWith('hallway'))).toEqual(['hallway.jpg']);
});

test('a file that is not a photo gets a clear message and nothing is written', async ({ app, lanyard }) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const before = await imagesOnDisk(app.site);
  const text = await lanyard.editorText();
  await dropFiles(app.page, '.cm-content', [
    { name: 'notes.jpg', type: 'image/jpeg', data: Buffer.from('these are my notes, not a photo') },
  ]);
  const dialog = app.page.getByRole('dialog', { name: 'Add photos' });
  await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
  await expect(lanyard.alerts.filter({ hasText: 'notes.jpg' })).toContainText(/isn’t a photo|isn't a photo/);
  expect(await imagesOnDisk(app.site)).toEqual(before);
  expect(await lanyard.editorText()).toBe(text);
});

test('a pasted screenshot and a photo dropped on the preview are imported too', async ({ app, lanyard }) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const screenshot = await pngScreenshot(900, 600);
  await lanyard.editor.click();
  await app.page.locator('.cm-content').evaluate((target, base64) => {
    const transfer = new DataTransfer();
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    transfer.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, screenshot.toString('base64'));
  let dialog = app.page.getByRole('dialog', { name: 'Add photos' });
  await dialog.getByRole('textbox', { name: /Alt text/ }).fill('The schedule app');
  await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
  await lanyard.expectEditorToContain('![The schedule app](/assets/images/');
  const pasted = (await lanyard.editorText()).match(/!\[The schedule app\]\(\/assets\/images\/([^)]+)\)/)?.[1] ?? '';
  expect(pasted).toMatch(/\.png$/);

  await dropFiles(app.page, '.preview-drop', [
    { name: 'closing-party.jpg', type: 'image/jpeg', data: await largeJpegWithExif({ width: 800, height: 600 }) },
  ]);
  dialog = app.page.getByRole('dialog', { name: 'Add photos' });
  await dialog.getByRole('textbox', { name: /Alt text/ }).fill('The closing party');
  await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
  await lanyard.expectEditorToContain('![The closing party](/assets/images/closing-party.jpg)');
  await expect(lanyard.preview.getByRole('img', { name: 'The closing party' })).toBeVisible();
});

test('the site’s photo settings link as a figure with its caption, and are remembered', async ({ app, lanyard }) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const drop = async (name: string) =>
    dropFiles(app.page, '.cm-content', [
      { name, type: 'image/jpeg', data: await largeJpegWithExif({ width: 640 + name.length, height: 480 }) },
    ]);
  await drop('lightning-talks.jpg');
  let dialog = app.page.getByRole('dialog', { name: 'Add photos' });
  await dialog.getByText('Photo settings for this site').click();
  await expect(dialog.getByRole('checkbox', { name: 'Keep the location (GPS)' })).not.toBeChecked();
  await dialog.getByRole('combobox', { name: 'Link as' }).selectOption('figure');
  await dialog.getByRole('textbox', { name: /Alt text/ }).fill('Speakers lined up');
  await dialog.getByRole('textbox', { name: /Caption/ }).fill('Five minutes each, no slides over.');
  await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
  await lanyard.expectEditorToContain('<figcaption>Five minutes each, no slides over.</figcaption>');
  await lanyard.expectEditorToContain('<img src="/assets/images/lightning-talks.jpg" alt="Speakers lined up">');

  await drop('after-party.jpg');
  dialog = app.page.getByRole('dialog', { name: 'Add photos' });
  await dialog.getByText('Photo settings for this site').click();
  await expect(dialog.getByRole('combobox', { name: 'Link as' })).toHaveValue('figure');
});

test.describe('on a Hugo site', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern
    site: async ({}, use) => {
      const root = await mkdtemp(path.join(os.tmpdir(), 'lanyard-hugo-'));
      await writeFile(path.join(root, 'hugo.toml'), 'title = "Hugo Trip"\ntimeZone = "Asia/Tokyo"\n');
      await mkdir(path.join(root, 'content', 'posts'), { recursive: true });
      await writeFile(
        path.join(root, 'content', 'posts', 'day-1.md'),
        '---\ntitle: Tokyo Day 1\ndate: 2026-03-14T09:00:00+09:00\n---\n\nArrived.\n',
      );
      await use(root);
      await rm(root, { recursive: true, force: true });
    },
  });

  test('a dropped photo goes to static/images and shows from its public URL', async ({ app, lanyard }) => {
    await lanyard.openPost('Tokyo Day 1', 'Arrived.');
    await dropFiles(app.page, '.cm-content', [
      {
        name: 'shibuya-crossing.jpg',
        type: 'image/jpeg',
        data: await largeJpegWithExif({ width: 2400, height: 1600 }),
      },
    ]);
    const dialog = app.page.getByRole('dialog', { name: 'Add photos' });
    await dialog.getByRole('textbox', { name: /Alt text/ }).fill('Shibuya crossing at night');
    await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
    await lanyard.expectEditorToContain('![Shibuya crossing at night](/images/shibuya-crossing.jpg)');
    const image = lanyard.preview.getByRole('img', { name: 'Shibuya crossing at night' });
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(2000);
    const meta = await sharp(
      await readFile(path.join(app.site, 'static', 'images', 'shibuya-crossing.jpg')),
    ).metadata();
    expect([meta.width, meta.height]).toEqual([2000, 1333]);
  });

  test('where Hugo drops raw HTML, HTML link styles are disabled with why and photos link with Markdown', async ({
    app,
    lanyard,
  }) => {
    const config = path.join(app.site, 'hugo.toml');
    await writeFile(config, 'title = "Hugo Trip"\n[markup.goldmark.renderer]\nunsafe = true\n');
    await lanyard.openPost('Tokyo Day 1', 'Arrived.');
    const add = async (name: string, alt: string, caption: string) => {
      await dropFiles(app.page, '.cm-content', [
        { name, type: 'image/jpeg', data: await largeJpegWithExif({ width: 600 + name.length, height: 400 }) },
      ]);
      const dialog = app.page.getByRole('dialog', { name: 'Add photos' });
      await dialog.getByText('Photo settings for this site').click();
      await dialog.getByRole('textbox', { name: /Alt text/ }).fill(alt);
      await dialog.getByRole('textbox', { name: /Caption/ }).fill(caption);
      return dialog;
    };

    let dialog = await add('tokyo-tower.jpg', 'Tokyo Tower', 'Lit up orange.');
    await dialog.getByRole('combobox', { name: 'Link as' }).selectOption('figure');
    await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
    await lanyard.expectEditorToContain('<img src="/images/tokyo-tower.jpg" alt="Tokyo Tower">');

    await writeFile(config, 'title = "Hugo Trip"\n');
    dialog = await add('senso-ji.jpg', 'Senso-ji gate', 'The big lantern.');
    const linkAs = dialog.getByRole('combobox', { name: 'Link as' });
    await expect(linkAs).toHaveValue('markdown');
    await expect(linkAs.getByRole('option', { name: '<figure> with caption' })).toBeDisabled();
    await expect(dialog).toContainText('unless hugo.toml sets markup.goldmark.renderer.unsafe to true.');
    await expect(dialog.getByRole('textbox', { name: /^Folder/ })).toHaveAttribute('placeholder', 'static/images');
    await dialog.getByRole('button', { name: /^Add (1 )?photo$/ }).click();
    await lanyard.expectEditorToContain('![Senso-ji gate](/images/senso-ji.jpg)\n*The big lantern.*');
    await expect(
      lanyard.alerts.filter({ hasText: 'Photos are linked with Markdown here, not as <figure>' }),
    ).toHaveCount(1);
  });
});
