import { memoized } from './git-context';
import { GitError } from './git-error';
import { runGit } from './run-git';

/** Ssh that never waits for a password or a host-key answer nobody can give. */
const batchSsh = 'ssh -o BatchMode=yes -o ConnectTimeout=20';

/** Which of `keys` (lower case, as git canonicalises them) git config sets, in any scope git reads from `cwd`. */
async function configuredKeys(cwd: string, keys: string[]): Promise<Set<string>> {
  const pattern = `^(${keys.map((key) => key.replaceAll('.', '\\.')).join('|')})$`;
  try {
    const { stdout } = await runGit(['config', '--get-regexp', pattern], cwd);
    return new Set(stdout.split('\n').map((line) => line.split(' ', 1)[0] ?? ''));
  } catch (error) {
    // Exit code 1 is git's "none set"; anything else (a broken config file) is a real failure.
    if (error instanceof GitError && error.exitCode === 1) return new Set();
    throw error;
  }
}

/**
 * Extra args (put before the verb) and env for commands that talk to a remote, so nothing
 * hangs: ssh never prompts (BatchMode) and gives up connecting after 20 s, and http aborts a
 * transfer that stalls for 60 s — each only when the user has not configured their own
 * (`GIT_SSH_COMMAND`, `GIT_SSH`, `core.sshCommand`; `http.lowSpeedLimit` and
 * `http.lowSpeedTime` or their `GIT_HTTP_LOW_SPEED_*` variables, each on its own). `repo` may
 * be any existing folder, for a clone that has no repository yet.
 */
export async function networkEnvironment(repo: string): Promise<{ args: string[]; env: Record<string, string> }> {
  const set = await memoized(`network-config\0${repo}`, () =>
    configuredKeys(repo, ['core.sshcommand', 'http.lowspeedlimit', 'http.lowspeedtime']),
  );
  const userSsh = set.has('core.sshcommand') || Boolean(process.env.GIT_SSH_COMMAND) || Boolean(process.env.GIT_SSH);
  const args = [
    ...(set.has('http.lowspeedlimit') || process.env.GIT_HTTP_LOW_SPEED_LIMIT ? [] : ['-c', 'http.lowSpeedLimit=1000']),
    ...(set.has('http.lowspeedtime') || process.env.GIT_HTTP_LOW_SPEED_TIME ? [] : ['-c', 'http.lowSpeedTime=60']),
  ];
  return { args, env: userSsh ? {} : { GIT_SSH_COMMAND: batchSsh } };
}
