import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitPush } from '../../../../src/git/node/push';
import { upstreamOf } from '../../../../src/git/node/rev-parse';
import { useGitSandbox } from './git-env';
import {
  bareRepository,
  commitFiles,
  git,
  publishedRepository,
  pushFromElsewhere,
  workRepository,
} from './repo-fixtures';

const sandbox = useGitSandbox();

async function installHook(remote: string, name: string, script: string): Promise<void> {
  await fs.writeFile(path.join(remote, 'hooks', name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
}

describe('gitPush', () => {
  it('pushes a new branch to a bare remote and makes it the upstream', async () => {
    const origin = await bareRepository(sandbox.path, 'origin.git');
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await git(repo, 'remote', 'add', 'origin', origin);
    const lines: string[] = [];
    const result = await gitPush(repo, {
      remote: 'origin',
      branch: 'main',
      setUpstream: true,
      onProgress: (line) => lines.push(line),
    });
    expect(result).toEqual({ remoteMessage: null });
    expect(await git(origin, 'rev-parse', 'main')).toBe(await git(repo, 'rev-parse', 'main'));
    expect(await upstreamOf(repo)).toBe('origin/main');
    expect(lines.some((line) => /Writing objects: 100%/.test(line))).toBe(true);
  });

  it('pushes only the named branch, and leaves the upstream alone without setUpstream', async () => {
    const origin = await bareRepository(sandbox.path, 'origin.git');
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await git(repo, 'remote', 'add', 'origin', origin);
    await git(repo, 'branch', 'drafts');
    await gitPush(repo, { remote: 'origin', branch: 'main', setUpstream: false });
    expect(await git(origin, 'for-each-ref', '--format=%(refname)')).toBe('refs/heads/main');
    expect(await upstreamOf(repo)).toBeNull();
  });

  it('answers what the remote said', async () => {
    const { origin, repo } = await publishedRepository(sandbox.path, { 'a.md': 'a' });
    await installHook(origin, 'post-receive', 'echo "Deploying day-2"; echo "See https://ada.example.com/"');
    await commitFiles(repo, { 'b.md': 'b' });
    expect(await gitPush(repo, { remote: 'origin', branch: 'main', setUpstream: false })).toEqual({
      remoteMessage: 'Deploying day-2\nSee https://ada.example.com/',
    });
  });

  it('is rejected, not forced, when the remote has work the branch lacks', async () => {
    const { origin, repo } = await publishedRepository(sandbox.path, { 'a.md': 'a' });
    await pushFromElsewhere(sandbox.path, origin, { 'theirs.md': 'theirs' });
    const theirs = await git(origin, 'rev-parse', 'main');
    await commitFiles(repo, { 'mine.md': 'mine' });
    await expect(gitPush(repo, { remote: 'origin', branch: 'main', setUpstream: false })).rejects.toMatchObject({
      name: 'GitError',
      kind: 'rejected',
    });
    expect(await git(origin, 'rev-parse', 'main')).toBe(theirs);
  });

  it('reports a hook’s refusal as remote-rejected, in the remote’s words', async () => {
    const { origin, repo } = await publishedRepository(sandbox.path, { 'a.md': 'a' });
    await installHook(origin, 'pre-receive', 'echo "Direct pushes to main are not allowed." >&2\nexit 1');
    await commitFiles(repo, { 'b.md': 'b' });
    await expect(gitPush(repo, { remote: 'origin', branch: 'main', setUpstream: false })).rejects.toMatchObject({
      name: 'GitError',
      kind: 'remote-rejected',
      remoteMessage: 'Direct pushes to main are not allowed.',
      message: 'The remote repository refused the push. (Direct pushes to main are not allowed.)',
    });
  });

  it('fails as offline when the remote cannot be reached', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await git(repo, 'remote', 'add', 'origin', 'http://127.0.0.1:1/blog.git');
    await expect(gitPush(repo, { remote: 'origin', branch: 'main', setUpstream: true })).rejects.toMatchObject({
      kind: 'offline',
    });
  });

  it('refuses a branch name that would change the refspec', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await expect(gitPush(repo, { remote: 'origin', branch: 'main:other', setUpstream: false })).rejects.toMatchObject({
      name: 'LanyardError',
      code: 'invalid-argument',
    });
  });
});
