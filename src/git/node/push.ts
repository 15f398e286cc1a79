import { LanyardError } from '../../api/lanyard-error';
import { remoteMessageOf } from './git-error';
import { networkEnvironment } from './network-environment';
import { runGit } from './run-git';

/**
 * Pushes the local `branch` to `remoteBranch` on `remote` (the same name unless given), never forcing, and
 * with `setUpstream` makes it the branch's upstream. Answers what the remote said (a link to
 * open a pull request, say). A remote with work the branch lacks rejects with a `rejected`
 * GitError; a hook or a protected branch refusing it, with `remote-rejected`.
 */
export async function gitPush(
  repo: string,
  options: {
    remote: string;
    branch: string;
    remoteBranch?: string;
    setUpstream: boolean;
    onProgress?: (line: string) => void;
  },
): Promise<{ remoteMessage: string | null }> {
  const target = options.remoteBranch ?? options.branch;
  // A colon in a name would change what the refspec pushes where.
  for (const name of [options.branch, target]) {
    if (name === '' || name.includes(':'))
      throw new LanyardError('invalid-argument', `"${name}" is not a branch name.`);
  }
  const network = await networkEnvironment(repo);
  // --porcelain puts each ref's status on stdout, where runGit looks for [rejected] too.
  const { stderr } = await runGit(
    [
      ...network.args,
      'push',
      '--progress',
      '--porcelain',
      ...(options.setUpstream ? ['--set-upstream'] : []),
      '--',
      options.remote,
      `refs/heads/${options.branch}:refs/heads/${target}`,
    ],
    repo,
    { env: network.env, onProgress: options.onProgress },
  );
  return { remoteMessage: remoteMessageOf(stderr) };
}
