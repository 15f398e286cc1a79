import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, readDiskPosts, test, titleLine } from './harness';

function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('the post list shows the sample posts by title, newest first', async ({ app, lanyard }) => {
  const posts = await readDiskPosts(app.site);
  expect(posts.length, 'the sample blog has several posts').toBeGreaterThanOrEqual(2);
  for (const post of posts) await expect(lanyard.post(post.title)).toBeVisible();
  expect(await lanyard.inVisualOrder(posts.map((post) => lanyard.post(post.title)))).toBe(true);
});

test('typing is previewed, autosaved to disk, and still there after a reload', async ({ app, lanyard }) => {
  const [post] = await readDiskPosts(app.site);
  if (!post) throw new Error('the sample blog has no posts');
  await lanyard.openPost(post.title, titleLine(post));
  const sentence = 'Quokkas queued politely for the keynote.';
  await expect(lanyard.preview).not.toContainText(sentence);

  await lanyard.typeAtEnd(`\n\n${sentence}`);
  await expect(lanyard.preview).toContainText(sentence);
  await lanyard.expectUnsaved();
  await lanyard.expectSaved();
  expect(await readFile(post.file, 'utf8')).toContain(sentence);

  await app.page.reload();
  await expect(lanyard.postList).toBeVisible();
  await lanyard.openPost(post.title, titleLine(post));
  await lanyard.expectEditorToContain(sentence);
});

test('the status bar word count follows the typing', async ({ app, lanyard }) => {
  const [post] = await readDiskPosts(app.site);
  if (!post) throw new Error('the sample blog has no posts');
  await lanyard.openPost(post.title, titleLine(post));
  await expect.poll(() => lanyard.wordCount()).toBeGreaterThan(0);
  const before = await lanyard.wordCount();
  await lanyard.typeAtEnd('\n\nalpha beta gamma');
  await expect.poll(() => lanyard.wordCount()).toBe(before + 3);
});

test('New post creates _posts/YYYY-MM-DD-slug.md', async ({ app, lanyard }) => {
  const folder = path.join(app.site, '_posts');
  const before = new Set(await readdir(folder));
  const today = localDate(new Date());
  await lanyard.createPost('Badge pickup at dawn');
  const added = async () => (await readdir(folder)).filter((name) => !before.has(name));
  await expect.poll(added).toHaveLength(1);
  const [name] = await added();
  expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
  expect([today, localDate(new Date())]).toContain(name?.slice(0, 10));
  const text = await readFile(path.join(folder, name ?? ''), 'utf8');
  expect(text).toMatch(/^---\r?\n[\s\S]*\btitle:/);
});

test('the sample image is shown in the preview from the asset URL', async ({ app, lanyard }) => {
  const posts = await readDiskPosts(app.site);
  const post = posts.find((candidate) => /!\[[^\]]*\]\(|<img\b/i.test(candidate.text));
  if (!post) throw new Error('no sample post shows an image');
  await lanyard.openPost(post.title, titleLine(post));
  const image = lanyard.preview.locator('img').first();
  await expect(image).toHaveAttribute('src', new RegExp(`^${app.assetBaseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0)))
    .toBeGreaterThan(0);
});
