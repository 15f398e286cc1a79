import { LanyardError } from '../../api/lanyard-error';
import { fallbackIdentityArgs } from './commit';
import { networkEnvironment } from './network-environment';
import { runGit } from './run-git';

/** What git says when the pull left HEAD where it was: the rebase's words, or the fast-forward's. */
const upToDate = /^(Current branch \S+ is up to date|Already up to date)\.$/m;

/**
 * Brings `branch` of `remote` in and replays the local commits on top of it, stashing
 * uncommitted changes around the rebase. `keep` settles conflicting lines without asking:
 * `'mine'` keeps the local commits' version, `'theirs'` the remote's. A conflict left to
 * resolve rejects with a `conflict` GitError and leaves the rebase in progress (see
 * `abortRebase`). Replayed commits and the autostash get a committer as `gitCommit`'s do.
 * Answers whether uncommitted changes were stashed around the rebase, and whether HEAD moved
 * (false only when git said the branch was already up to date).
 */
export async function gitPullRebase(
  repo: string,
  options: { remote: string; branch: string; keep?: 'mine' | 'theirs'; onProgress?: (line: string) => void },
): Promise<{ autostashed: boolean; moved: boolean }> {
  // The branch is a refspec here; a colon in it would name a local ref to overwrite.
  if (options.branch === '' || options.branch.includes(':')) {
    throw new LanyardError('invalid-argument', `"${options.branch}" is not a branch name.`);
  }
  // In a rebase "theirs" is the commit being replayed — the local one — and "ours" the remote's.
  const strategy = options.keep === 'mine' ? ['-X', 'theirs'] : options.keep === 'theirs' ? ['-X', 'ours'] : [];
  const [network, identity] = await Promise.all([networkEnvironment(repo), fallbackIdentityArgs(repo)]);
  const { stdout, stderr } = await runGit(
    [
      ...network.args,
      ...identity,
      'pull',
      '--rebase',
      '--autostash',
      '--progress',
      ...strategy,
      '--',
      options.remote,
      // Spelled out, so a branch named like `+x` is never read as a forced refspec.
      `refs/heads/${options.branch}`,
    ],
    repo,
    { env: network.env, onProgress: options.onProgress },
  );
  const said = `${stdout}\n${stderr}`;
  return {
    // Git says "Created autostash" (LC_ALL=C) when it stashed edits around the rebase; only then can putting them back clash.
    autostashed: /autostash/i.test(said),
    // Not "…is up to date, rebase forced.": a forced rebase rewrites the commits.
    moved: !upToDate.test(said),
  };
}
