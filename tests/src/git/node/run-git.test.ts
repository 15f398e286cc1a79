import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyGitFailure, GitError } from '../../../../src/git/node/git-error';
import { runGit } from '../../../../src/git/node/run-git';
import { isolateGit } from './git-env';

let dir: string;
let restore: () => void;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-git-'));
  ({ restore } = await isolateGit(path.dirname(dir)));
});

afterEach(async () => {
  restore();
  await fs.rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<GitError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GitError)) throw new Error(`expected a GitError, got ${String(error)}`);
  return error;
}

describe('runGit', () => {
  it('runs git with the arguments as given, never through a shell', async () => {
    await runGit(['init', '--quiet'], dir);
    const name = '$(touch pwned); `touch pwned2` | x';
    await fs.writeFile(path.join(dir, name), 'x');
    const { stdout } = await runGit(['ls-files', '--others', '--', name], dir);
    expect(stdout.trim()).toBe(name);
    await expect(fs.readdir(dir)).resolves.not.toContain('pwned');
  });

  it('passes input on stdin', async () => {
    const { stdout } = await runGit(['hash-object', '--stdin'], dir, { input: 'hello' });
    expect(stdout.trim()).toBe(createHash('sha1').update('blob 5\0hello').digest('hex'));
  });

  it('never lets git prompt on a terminal, and adds extra environment', async () => {
    const alias = ['-c', 'alias.show-env=!printf "%s %s" "$GIT_TERMINAL_PROMPT" "$LANYARD_TEST"'];
    const { stdout } = await runGit([...alias, 'show-env'], dir, { env: { LANYARD_TEST: 'yes' } });
    expect(stdout).toBe('0 yes');
  });

  it('fails with not-a-repository outside a repository', async () => {
    const error = await failure(runGit(['status'], dir));
    expect(error.kind).toBe('not-a-repository');
    expect(error.exitCode).toBe(128);
    expect(error.stderr).toMatch(/not a git repository/i);
    expect(error.message).toBe('This folder is not a git repository.');
  });

  it('fails with not-installed when there is no git to run', async () => {
    const error = await failure(runGit(['--version'], dir, { env: { PATH: path.join(dir, 'no-such-bin') } }));
    expect(error.kind).toBe('not-installed');
    expect(error.exitCode).toBeNull();
  });

  it('tells a missing folder apart from a missing git', async () => {
    const error = await failure(runGit(['--version'], path.join(dir, 'gone')));
    expect(error.kind).toBe('failed');
    expect(error.message).toContain('does not exist');
  });

  it('says what failed in git’s own words for other failures', async () => {
    await runGit(['init', '--quiet'], dir);
    const error = await failure(runGit(['checkout', 'no-such-branch'], dir));
    expect(error.kind).toBe('failed');
    expect(error.message).toMatch(/^Git failed\. \(.*no-such-branch.*\)$/);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const running = runGit(['hash-object', '--stdin'], dir, { signal: controller.signal, input: '' });
    controller.abort();
    await expect(running).rejects.toThrow();
  });
});

describe('classifyGitFailure', () => {
  it.each([
    ["fatal: Authentication failed for 'https://example.com/blog.git/'", 'auth'],
    ["fatal: could not read Username for 'https://github.com': terminal prompts disabled", 'auth'],
    ['git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.', 'auth'],
    ["fatal: unable to access 'https://example.com/': Could not resolve host: example.com", 'offline'],
    [' ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs', 'rejected'],
    ['CONFLICT (content): Merge conflict in _posts/a.md\nAutomatic merge failed; fix conflicts', 'conflict'],
    ['fatal: not a git repository (or any of the parent directories): .git', 'not-a-repository'],
    ["error: pathspec 'x' did not match any file(s) known to git", 'failed'],
  ] as const)('%s → %s', (stderr, kind) => {
    expect(classifyGitFailure(stderr)).toBe(kind);
  });
});
