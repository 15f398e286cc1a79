import { memoized } from './git-context';
import { runGit } from './run-git';

/** Who a commit is by, when not the configured identity. */
export interface GitAuthor {
  name: string;
  email: string;
}

/** Used only on a machine where git knows no one, so a first commit still succeeds. */
const fallbackIdentity = { name: 'Lanyard', email: 'lanyard@localhost' };

/**
 * The identity keys git config gives a non-empty value, the last setting of each winning as
 * in git; GIT_AUTHOR_* / GIT_COMMITTER_* variables override config anyway.
 */
async function configuredIdentity(dir: string): Promise<Set<string>> {
  const { stdout } = await runGit(['config', '--get-regexp', '^user\\.(name|email)$'], dir).catch(() => ({
    stdout: '',
  }));
  const values = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const [key = '', ...value] = line.split(' ');
    if (key !== '') values.set(key, value.join(' ').trim());
  }
  return new Set([...values].filter(([, value]) => value !== '').map(([key]) => key));
}

/**
 * `-c` arguments (put before the verb) that fill in Lanyard's name or email where git config
 * names none, so a command that writes commits — a commit, a rebase — never fails for want of
 * one. Empty when the writer's own identity is configured.
 */
export async function fallbackIdentityArgs(dir: string): Promise<string[]> {
  const configured = await memoized(`identity\0${dir}`, () => configuredIdentity(dir));
  return [
    ...(configured.has('user.name') ? [] : ['-c', `user.name=${fallbackIdentity.name}`]),
    ...(configured.has('user.email') ? [] : ['-c', `user.email=${fallbackIdentity.email}`]),
  ];
}

/**
 * Commits what is staged in `dir` and answers the new commit's id. With `paths`
 * (repository-relative, literal, each known to git: tracked, or staged as new) only those
 * paths are committed, as they are in the working tree; whatever else is staged stays staged.
 * The writer's own git identity is used when one is configured (see `fallbackIdentityArgs`).
 */
export async function gitCommit(
  dir: string,
  message: string,
  options: { author?: GitAuthor; paths?: string[] } = {},
): Promise<string> {
  const identity = await fallbackIdentityArgs(dir);
  const author = options.author ? [`--author=${options.author.name} <${options.author.email}>`] : [];
  const only = options.paths ? ['--only', '--', ...options.paths] : [];
  const literal = options.paths ? ['--literal-pathspecs'] : [];
  // The message goes through stdin, so no length limit or quoting applies to it.
  await runGit([...identity, ...literal, 'commit', '--quiet', ...author, '--file=-', ...only], dir, {
    input: message,
  });
  const { stdout } = await runGit(['rev-parse', 'HEAD'], dir);
  return stdout.trim();
}
