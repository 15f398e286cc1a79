import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitFetch } from '../../../../src/git/node/fetch';
import type { GitCommandRecord } from '../../../../src/git/node/git-context';
import { withGitContext } from '../../../../src/git/node/git-context';
import { useGitSandbox } from './git-env';
import { git, publishedRepository, pushFromElsewhere, workRepository } from './repo-fixtures';

const sandbox = useGitSandbox();

/** A server that answers every request with 401, as a private repository does without credentials. */
async function refusingServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="blog"' });
    response.end('Unauthorized\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/blog.git`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('gitFetch', () => {
  it('brings in new remote commits and prunes deleted remote branches, reporting progress', async () => {
    const { origin, repo } = await publishedRepository(sandbox.path, { 'a.md': 'a' });
    await git(repo, 'push', '--quiet', 'origin', 'main:drafts');
    await git(repo, 'fetch', '--quiet');
    await git(origin, 'branch', '-D', 'drafts');
    await pushFromElsewhere(sandbox.path, origin, { 'b.md': 'b' });

    const lines: string[] = [];
    const records: GitCommandRecord[] = [];
    await withGitContext({ onCommand: (record) => records.push(record) }, () =>
      gitFetch(repo, 'origin', { onProgress: (line) => lines.push(line) }),
    );
    expect(await git(repo, 'rev-parse', 'origin/main')).toBe(await git(origin, 'rev-parse', 'main'));
    expect(await git(repo, 'branch', '--remotes')).not.toContain('origin/drafts');
    expect(lines.some((line) => /^From /.test(line))).toBe(true);
    // The stall guard travels with the command.
    const fetch = records.find((record) => record.args.includes('fetch'));
    expect(fetch?.args).toEqual([
      '-c',
      'http.lowSpeedLimit=1000',
      '-c',
      'http.lowSpeedTime=60',
      'fetch',
      '--progress',
      '--prune',
      '--',
      'origin',
    ]);
  });

  it('fails as offline, quickly, when the remote cannot be reached', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await git(repo, 'remote', 'add', 'origin', 'http://127.0.0.1:1/blog.git');
    const started = Date.now();
    await expect(gitFetch(repo, 'origin')).rejects.toMatchObject({ name: 'GitError', kind: 'offline' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('fails as auth when the server wants credentials nobody can type', async () => {
    const server = await refusingServer();
    try {
      const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
      await git(repo, 'remote', 'add', 'origin', server.url);
      await expect(gitFetch(repo, 'origin')).rejects.toMatchObject({ name: 'GitError', kind: 'auth' });
    } finally {
      await server.close();
    }
  });

  it.skipIf(process.platform === 'win32')('runs ssh in batch mode with a connect timeout', async () => {
    // A stand-in ssh on PATH records how git runs it.
    const bin = path.join(sandbox.path, 'bin');
    const log = path.join(sandbox.path, 'ssh-args');
    await fs.mkdir(bin);
    await fs.writeFile(
      path.join(bin, 'ssh'),
      `#!/bin/sh\necho "$@" > '${log}'\necho 'ssh: connect to host example.com port 22: Connection refused' >&2\nexit 255\n`,
      {
        mode: 0o755,
      },
    );
    process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
    delete process.env.GIT_SSH_COMMAND;
    delete process.env.GIT_SSH;
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await git(repo, 'remote', 'add', 'origin', 'git@example.com:ada/blog.git');
    await expect(gitFetch(repo, 'origin')).rejects.toMatchObject({ kind: 'offline' });
    expect(await fs.readFile(log, 'utf8')).toMatch(/^-o BatchMode=yes -o ConnectTimeout=20 .*git@example\.com/);
  });
});
