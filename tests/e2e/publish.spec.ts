import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySampleSite, dayOnePost, expect, git, LanyardPage, openApp, test, titleLine } from './harness';
import { addBareRemote, newestSubject } from './support/bare-remote';
import { freshTempDir } from './support/temp-dirs';

test.describe.configure({ timeout: 60_000 });

const unreachable = 'http://127.0.0.1:9/blog.git';
/** Git runs for real; on a busy two-core machine a publish can take a while. */
const gitDone = { timeout: 30_000 };

/** Records every step the Publish dialog marks as current, however briefly. */
async function watchSteps(lanyard: LanyardPage): Promise<() => Promise<string[]>> {
  await lanyard.page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { __stepsSeen: Set<string> }).__stepsSeen = seen;
    new MutationObserver(() => {
      for (const step of document.querySelectorAll('[aria-current="step"]')) seen.add(step.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () => lanyard.page.evaluate(() => [...(window as unknown as { __stepsSeen: Set<string> }).__stepsSeen]);
}

async function siteStatus(site: string, file: string): Promise<string> {
  return git(site, ['status', '--porcelain', '--', file]);
}

test('Publish commits the edited post and the other changes ticked, pushes them and shows the commit', async ({
  app,
  lanyard,
}) => {
  const config = path.join(app.site, '_config.yml');
  await writeFile(config, `url: https://blog.example.com\n${await readFile(config, 'utf8')}`);
  await git(app.site, ['commit', '--quiet', '--all', '-m', 'Set the site URL']);
  const bare = await addBareRemote(app.site);
  await mkdir(path.join(app.site, '_data'));
  await writeFile(path.join(app.site, '_data', 'speakers.yml'), '- name: Marta Quintela\n');
  await writeFile(path.join(app.site, 'notes.txt'), 'not for the blog\n');
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  await lanyard.replaceInEditor('patient espresso machine', 'tireless espresso machine');

  const dialog = await lanyard.openPublishDialog();
  await expect(dialog).toContainText('main → origin');
  await expect(dialog.getByRole('region', { name: 'This post' })).toContainText(post.id);
  await expect(dialog).toContainText(`Update: ${post.title}`);
  const others = dialog.getByRole('group', { name: 'Other changes' });
  await expect(others.getByRole('checkbox', { name: /notes\.txt/ })).not.toBeChecked();
  await others.getByRole('checkbox', { name: /_data\/speakers\.yml/ }).check();
  const stepsSeen = await watchSteps(lanyard);
  await lanyard.publishFromDialog();

  await expect(dialog.getByRole('heading', { name: 'Published' })).toBeVisible(gitDone);
  const head = (await git(app.site, ['rev-parse', 'HEAD'])).trim();
  await expect(dialog).toContainText(`Commit ${head.slice(0, 7)}`);
  expect(await stepsSeen()).toEqual(expect.arrayContaining(['Commit', 'Push']));
  expect(await newestSubject(bare)).toBe(`Update: ${post.title}`);
  expect((await git(bare, ['--git-dir', bare, 'rev-parse', 'main'])).trim()).toBe(head);
  expect(await git(bare, ['--git-dir', bare, 'show', `main:${post.id}`])).toContain('tireless espresso machine');
  expect(await siteStatus(app.site, post.id)).toBe('');
  expect(await git(bare, ['--git-dir', bare, 'show', 'main:_data/speakers.yml'])).toContain('Marta Quintela');
  expect(await git(app.site, ['status', '--porcelain']), 'what was not ticked stays out').toBe('?? notes.txt\n');

  const link = dialog.getByRole('link', { name: /^https:\/\/blog\.example\.com\// });
  await expect(link).toHaveText(/devsummit-lisbon-day-1/);
  await link.click();
  expect(app.externalLinks).toEqual([await link.textContent()]);

  await dialog.getByRole('button', { name: 'Show log' }).click();
  await expect(dialog.getByRole('list', { name: 'Git commands Lanyard ran' })).toContainText(
    /git (-c \S+ )*push --progress/,
  );
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(lanyard.publishButton, 'focus goes back where it was').toBeFocused();
});

test('a post dated in the future is flagged before Publish, which still goes ahead', async ({ app, lanyard }) => {
  const bare = await addBareRemote(app.site);
  const post = await dayOnePost(app.site);
  await writeFile(post.file, post.text.replace(/^date: .*$/m, 'date: 2099-06-17 09:00:00 +0900'));
  await lanyard.openPost(post.title, titleLine(post));

  const dialog = await lanyard.openPublishDialog();
  const note = dialog.getByRole('note').filter({ hasText: 'Jekyll leaves posts dated in the future out' });
  await expect(note).toContainText('This post is dated 2099-06-17 09:00:00 +0900');
  await expect(note).toContainText('or set future: true in _config.yml.');
  await lanyard.publishFromDialog();

  await expect(dialog.getByRole('heading', { name: 'Published' })).toBeVisible(gitDone);
  expect(await git(bare, ['--git-dir', bare, 'show', `main:${post.id}`])).toContain('date: 2099-06-17 09:00:00 +0900');
});

test('offline, the commit is queued and pushed once the network is back', async ({ app, lanyard }) => {
  const bare = await addBareRemote(app.site);
  const before = await newestSubject(bare);
  await git(app.site, ['remote', 'set-url', 'origin', unreachable]);
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
  await lanyard.typeAtEnd('\n\nWritten on the train with no signal.');

  const dialog = await lanyard.openPublishDialog();
  await lanyard.publishFromDialog();
  await expect(dialog.getByRole('heading', { name: 'Queued' })).toBeVisible(gitDone);
  await expect(dialog).toContainText('Lanyard will retry automatically');
  await lanyard.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await expect(lanyard.queuedBadge(post.title)).toBeVisible();
  await expect(lanyard.statusBar).toContainText(/1 publish queued — retrying at \d/);
  expect(await newestSubject(bare)).toBe(before);
  expect(await siteStatus(app.site, post.id), 'the commit is made locally').toBe('');

  await git(app.site, ['remote', 'set-url', 'origin', bare]);
  await lanyard.page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(lanyard.queuedBadge(post.title)).toBeHidden(gitDone);
  await expect(lanyard.statusBar).not.toContainText('queued');
  expect(await newestSubject(bare)).toBe(`Update: ${post.title}`);
  expect(await git(bare, ['--git-dir', bare, 'show', `main:${post.id}`])).toContain('Written on the train');
});

test('a conflict with the remote lists the post and can be published keeping my version', async ({ app, lanyard }) => {
  const bare = await addBareRemote(app.site);
  const post = await dayOnePost(app.site);
  const other = path.join(path.dirname(app.site), 'other-clone');
  await git(path.dirname(app.site), ['clone', '--quiet', bare, other]);
  const theirFile = path.join(other, post.id);
  await writeFile(theirFile, (await readFile(theirFile, 'utf8')).replace('opened at eight', 'opened at nine (theirs)'));
  await git(other, ['commit', '--quiet', '--all', '-m', 'Their edit']);
  await git(other, ['push', '--quiet']);

  await lanyard.openPost(post.title, titleLine(post));
  await lanyard.replaceInEditor('opened at eight', 'opened at seven (mine)');
  await lanyard.page.keyboard.press('Control+Alt+KeyP');
  const dialog = lanyard.publishDialog;
  await expect(dialog.getByRole('region', { name: 'This post' })).toContainText(post.id);
  await lanyard.publishFromDialog();

  await expect(dialog.getByRole('heading', { name: 'Conflict with the remote' })).toBeVisible(gitDone);
  await expect(dialog.getByRole('list', { name: 'Conflicting files' })).toContainText(post.id);
  expect(await newestSubject(bare)).toBe('Their edit');
  await dialog.getByRole('button', { name: 'Publish keeping my version' }).click();

  await expect(dialog.getByRole('heading', { name: 'Published' })).toBeVisible(gitDone);
  const published = await git(bare, ['--git-dir', bare, 'show', `main:${post.id}`]);
  expect(published).toContain('opened at seven (mine)');
  expect(published).not.toContain('opened at nine (theirs)');
  expect(await newestSubject(bare)).toBe(`Update: ${post.title}`);
  expect(await readFile(post.file, 'utf8')).toContain('opened at seven (mine)');
  await lanyard.expectEditorToContain('opened at seven (mine)');
  expect(await siteStatus(app.site, post.id)).toBe('');
});

test.describe('a Jekyll site with no _drafts folder yet', () => {
  test('Unpublish moves the post to drafts and Publish brings it back dated today; the editor follows', async ({
    app,
    lanyard,
  }) => {
    const bare = await addBareRemote(app.site);
    const post = await dayOnePost(app.site);
    const draftId = '_drafts/devsummit-lisbon-day-1.md';
    await lanyard.openPost(post.title, titleLine(post));

    const dialog = await lanyard.openPublishDialog();
    await dialog.getByRole('button', { name: 'Unpublish…' }).click();
    await expect(dialog).toContainText('Unpublish this post?');
    await dialog.getByRole('button', { name: 'Unpublish', exact: true }).click();
    await expect(dialog.getByRole('heading', { name: 'Unpublished' })).toBeVisible(gitDone);
    expect(existsSync(path.join(app.site, draftId))).toBe(true);
    expect(existsSync(post.file)).toBe(false);
    expect(await newestSubject(bare)).toBe(`Unpublish: ${post.title}`);
    const remoteFiles = await git(bare, ['--git-dir', bare, 'ls-tree', '-r', '--name-only', 'main']);
    expect(remoteFiles).toContain(draftId);
    expect(remoteFiles).not.toContain(post.id);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // The open post carries on under its new name: what is typed now is saved into the draft.
    await lanyard.typeAtEnd('\n\nBack to the drawing board.');
    await expect.poll(() => readFile(path.join(app.site, draftId), 'utf8')).toContain('Back to the drawing board.');

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Lisbon' }).format(new Date());
    const again = await lanyard.openPublishDialog();
    await expect(again).toContainText('Publishing moves this draft into _posts/ with today’s date.');
    const announced = await again.locator('.publish-message').textContent();
    // A draft is not published, even though its file was pushed: it is published anew.
    expect(announced).toMatch(/^Publish: DevSummit Lisbon 2026, Day 1/);
    await lanyard.publishFromDialog();
    await expect(again.getByRole('heading', { name: 'Published' })).toBeVisible(gitDone);
    const movedName = `${today}-devsummit-lisbon-day-1.md`;
    expect(await readdir(path.join(app.site, '_posts'))).toContain(movedName);
    expect(existsSync(path.join(app.site, draftId))).toBe(false);
    expect(await newestSubject(bare), 'the message the dialog announced').toBe(announced);
    expect(await git(bare, ['--git-dir', bare, 'show', `main:_posts/${movedName}`])).toContain(
      'Back to the drawing board.',
    );
    expect(await git(app.site, ['status', '--porcelain'])).toBe('');

    await again.getByRole('button', { name: 'Close', exact: true }).click();
    await lanyard.typeAtEnd(' Published again.');
    await expect
      .poll(() => readFile(path.join(app.site, '_posts', movedName), 'utf8'))
      .toContain('Back to the drawing board. Published again.');
  });
});

test.describe('a site that is not a git repository', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern
    site: async ({}, use) => {
      const site = await copySampleSite();
      await rm(path.join(site, '.git'), { recursive: true, force: true });
      await use(site);
    },
  });

  test('says so, becomes one on request, then asks for a remote', async ({ app, lanyard }) => {
    const post = await dayOnePost(app.site);
    await lanyard.openPost(post.title, titleLine(post));
    const dialog = await lanyard.openPublishDialog();
    await expect(dialog).toContainText('This folder is not a git repository yet');
    await dialog.getByRole('button', { name: 'Make it a git repository' }).click();

    await expect(dialog).toContainText('This repository has no remote');
    expect(existsSync(path.join(app.site, '.git'))).toBe(true);
    expect((await git(app.site, ['log', '--format=%s'])).trim()).toMatch(/^Start .+ with Lanyard$/);
    expect(await git(app.site, ['status', '--porcelain'])).toBe('');

    const url = dialog.getByRole('textbox', { name: 'Remote URL' });
    await url.fill('not a url');
    await dialog.getByRole('button', { name: 'Add remote' }).click();
    await expect(dialog.getByRole('alert')).toContainText('is not a git URL Lanyard can use');
    expect(await git(app.site, ['remote'])).toBe('');

    const bare = path.join(path.dirname(app.site), 'empty-remote.git');
    await git(path.dirname(app.site), ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
    await url.fill(bare);
    await dialog.getByRole('button', { name: 'Add remote' }).click();
    await expect(dialog).toContainText('main → origin');
    await expect(dialog).toContainText('This branch is not on the remote yet');
    expect((await git(app.site, ['remote', 'get-url', 'origin'])).trim()).toBe(bare);
  });
});

test('"Open blog from git URL…" clones into the chosen folder and opens the clone', async () => {
  const source = await copySampleSite();
  const bare = await addBareRemote(source);
  const parent = await freshTempDir('clone-into');
  const app = await openApp({ site: source, dialogs: { chooseFolder: parent } });
  try {
    const lanyard = new LanyardPage(app.page);
    await lanyard.menuCommand('open-from-git');
    const dialog = app.page.getByRole('dialog', { name: 'Open blog from git URL' });
    await dialog.getByRole('textbox', { name: 'Repository URL' }).fill(bare);
    await dialog.getByRole('button', { name: 'Clone…' }).click();

    await expect(dialog).toBeHidden(gitDone);
    const cloned = path.join(parent, 'remote');
    await expect.poll(async () => (await app.core.handlers['site.current'](undefined))?.root).toBe(cloned);
    expect((await git(cloned, ['remote', 'get-url', 'origin'])).trim()).toBe(bare);
    const post = await dayOnePost(cloned);
    await lanyard.openPost(post.title, titleLine(post));
  } finally {
    await app.close();
  }
});
