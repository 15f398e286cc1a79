import { dayOnePost, expect, git, test, titleLine } from './harness';
import { addBareRemote, newestSubject } from './support/bare-remote';

test.describe.configure({ timeout: 60_000 });

/** Git runs for real; on a busy two-core machine a publish can take a while. */
const gitDone = { timeout: 30_000 };

test('a post is opened, edited, saved and published to the remote with the keyboard alone', async ({
  app,
  lanyard,
}) => {
  const { page } = lanyard;
  const bare = await addBareRemote(app.site);
  const post = await dayOnePost(app.site);
  await page.evaluate(() => {
    const seen = { pointer: 0 };
    (window as unknown as { __pointerEvents: typeof seen }).__pointerEvents = seen;
    window.addEventListener('pointerdown', () => seen.pointer++, true);
  });

  // Open the post: Tab to it in the list, Enter.
  await lanyard.tabTo(lanyard.post(post.title), { most: 60 });
  await page.keyboard.press('Enter');
  await lanyard.expectEditorToContain(titleLine(post));

  // Into the text, past the front matter fields, and write at the end.
  await lanyard.tabTo(lanyard.editor, { most: 80 });
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nWritten and published without touching the mouse.');
  await page.keyboard.press('Control+S');
  await lanyard.expectSaved();

  // Publish: its key opens the dialog; once the repository is read, focus is on its Publish
  // button, so Enter publishes.
  await page.keyboard.press('Control+Alt+P');
  await expect(lanyard.publishDialog).toBeVisible();
  await expect(lanyard.publishDialog.getByText('Reading the repository…')).toBeHidden();
  const publish = lanyard.publishDialog.getByRole('button', { name: 'Publish', exact: true });
  await expect(publish).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lanyard.publishDialog.getByRole('heading', { name: 'Published' })).toBeVisible(gitDone);

  expect(await newestSubject(bare)).toBe(`Update: ${post.title}`);
  expect(await git(bare, ['--git-dir', bare, 'show', `main:${post.id}`])).toContain(
    'Written and published without touching the mouse.',
  );
  expect((await git(bare, ['--git-dir', bare, 'rev-parse', 'main'])).trim()).toBe(
    (await git(app.site, ['rev-parse', 'HEAD'])).trim(),
  );

  await page.keyboard.press('Escape');
  await expect(lanyard.publishDialog).toBeHidden();
  const pointer = await page.evaluate(
    () => (window as unknown as { __pointerEvents: { pointer: number } }).__pointerEvents,
  );
  expect(pointer.pointer, 'no pointer event reached the page').toBe(0);
});
