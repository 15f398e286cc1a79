import { runGit } from './run-git';

/** Who a commit is by, when not the configured identity. */
export interface GitAuthor {
  name: string;
  email: string;
}

/** Used only on a machine where git knows no one, so a first commit still succeeds. */
const fallbackIdentity = { name: 'Lanyard', email: 'lanyard@localhost' };

/** Whether git config names one; GIT_AUTHOR_* / GIT_COMMITTER_* variables override config anyway. */
async function configured(dir: string, key: string): Promise<boolean> {
  return runGit(['config', '--get', key], dir).then(
    ({ stdout }) => stdout.trim() !== '',
    () => false,
  );
}

/**
 * Commits what is staged in `dir` and answers the new commit's id. The writer's own git
 * identity is used when one is configured; only a missing name or email is filled in with
 * Lanyard's, so the commit never fails for want of one.
 */
export async function gitCommit(dir: string, message: string, options: { author?: GitAuthor } = {}): Promise<string> {
  const [hasName, hasEmail] = await Promise.all([configured(dir, 'user.name'), configured(dir, 'user.email')]);
  const identity = [
    ...(hasName ? [] : ['-c', `user.name=${fallbackIdentity.name}`]),
    ...(hasEmail ? [] : ['-c', `user.email=${fallbackIdentity.email}`]),
  ];
  const author = options.author ? [`--author=${options.author.name} <${options.author.email}>`] : [];
  // The message goes through stdin, so no length limit or quoting applies to it.
  await runGit([...identity, 'commit', '--quiet', ...author, '--file=-'], dir, { input: message });
  const { stdout } = await runGit(['rev-parse', 'HEAD'], dir);
  return stdout.trim();
}
