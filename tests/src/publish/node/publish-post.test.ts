import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withGitContext, type GitCommandRecord } from '../../../../src/git/node/git-context';
import { operationInProgress } from '../../../../src/git/node/rebase';
import { publishPost, unpublishPostChange } from '../../../../src/publish/node/publish-post';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useGitSandbox } from '../../git/node/git-env';
import {
  git,
  makeBlog,
  porcelain,
  POST_ID,
  POST_TEXT,
  publishContext,
  pushFromElsewhere,
  subjects,
} from './publish-fixture';

const sandbox = useGitSandbox();

async function edit(site: string, id: string, from: string, to: string): Promise<void> {
  const file = path.join(site, id);
  await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(from, to));
}

describe('publishPost', () => {
  it('commits exactly the post and the photo it links, pushes, and leaves other changes alone', async () => {
    const blog = await makeBlog(sandbox.path);
    await fs.writeFile(path.join(blog.site, 'assets/images/keynote.jpg'), 'jpeg bytes');
    await fs.writeFile(path.join(blog.site, 'assets/images/unlinked.jpg'), 'other bytes');
    await edit(blog.site, POST_ID, 'Keynote notes.', 'Keynote notes.\n\n![Stage](/assets/images/keynote.jpg)');
    await edit(blog.site, 'about.md', '# About', '# About me');
    await git(blog.site, 'add', 'about.md'); // staged by the writer, yet not theirs to publish now

    const context = publishContext(blog.profile, { wasPublished: true });
    const outcome = await publishPost(context, { id: POST_ID, include: [], keepMine: false });

    expect(outcome.kind).toBe('published');
    expect(outcome.url).toBe('https://me.example.com/2026/11/23/day-1.html');
    expect(context.steps).toEqual(['check', 'prepare', 'commit', 'sync', 'push']);
    expect(await subjects(blog.bare, 'main')).toEqual(['Update: re:Invent Day 1', 'Start the blog']);
    expect(await git(blog.bare, 'show', '--name-only', '--format=', 'main')).toBe(
      `${POST_ID}\nassets/images/keynote.jpg`,
    );
    expect(outcome.commit).toBe(await git(blog.bare, 'rev-parse', 'main'));
    // The autostash of `pull --rebase` gives the change back unstaged; its text is untouched.
    expect((await porcelain(blog.site)).sort()).toEqual([' M about.md', '?? assets/images/unlinked.jpg']);
  });

  it('commits a ticked other change too, and nothing unticked', async () => {
    const blog = await makeBlog(sandbox.path);
    await edit(blog.site, POST_ID, 'Second line.', 'Second line, edited.');
    await edit(blog.site, 'about.md', '# About', '# About me');
    await fs.writeFile(path.join(blog.site, 'notes.txt'), 'private');
    const outcome = await publishPost(publishContext(blog.profile), {
      id: POST_ID,
      include: ['about.md'],
      keepMine: false,
    });
    expect(outcome.kind).toBe('published');
    expect((await git(blog.bare, 'show', '--name-only', '--format=', 'main')).split('\n').sort()).toEqual([
      POST_ID,
      'about.md',
    ]);
    expect(await porcelain(blog.site)).toEqual(['?? notes.txt']);
  });

  it('rebases on a commit another device pushed first, keeping both and the unticked change', async () => {
    const blog = await makeBlog(sandbox.path);
    const other = await blog.otherDevice();
    await pushFromElsewhere(other, '_posts/2026-11-22-arrival.md', '---\ntitle: Arrival\n---\nLanded.\n', 'Arrival');
    await edit(blog.site, POST_ID, 'Second line.', 'Second line, edited.');
    await edit(blog.site, 'about.md', '# About', '# About, unfinished');

    const outcome = await publishPost(publishContext(blog.profile), { id: POST_ID, include: [], keepMine: false });

    expect(outcome.kind).toBe('published');
    expect(await subjects(blog.bare, 'main')).toEqual(['Publish: re:Invent Day 1', 'Arrival', 'Start the blog']);
    expect(await subjects(blog.site)).toEqual(await subjects(blog.bare, 'main'));
    expect(outcome.commit, 'the rebased commit, not the one made before the pull').toBe(
      await git(blog.bare, 'rev-parse', 'main'),
    );
    expect(await porcelain(blog.site)).toEqual([' M about.md']);
    expect(await fs.readFile(path.join(blog.site, 'about.md'), 'utf8')).toBe('# About, unfinished\n');
  });

  it('pushes without an upstream, and rebases once when the push is refused as non-fast-forward', async () => {
    const blog = await makeBlog(sandbox.path);
    await git(blog.site, 'branch', '--unset-upstream');
    const other = await blog.otherDevice();
    await pushFromElsewhere(other, 'about.md', '# About, from the phone\n', 'About from the phone');
    await edit(blog.site, POST_ID, 'Second line.', 'Second line, edited.');

    const outcome = await publishPost(publishContext(blog.profile), { id: POST_ID, include: [], keepMine: false });

    expect(outcome.kind).toBe('published');
    expect(await subjects(blog.bare, 'main')).toEqual([
      'Publish: re:Invent Day 1',
      'About from the phone',
      'Start the blog',
    ]);
    expect(await git(blog.site, 'rev-parse', '--abbrev-ref', '@{upstream}')).toBe('origin/main');
    expect(outcome.commit).toBe(await git(blog.bare, 'rev-parse', 'main'));
    expect(await porcelain(blog.site)).toEqual([]);
  });

  it('stops at a conflict with the files named, the commit kept and no rebase left; keeping mine then publishes', async () => {
    const blog = await makeBlog(sandbox.path);
    const other = await blog.otherDevice();
    await pushFromElsewhere(other, POST_ID, POST_TEXT.replace('Second line.', 'Phone line.'), 'Edit on the phone');
    await edit(blog.site, POST_ID, 'Second line.', 'Laptop line.');
    await fs.writeFile(path.join(blog.site, 'draft-notes.md'), 'unticked\n');

    const first = await publishPost(publishContext(blog.profile), { id: POST_ID, include: [], keepMine: false });

    expect(first.kind).toBe('conflict');
    expect(first.files).toEqual([POST_ID]);
    expect(await operationInProgress(blog.site)).toBeNull();
    expect(await subjects(blog.site)).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
    expect(await porcelain(blog.site)).toEqual(['?? draft-notes.md']);
    expect(await fs.readFile(path.join(blog.site, POST_ID), 'utf8')).toContain('Laptop line.');
    expect(await subjects(blog.bare, 'main')).toEqual(['Edit on the phone', 'Start the blog']);

    const second = await publishPost(publishContext(blog.profile), { id: POST_ID, include: [], keepMine: true });

    expect(second.kind).toBe('published');
    expect(await subjects(blog.bare, 'main')).toEqual([
      'Publish: re:Invent Day 1',
      'Edit on the phone',
      'Start the blog',
    ]);
    expect(await git(blog.bare, 'show', `main:${POST_ID}`)).toContain('Laptop line.');
    expect(await porcelain(blog.site)).toEqual(['?? draft-notes.md']);
  });

  it('says so when there is nothing new, without making a commit', async () => {
    const blog = await makeBlog(sandbox.path);
    const outcome = await publishPost(publishContext(blog.profile), { id: POST_ID, include: [], keepMine: false });
    expect(outcome).toMatchObject({ kind: 'published', commit: null });
    expect(outcome.message).toMatch(/Nothing has changed/);
    expect(await subjects(blog.site)).toEqual(['Start the blog']);
  });

  it('refuses a ticked file that has no changes, before committing anything', async () => {
    const blog = await makeBlog(sandbox.path);
    await edit(blog.site, POST_ID, 'Second line.', 'Second line, edited.');
    await expect(
      publishPost(publishContext(blog.profile), { id: POST_ID, include: ['_config.yml'], keepMine: false }),
    ).rejects.toThrow(/_config.yml has no changes/);
    expect(await subjects(blog.site)).toEqual(['Start the blog']);
  });
});

