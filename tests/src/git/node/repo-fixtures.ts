import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GitError } from '../../../../src/git/node/git-error';
import { runGit } from '../../../../src/git/node/run-git';

/** Git has no identity in the sandbox; raw commands that commit (merge, rebase) need one. */
export const identity = ['-c', 'user.name=Test Writer', '-c', 'user.email=writer@example.com'];

/** Git args that run `script` in a shell through an alias, to stand in for git's own output. */
export function shellScript(script: string): string[] {
  return ['-c', `alias.script=!${script}`, 'script'];
}

/** Runs git in `repo` and answers its trimmed stdout; for test setup and checks. */
export async function git(repo: string, ...args: string[]): Promise<string> {
  return (await runGit(args, repo)).stdout.trim();
}

/** Writes `files` (repository-relative path → content) into `repo`, creating folders. */
export async function writeFiles(repo: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await fs.writeFile(path.join(repo, name), content);
  }
}

/** Writes `files`, stages everything and commits with raw git (fewer processes than gitCommit); answers the commit id. */
export async function commitFiles(repo: string, files: Record<string, string>, message = 'Change'): Promise<string> {
  await writeFiles(repo, files);
  await git(repo, 'add', '--all');
  await git(repo, ...identity, 'commit', '--quiet', '--message', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** A new repository on `main` at `sandbox/name` with one commit of `files`. */
export async function workRepository(sandbox: string, name: string, files: Record<string, string>): Promise<string> {
  const repo = path.join(sandbox, name);
  await git(sandbox, '-c', 'init.defaultBranch=main', 'init', '--quiet', repo);
  await commitFiles(repo, files, 'First');
  return repo;
}

/** An empty bare repository on `main` at `sandbox/name`, as a server would hold it. */
export async function bareRepository(sandbox: string, name: string): Promise<string> {
  const remote = path.join(sandbox, name);
  await runGit(['-c', 'init.defaultBranch=main', 'init', '--quiet', '--bare', remote], sandbox);
  return remote;
}

/** A repository at `sandbox/name` with one commit of `files`, pushed to a bare `origin` that main tracks. */
export async function publishedRepository(
  sandbox: string,
  files: Record<string, string>,
  name = 'work',
): Promise<{ origin: string; repo: string }> {
  const origin = await bareRepository(sandbox, 'origin.git');
  const repo = await workRepository(sandbox, name, files);
  await git(repo, 'remote', 'add', 'origin', origin);
  await git(repo, 'push', '--quiet', '--set-upstream', 'origin', 'main');
  return { origin, repo };
}

/** Someone else's clone of `origin` commits `files` and pushes them to main. */
export async function pushFromElsewhere(sandbox: string, origin: string, files: Record<string, string>): Promise<void> {
  const other = await fs.mkdtemp(path.join(sandbox, 'other-'));
  await git(sandbox, 'clone', '--quiet', origin, other);
  await commitFiles(other, files, 'Elsewhere');
  await git(other, 'push', '--quiet', 'origin', 'main');
}

/** The GitError `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export async function gitFailure(promise: Promise<unknown>): Promise<GitError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GitError)) throw new Error(`expected a GitError, got ${String(error)}`);
  return error;
}
