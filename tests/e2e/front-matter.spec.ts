import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { dayOnePost, expect, test, titleLine } from './harness';

function frontMatterForm(page: Page): Locator {
  return page.getByRole('region', { name: 'Front matter' });
}

/** Replaces whole lines of a text, failing loudly when one is missing. */
function withLines(text: string, replacements: Record<string, string>): string {
  let result = text;
  for (const [line, replacement] of Object.entries(replacements)) {
    if (!result.includes(`\n${line}\n`)) throw new Error(`the sample post has no line ${line}`);
    result = result.replace(`\n${line}\n`, `\n${replacement}\n`);
  }
  return result;
}

test('title and tags edited in the form change only their lines, on screen and on disk', async ({ app, lanyard }) => {
  const post = await dayOnePost(app.site);
  const before = await readFile(post.file, 'utf8');
  const { mtimeMs } = await stat(post.file);
  await lanyard.openPost(post.title, titleLine(post));
  const form = frontMatterForm(app.page);
  // Showing the form changes nothing: the text is the file's, and the file is not rewritten.
  await expect(form.getByRole('switch', { name: 'Featured' })).toBeChecked();
  expect(await lanyard.editorText()).toBe(before);
  await app.page.keyboard.press('Control+s');
  await lanyard.expectSaved();
  expect((await stat(post.file)).mtimeMs).toBe(mtimeMs);

  await form
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('DevSummit Lisbon 2026, Day 1: Rain on the River');
  const tags = form.getByRole('combobox', { name: 'Tags' });
  await tags.fill('riverside');
  await tags.press('Enter');
  await form.getByRole('button', { name: 'Remove keynote' }).click();

  const expected = withLines(before, {
    'title: "DevSummit Lisbon 2026, Day 1: Keynotes by the River"':
      'title: "DevSummit Lisbon 2026, Day 1: Rain on the River"',
    'tags: [devsummit, lisbon, keynote]': 'tags: [devsummit, lisbon, riverside]',
  });
  await expect.poll(() => lanyard.editorText()).toBe(expected);
  await app.page.keyboard.press('Control+s');
  await lanyard.expectSaved();
  expect(Buffer.compare(await readFile(post.file), Buffer.from(expected, 'utf8'))).toBe(0);
});

test('YAML typed in the editor shows in the form, and a form edit is one undo step', async ({ app, lanyard }) => {
  const post = await dayOnePost(app.site);
  const before = await readFile(post.file, 'utf8');
  await lanyard.openPost(post.title, titleLine(post));
  const form = frontMatterForm(app.page);
  const featured = form.getByRole('switch', { name: 'Featured' });
  await expect(featured).toBeChecked();

  await lanyard.replaceInEditor('featured: true', 'featured: false');
  await expect(featured).not.toBeChecked();
  await lanyard.replaceInEditor('featured: false', 'featured: true');
  await expect(featured).toBeChecked();

  const title = form.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('Day one, retold');
  await expect.poll(() => lanyard.editorText()).toContain('title: "Day one, retold"');
  await lanyard.editor.click();
  await app.page.keyboard.press('Control+z');
  await expect.poll(() => lanyard.editorText()).toBe(before);
  await expect(title).toHaveValue(post.title);
});

test('broken YAML turns the form read-only with the parser’s line; the text stays editable', async ({
  app,
  lanyard,
}) => {
  const post = await dayOnePost(app.site);
  const broken = (await readFile(post.file, 'utf8')).replace(
    'tags: [devsummit, lisbon, keynote]',
    'tags: [devsummit, lisbon',
  );
  await writeFile(post.file, broken);
  await app.page.reload();
  await lanyard.openPost(post.title, 'tags: [devsummit, lisbon');
  const form = frontMatterForm(app.page);
  await expect(form.getByRole('note').filter({ hasText: 'The front matter doesn’t parse' })).toContainText('line');
  await expect(form.getByRole('textbox')).toHaveCount(0);

  await lanyard.typeAtEnd('\n\nStill writing.');
  await lanyard.expectSaved();
  expect(await readFile(post.file, 'utf8')).toBe(`${broken}\n\nStill writing.`);
});

test('a retitled new post offers to rename its file, keeping the date prefix', async ({ app, lanyard }) => {
  await lanyard.createPost('Badge pickup at dawn');
  const folder = path.join(app.site, '_posts');
  const newFile = async () => (await readdir(folder)).find((name) => name.endsWith('badge-pickup-at-dawn.md'));
  await expect.poll(newFile).toBeTruthy();
  const created = (await newFile()) ?? '';
  const form = frontMatterForm(app.page);
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Badge pickup before sunrise');

  const offer = form.getByRole('group', { name: 'Rename the file' });
  const renamed = `${created.slice(0, 11)}badge-pickup-before-sunrise.md`;
  await expect(offer).toContainText(renamed);
  await offer.getByRole('button', { name: 'Rename file' }).click();
  await expect(offer).toBeHidden();
  await expect.poll(async () => (await readdir(folder)).includes(renamed)).toBe(true);
  expect(await readdir(folder)).not.toContain(created);
  expect(await readFile(path.join(folder, renamed), 'utf8')).toContain('title: "Badge pickup before sunrise"');

  await lanyard.typeAtEnd('\n\nQueue at 7:10.');
  await lanyard.expectSaved();
  expect(await readFile(path.join(folder, renamed), 'utf8')).toContain('Queue at 7:10.');
  expect(await readdir(folder)).not.toContain(created);
});

test('a post already in git history gets no rename offer that would silently change its URL', async ({
  app,
  lanyard,
}) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  const form = frontMatterForm(app.page);
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Day one, renamed');
  await expect(form.getByRole('group', { name: 'Rename the file' })).toContainText('its URL would change');
});
