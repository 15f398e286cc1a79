import { access, readFile, rm, writeFile } from 'node:fs/promises';
import { expect, readDiskPosts, test, titleLine, type DiskPost, type LanyardPage } from '../harness';
import { autosaveWindow, openNewestPost, withLine } from '../support/open-newest-post';
import { recordCasesAsFigure } from './support/cases-figure';

/**
 * Issue 9, "Nothing lost": a post changed or deleted on disk while open. Unedited, it follows the
 * disk; edited, the writer chooses and nothing is overwritten or recreated silently. The cases
 * `conflict.spec.ts` covers (clean reload, Keep mine, Reload theirs) are not repeated here.
 */

const mine = 'Mine: typed in Lanyard at the venue.';
const theirs = 'Theirs: written by a sync client.';

recordCasesAsFigure(test, {
  area: 'Nothing lost',
  what: 'outside edits: a post changed or deleted on disk while open, clean or edited in Lanyard (the three-way cases)',
  failure: 'a version overwritten or deleted without the writer choosing',
});

test.describe.configure({ timeout: 60_000 });

/** Opens the newest post and types a line of the writer's own, left unsaved. */
async function openAndType(site: string, lanyard: LanyardPage): Promise<DiskPost> {
  const post = await openNewestPost(site, lanyard);
  await lanyard.typeAtEnd(`\n\n${mine}`);
  return post;
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function deletedBar(lanyard: LanyardPage) {
  return lanyard.alerts.filter({ hasText: 'This post was deleted outside Lanyard.' });
}

test('"Show both" puts the disk’s version beside the writer’s, and neither is written until they choose', async ({
  app,
  lanyard,
}) => {
  const post = await openAndType(app.site, lanyard);
  const theirText = withLine(post.text, theirs);
  await writeFile(post.file, theirText);
  await lanyard.conflictButton('Show both').click();

  const onDisk = lanyard.page.getByRole('region', { name: 'Version on disk' });
  await expect(onDisk).toContainText(theirs);
  await expect(lanyard.conflictButton('Show both')).toHaveAttribute('aria-pressed', 'true');
  await lanyard.expectEditorToContain(mine);
  await lanyard.page.waitForTimeout(autosaveWindow);
  expect(await readFile(post.file, 'utf8'), 'comparing writes nothing').toBe(theirText);

  await lanyard.conflictButton('Keep mine').click();
  await expect(onDisk).toBeHidden();
  await lanyard.expectSaved();
  expect(await readFile(post.file, 'utf8')).toBe(await lanyard.editorText());
});

test('a post deleted on disk with no local edits closes and leaves the list', async ({ app, lanyard }) => {
  const post = await openNewestPost(app.site, lanyard);
  await rm(post.file);
  await expect(lanyard.editor).toBeHidden();
  await expect(lanyard.post(post.title)).toBeHidden();
  await lanyard.page.waitForTimeout(autosaveWindow);
  expect(await exists(post.file), 'a deleted post is not recreated').toBe(false);
});

test('a post deleted on disk under unsaved edits keeps the text, and "Keep mine" writes it back', async ({
  app,
  lanyard,
}) => {
  const post = await openAndType(app.site, lanyard);
  await rm(post.file);
  await expect(deletedBar(lanyard)).toBeVisible();
  await expect(lanyard.conflictButton('Reload theirs')).toBeHidden();
  await lanyard.expectEditorToContain(mine);
  await lanyard.page.waitForTimeout(autosaveWindow);
  expect(await exists(post.file), 'autosave does not recreate the file on its own').toBe(false);

  await lanyard.conflictButton('Keep mine').click();
  await expect(deletedBar(lanyard)).toBeHidden();
  await expect.poll(() => exists(post.file)).toBe(true);
  await lanyard.expectSaved();
  expect(await readFile(post.file, 'utf8')).toBe(await lanyard.editorText());
  expect(await readFile(post.file, 'utf8')).toContain(mine);
});

test('a post deleted on disk under unsaved edits stays deleted when the writer lets the edits go', async ({
  app,
  lanyard,
}) => {
  const post = await openAndType(app.site, lanyard);
  await rm(post.file);
  await lanyard.page.getByRole('button', { name: 'Close without saving', exact: true }).click();
  await expect(deletedBar(lanyard)).toBeHidden();
  await expect(lanyard.editor).toBeHidden();
  await lanyard.page.waitForTimeout(autosaveWindow);
  expect(await exists(post.file)).toBe(false);
});

test('the same change made on disk and in Lanyard is no conflict', async ({ app, lanyard }) => {
  const post = await openAndType(app.site, lanyard);
  const both = await lanyard.editorText();
  await writeFile(post.file, both);
  await lanyard.expectSaved();
  await expect(lanyard.conflictButton('Keep mine')).toBeHidden();
  await lanyard.page.waitForTimeout(autosaveWindow);
  await expect(lanyard.conflictButton('Keep mine')).toBeHidden();
  expect(await readFile(post.file, 'utf8')).toBe(both);
  expect(await lanyard.editorText()).toBe(both);
});

test('a post edited, saved and left follows an outside edit when the writer comes back to it', async ({
  app,
  lanyard,
}) => {
  const [newest, older] = await readDiskPosts(app.site);
  if (!newest || !older) throw new Error('the sample blog needs two posts');
  await lanyard.openPost(older.title, titleLine(older));
  await lanyard.typeAtEnd(`\n\n${mine}`);
  await lanyard.openPost(newest.title, titleLine(newest));
  await expect.poll(() => readFile(older.file, 'utf8'), { message: 'switching saves the edit' }).toContain(mine);
  const theirText = withLine(await readFile(older.file, 'utf8'), theirs);
  await writeFile(older.file, theirText);
  await lanyard.post(older.title).click();
  await lanyard.expectEditorToContain(theirs);
  await expect(lanyard.conflictButton('Keep mine')).toBeHidden();
  await lanyard.page.waitForTimeout(autosaveWindow);
  expect(await readFile(older.file, 'utf8')).toBe(theirText);
});