describe('publishing drafts', () => {
  it('moves a Jekyll draft into _posts with today’s date, and unpublishing moves it back', async () => {
    const blog = await makeBlog(sandbox.path);
    await fs.mkdir(path.join(blog.site, '_drafts'));
    await fs.writeFile(path.join(blog.site, '_drafts/day-2.md'), '---\ntitle: Day 2\n---\nDraft text.\n');
    await git(blog.site, 'add', '--all');
    await git(blog.site, 'commit', '--quiet', '-m', 'Start day 2');
    const profile = await detectSite(blog.site);

    const published = await publishPost(publishContext(profile), {
      id: '_drafts/day-2.md',
      include: [],
      keepMine: false,
    });

    expect(published).toMatchObject({ kind: 'published', postId: '_posts/2026-11-24-day-2.md' });
    expect(
      (await git(blog.bare, 'show', '--no-renames', '--name-status', '--format=', 'main')).split('\n').sort(),
    ).toEqual(['A\t_posts/2026-11-24-day-2.md', 'D\t_drafts/day-2.md']);
    const text = await fs.readFile(path.join(blog.site, '_posts/2026-11-24-day-2.md'), 'utf8');
    expect(text).toMatch(/^---\ntitle: Day 2\ndate: 2026-11-24 \d\d:\d\d:00 [+-]\d{4}\n---\nDraft text.\n$/);

    const unpublished = await unpublishPostChange(publishContext(profile), { id: published.postId, include: [] });

    expect(unpublished).toMatchObject({ kind: 'published', postId: '_drafts/day-2.md' });
    expect(await subjects(blog.bare, 'main')).toEqual([
      'Unpublish: Day 2',
      'Publish: Day 2',
      'Start day 2',
      'Start the blog',
    ]);
    expect(await porcelain(blog.site)).toEqual([]);
  });
});

describe('publishPost and git', () => {
  it('publishes an edited post with seven git commands: one round of checks, commit, keep, pull, push', async () => {
    const blog = await makeBlog(sandbox.path);
    await edit(blog.site, POST_ID, 'Second line.', 'Second line, edited.');
    const records: GitCommandRecord[] = [];
    const outcome = await withGitContext({ onCommand: (record) => records.push(record) }, () =>
      publishPost(publishContext(blog.profile, { wasPublished: true }), { id: POST_ID, include: [], keepMine: false }),
    );
    expect(outcome.kind).toBe('published');
    expect(outcome.commit).toBe(await git(blog.bare, 'rev-parse', 'main'));
    const verbs = records
      .sort((a, b) => a.startedAt - b.startedAt)
      .map((record) => record.args.find((arg) => !arg.startsWith('-') && !arg.includes('=')));
    // One config read answers the remotes, the identity and the network settings; git's summary names the
    // commit, and a pull saying "up to date" leaves HEAD there; a tracked post needs no `git add`.
    expect(verbs.slice(0, 3).sort(), 'the checks, all at once').toEqual(['config', 'rev-parse', 'status']);
    expect(verbs.slice(3)).toEqual(['commit', 'update-ref', 'pull', 'push']);
    expect(await git(blog.site, 'rev-parse', 'refs/lanyard/last-publish')).toBe(outcome.commit);
    expect(
      records.some((record) => record.args.includes('--diff-filter=U')),
      'no conflict scan after a rebase that stashed nothing',
    ).toBe(false);
  });
});
