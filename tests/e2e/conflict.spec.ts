import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type DiskPost, type LanyardPage } from './harness';
import { autosaveWindow, openNewestPost, withLine } from './support/open-newest-post';

const mine = 'Mine: typed in Lanyard during the closing party.';
const theirs = 'Theirs: written by another program.';

// Each test deliberately waits out autosave once or twice on top of opening the app.
test.describe.configure({ timeout: 60_000 });

/** Types, then edits the file from outside before autosave fires; the conflict bar must appear. */
async function makeConflict(site: string, lanyard: LanyardPage): Promise<{ post: DiskPost; theirText: string }> {
  const post = await openNewestPost(site, lanyard);
  await lanyard.typeAtEnd(`\n\n${mine}`);
  const theirText = withLine(post.text, theirs);
  await writeFile(post.file, theirText);
  await expect(lanyard.conflictButton('Keep mine')).toBeVisible();
  await expect(lanyard.conflictButton('Reload theirs')).toBeVisible();
  await expect(lanyard.conflictButton('Show both')).toBeVisible();
  expect(await readFile(post.file, 'utf8'), 'the outside edit is not overwritten').toBe(theirText);
  await lanyard.page.waitForTimeout(autosaveWindow);
  expect(await readFile(post.file, 'utf8'), 'autosave waits for the writer to decide').toBe(theirText);
  return { post, theirText };
}

test('a post changed on disk with no local edits shows the new text', async ({ app, lanyard }) => {
  const post = await openNewestPost(app.site, lanyard);
  const theirText = withLine(post.text, theirs);
  await writeFile(post.file, theirText);
  await lanyard.expectEditorToContain(theirs);
  await expect(lanyard.conflictButton('Keep mine')).toBeHidden();
  await lanyard.page.waitForTimeout(autosaveWindow);
  expect(await readFile(post.file, 'utf8')).toBe(theirText);
});

test('"Keep mine" writes the editor text over the outside edit', async ({ app, lanyard }) => {
  const { post } = await makeConflict(app.site, lanyard);
  await lanyard.conflictButton('Keep mine').click();
  await expect(lanyard.conflictButton('Keep mine')).toBeHidden();
  await expect.poll(() => readFile(post.file, 'utf8')).toContain(mine);
  await lanyard.expectSaved();
  const disk = await readFile(post.file, 'utf8');
  expect(disk).not.toContain(theirs);
  expect(disk).toBe(await lanyard.editorText());
});

test('"Reload theirs" shows the disk text and leaves the file alone', async ({ app, lanyard }) => {
  const { post, theirText } = await makeConflict(app.site, lanyard);
  await lanyard.conflictButton('Reload theirs').click();
  await expect(lanyard.conflictButton('Reload theirs')).toBeHidden();
  await lanyard.expectEditorToContain(theirs);
  await lanyard.expectEditorToContain(mine, { not: true });
  await lanyard.page.waitForTimeout(autosaveWindow);
  expect(await readFile(post.file, 'utf8')).toBe(theirText);
  await lanyard.expectSaved();
});
