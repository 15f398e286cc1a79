import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withGitContext } from '../../../../src/git/node/git-context';
import { publishPost } from '../../../../src/publish/node/publish-post';
import { stageRename } from '../../../../src/publish/node/stage-rename';
import { renamePost } from '../../../../src/posts/node/rename-post';
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
const request = { id: POST_ID, include: [], keepMine: false };

async function editPost(site: string): Promise<void> {
  await fs.writeFile(path.join(site, POST_ID), POST_TEXT.replace('Second line.', 'Edited.'));
}

describe('publishPost at the edges', () => {
  it('publishes even when the writer’s unticked edit clashes with the remote, keeping that edit in the stash', async () => {
    const blog = await makeBlog(sandbox.path);
    const other = await blog.otherDevice();
    await pushFromElsewhere(other, 'about.md', '# About, from the phone\n', 'About from the phone');
    await fs.writeFile(path.join(blog.site, 'about.md'), '# About, half written\n');
    await editPost(blog.site);

    const outcome = await publishPost(publishContext(blog.profile), request);

    expect(outcome.kind).toBe('published');
    expect(outcome.message).toMatch(/about\.md clashed with the remote’s.*stash@\{0\}/);
    expect(await subjects(blog.bare, 'main')).toEqual([
      'Publish: re:Invent Day 1',
      'About from the phone',
      'Start the blog',
    ]);
    expect(await porcelain(blog.site)).toEqual([]);
    expect(await fs.readFile(path.join(blog.site, 'about.md'), 'utf8')).toBe('# About, from the phone\n');
    expect(await git(blog.site, 'show', 'stash@{0}:about.md')).toBe('# About, half written');
  });

  it('pushes to the upstream branch even when it has another name than the local one', async () => {
    const blog = await makeBlog(sandbox.path);
    await git(blog.site, 'push', '--quiet', 'origin', 'main:master');
    await git(blog.site, 'branch', '--quiet', '--set-upstream-to=origin/master');
    await editPost(blog.site);

    const outcome = await publishPost(publishContext(blog.profile), request);

    expect(outcome).toMatchObject({
      kind: 'published',
      target: { remote: 'origin', branch: 'master', localBranch: 'main' },
    });
    expect(await subjects(blog.bare, 'master')).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
    expect(await subjects(blog.bare, 'main')).toEqual(['Start the blog']);
  });

  it('puts a draft back, unstaged, when its commit is refused by a hook', async () => {
    const blog = await makeBlog(sandbox.path);
    await fs.mkdir(path.join(blog.site, '_drafts'));
    await fs.writeFile(path.join(blog.site, '_drafts/day-2.md'), '---\ntitle: Day 2\n---\nDraft.\n');
    await fs.writeFile(path.join(blog.site, '.git/hooks/pre-commit'), '#!/bin/sh\necho "lint failed" >&2\nexit 1\n', {
      mode: 0o755,
    });

    const outcome = await publishPost(publishContext(await detectSite(blog.site)), {
      ...request,
      id: '_drafts/day-2.md',
    });

    expect(outcome).toMatchObject({ kind: 'failed', postId: '_drafts/day-2.md', commit: null });
    expect(outcome.message).toContain('lint failed');
    expect(await fs.readFile(path.join(blog.site, '_drafts/day-2.md'), 'utf8')).toBe(
      '---\ntitle: Day 2\n---\nDraft.\n',
    );
    expect(await porcelain(blog.site)).toEqual(['?? _drafts/day-2.md']);
  });

  it('commits the post alone when an image it links was staged and then deleted, and nothing when that is all', async () => {
    const blog = await makeBlog(sandbox.path);
    const image = path.join(blog.site, 'assets/images/stage.jpg');
    const stageAndDelete = async () => {
      await fs.writeFile(image, 'jpeg bytes');
      await git(blog.site, 'add', 'assets/images/stage.jpg');
      await fs.rm(image);
    };
    await fs.writeFile(path.join(blog.site, POST_ID), `${POST_TEXT}\n![Stage](/assets/images/stage.jpg)\n`);
    await stageAndDelete();

    const first = await publishPost(publishContext(blog.profile), request);

    expect(first.kind).toBe('published');
    expect(await git(blog.bare, 'show', '--name-only', '--format=', 'main')).toBe(POST_ID);
    expect(await porcelain(blog.site)).toEqual([]);

    await stageAndDelete();
    const second = await publishPost(publishContext(blog.profile), request);

    expect(second).toMatchObject({ kind: 'published', commit: null });
    expect(second.message).toMatch(/Nothing has changed/);
    expect(await subjects(blog.bare, 'main')).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
  });

  it('does not push a commit it could not keep under its ref, and keeps the commit on the branch', async () => {
    const blog = await makeBlog(sandbox.path);
    await editPost(blog.site);
    // A ref below the ref's name: git cannot write it.
    await git(blog.site, 'update-ref', 'refs/lanyard/last-publish/blocked', 'HEAD');

    const outcome = await publishPost(publishContext(blog.profile), request);

    expect(outcome.kind).toBe('failed');
    expect(outcome.commit).toBe(await git(blog.site, 'rev-parse', 'HEAD'));
    expect(await subjects(blog.site)).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
    expect(await subjects(blog.bare, 'main')).toEqual(['Start the blog']);
  });

  it('asks git for the commit’s id when its photos make git’s own summary the slower way', async () => {
    const blog = await makeBlog(sandbox.path);
    await fs.writeFile(path.join(blog.site, 'assets/images/big.jpg'), Buffer.alloc(3 * 1024 * 1024, 7));
    await fs.writeFile(path.join(blog.site, POST_ID), `${POST_TEXT}\n![Big](/assets/images/big.jpg)\n`);
    const asked: string[][] = [];

    const outcome = await withGitContext({ onCommand: (record) => asked.push([...record.args]) }, () =>
      publishPost(publishContext(blog.profile), request),
    );

    expect(outcome.commit).toBe(await git(blog.bare, 'rev-parse', 'main'));
    expect(asked).toContainEqual(['rev-parse', 'HEAD']);
  });

  it('commits a renamed post as a rename, so the old file does not stay on the remote', async () => {
    const blog = await makeBlog(sandbox.path);
    const renamed = await renamePost(blog.profile, POST_ID, 'Keynote day');
    await stageRename(blog.site, POST_ID, renamed);

    const outcome = await publishPost(publishContext(blog.profile), { ...request, id: renamed });

    expect(outcome.kind).toBe('published');
    expect(await git(blog.bare, 'ls-tree', '-r', '--name-only', 'main', '_posts')).toBe(renamed);
    expect(await porcelain(blog.site)).toEqual([]);
  });

  it('publishes only inside the site when the site is a subfolder, and refuses a ticked file outside it', async () => {
    const blog = await makeBlog(sandbox.path);
    const repo = path.join(sandbox.path, 'repo');
    await git(sandbox.path, 'clone', '--quiet', blog.bare, path.join(repo, 'blog'));
    await fs.mkdir(path.join(repo, 'secrets'));
    await fs.rename(path.join(repo, 'blog', '.git'), path.join(repo, '.git'));
    await git(repo, 'add', '--all');
    await git(repo, 'commit', '--quiet', '-m', 'Move the blog into a folder');
    await git(repo, 'push', '--quiet');
    await fs.writeFile(path.join(repo, 'secrets', 'token.txt'), 'hunter2');
    const site = path.join(repo, 'blog');
    await editPost(site);
    const profile = await detectSite(site);

    await expect(publishPost(publishContext(profile), { ...request, include: ['secrets/token.txt'] })).rejects.toThrow(
      /secrets\/token.txt has no changes to publish/,
    );
    const outcome = await publishPost(publishContext(profile), request);

    expect(outcome.kind).toBe('published');
    expect(await git(blog.bare, 'show', '--name-only', '--format=', 'main')).toBe(`blog/${POST_ID}`);
    expect(await porcelain(repo)).toEqual(['?? secrets/token.txt']);
  });

  it('says there is nothing at the remote’s address, instead of queueing forever', async () => {
    const blog = await makeBlog(sandbox.path);
    await git(blog.site, 'remote', 'set-url', 'origin', path.join(sandbox.path, 'gone.git'));
    await editPost(blog.site);
    const outcome = await publishPost(publishContext(blog.profile), request);
    expect(outcome.kind).toBe('failed');
    expect(outcome.message).toMatch(/found no repository at that address/);
    expect(await subjects(blog.site)).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
  });

  it('asks for a first commit of the whole site on a branch with no commits yet', async () => {
    const blog = await makeBlog(sandbox.path);
    await fs.rm(path.join(blog.site, '.git'), { recursive: true });
    await git(blog.site, 'init', '--quiet', '--initial-branch=main');
    await git(blog.site, 'remote', 'add', 'origin', blog.bare);
    const outcome = await publishPost(publishContext(blog.profile), request);
    expect(outcome.kind).toBe('failed');
    expect(outcome.message).toMatch(/no commits yet/);
    expect(await porcelain(blog.site)).toContain(`?? ${POST_ID}`);
  });
});
