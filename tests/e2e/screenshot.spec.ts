import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, readDiskPosts, test, titleLine } from './harness';
import { repoRoot } from './support/paths';

// `npm run screenshot` refreshes the README's picture; a plain test run writes beside the other
// test output so that `npm test` never dirties the working tree.
const screenshotFile = process.env.LANYARD_UPDATE_SCREENSHOT
  ? path.join(repoRoot, 'docs', 'screenshot.png')
  : path.join(repoRoot, 'test-results', 'screenshot.png');
const viewport = { width: 1400, height: 860 };

test.use({ appOptions: { viewport } });

test('takes the README screenshot of a post with its image in the preview', async ({ app, lanyard }) => {
  const posts = await readDiskPosts(app.site);
  const post = posts.find((candidate) => /!\[[^\]]*\]\(|<img\b/i.test(candidate.text));
  if (!post) throw new Error('no sample post shows an image');
  await lanyard.openPost(post.title, titleLine(post));
  await lanyard.expectSaved();

  const image = lanyard.preview.locator('img').first();
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0)))
    .toBeGreaterThan(0);
  await app.page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(Array.from(document.images, (element) => element.decode().catch(() => undefined)));
  });
  // Nothing hovered, nothing focused, the editor scrolled to the top: the same picture every run.
  await app.page.mouse.move(0, viewport.height - 1);
  await lanyard.editor.evaluate((element) => (element as HTMLElement).blur());
  await lanyard.editor.evaluate((element) => element.closest('.cm-scroller')?.scrollTo(0, 0));
  await lanyard.preview.evaluate((element) => {
    for (const scroller of [element, ...Array.from(element.querySelectorAll('*'))]) scroller.scrollTo(0, 0);
  });
  await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  await mkdir(path.dirname(screenshotFile), { recursive: true });
  await app.page.screenshot({ path: screenshotFile, animations: 'disabled', caret: 'hide' });
  const png = await readFile(screenshotFile);
  expect(png.readUInt32BE(16)).toBe(viewport.width);
  expect(png.readUInt32BE(20)).toBe(viewport.height);
});
