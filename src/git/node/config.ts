import { memoized } from './git-context';
import { GitError } from './git-error';
import { runGit } from './run-git';

/** Every setting Lanyard looks at; git canonicalises section and key names to lower case, not a remote's name. */
const consulted = '^(user\\.(name|email)|core\\.sshcommand|http\\.lowspeed(limit|time)|remote\\..+\\.(url|pushurl))$';

async function readSettings(dir: string): Promise<Map<string, string>> {
  let stdout: string;
  try {
    // -z: a value may hold newlines; each record is `key\nvalue`, or just `key` for a bare boolean.
    ({ stdout } = await runGit(['config', '--null', '--get-regexp', consulted], dir));
  } catch (error) {
    // Exit code 1 is git's "none set"; anything else (a broken config file) is a real failure.
    if (error instanceof GitError && error.exitCode === 1) return new Map();
    throw error;
  }
  const settings = new Map<string, string>();
  for (const record of stdout.split('\0')) {
    if (record === '') continue;
    const newline = record.indexOf('\n');
    // Later settings win, as in git: the repository's over the global ones.
    if (newline === -1) settings.set(record, '');
    else settings.set(record.slice(0, newline), record.slice(newline + 1));
  }
  return settings;
}

/**
 * The settings Lanyard looks at (`user.name`, `user.email`, `core.sshcommand`,
 * `http.lowspeedlimit`, `http.lowspeedtime`, each remote's `remote.<name>.url` and `.pushurl`) that git config
 * sets in any scope git reads from `dir`, by name, the last setting of each winning as in git; a
 * bare boolean reads as `''`. One git command answers them all, once per `withGitMemo`. `dir`
 * may be any existing folder; a broken config file fails with a GitError.
 */
export function gitSettings(dir: string): Promise<ReadonlyMap<string, string>> {
  return memoized(`settings\0${dir}`, () => readSettings(dir));
}
