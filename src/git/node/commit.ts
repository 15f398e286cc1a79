import { gitSettings } from './config';
import { runGit } from './run-git';

/** Who a commit is by, when not the configured identity. */
export interface GitAuthor {
  name: string;
  email: string;
}

/** Used only on a machine where git knows no one, so a first commit still succeeds. */
const fallbackIdentity = { name: 'Lanyard', email: 'lanyard@localhost' };

/** The identity keys git config gives a non-empty value; GIT_AUTHOR_* / GIT_COMMITTER_* variables override config anyway. */
async function configuredIdentity(dir: string): Promise<Set<string>> {
  const settings = await gitSettings(dir).catch(() => new Map<string, string>());
  return new Set(['user.name', 'user.email'].filter((key) => (settings.get(key) ?? '').trim() !== ''));
}

/**
 * `-c` arguments (put before the verb) that fill in Lanyard's name or email where git config
 * names none, so a command that writes commits — a commit, a rebase — never fails for want of
 * one. Empty when the writer's own identity is configured.
 */
export async function fallbackIdentityArgs(dir: string): Promise<string[]> {
  const configured = await configuredIdentity(dir);
  return [
    ...(configured.has('user.name') ? [] : ['-c', `user.name=${fallbackIdentity.name}`]),
    ...(configured.has('user.email') ? [] : ['-c', `user.email=${fallbackIdentity.email}`]),
  ];
}

/** What a commit takes besides its message. */
export interface GitCommitOptions {
  author?: GitAuthor;
  /** Commit only these (repository-relative, literal, each known to git: tracked, or staged as new). */
  paths?: string[];
  /**
   * The length of the repository's object ids (40, or 64 in a SHA-256 repository; a status's
   * `head` tells it). Given, the new commit's id is read off git's own summary line instead of
   * being asked for with a second git command.
   */
  idLength?: 40 | 64;
}

/** The full id in git's summary line, `[main 0123…] Subject` (`[main (root-commit) 0123…]`), when it is there. */
function summaryId(stdout: string, idLength: number): string | null {
  const firstLine = stdout.split('\n', 1)[0] ?? '';
  // A branch name never holds a space, so the first ` <id>] ` ends the bracket, whatever the subject says.
  const match = new RegExp(`^\\[.*? ([0-9a-f]{${idLength}})\\] `).exec(firstLine);
  return match?.[1] ?? null;
}

/**
 * Commits what is staged in `dir` and answers the new commit's id. With `paths` only those
 * paths are committed, as they are in the working tree; whatever else is staged stays staged.
 * The writer's own git identity is used when one is configured (see `fallbackIdentityArgs`).
 */
export async function gitCommit(dir: string, message: string, options: GitCommitOptions = {}): Promise<string> {
  const identity = await fallbackIdentityArgs(dir);
  const author = options.author ? [`--author=${options.author.name} <${options.author.email}>`] : [];
  const only = options.paths ? ['--only', '--', ...options.paths] : [];
  const literal = options.paths ? ['--literal-pathspecs'] : [];
  // Abbreviated to the full length, git's summary names the commit; the summary also costs a diffstat, so only then.
  const summary = options.idLength ? ['-c', `core.abbrev=${options.idLength}`] : [];
  const quiet = options.idLength ? [] : ['--quiet'];
  const args = [...identity, ...summary, ...literal, 'commit', ...quiet, ...author, '--file=-', ...only];
  // The message goes through stdin, so no length limit or quoting applies to it.
  const { stdout } = await runGit(args, dir, { input: message });
  const id = options.idLength ? summaryId(stdout, options.idLength) : null;
  return id ?? (await runGit(['rev-parse', 'HEAD'], dir)).stdout.trim();
}
