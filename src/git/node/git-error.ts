import { redactUrl } from './redact-url';

/** What went wrong, in terms the writer can act on. */
export type GitErrorKind =
  | 'not-installed'
  | 'not-a-repository'
  | 'auth'
  | 'remote-missing'
  | 'offline'
  | 'rejected'
  | 'remote-rejected'
  | 'conflict'
  | 'failed';

/**
 * Patterns in git's output (English, as `runGit` forces), first match wins. A remote's
 * refusal comes first: it proves the remote was reached, whatever its hook printed.
 */
const patterns: ReadonlyArray<readonly [Exclude<GitErrorKind, 'not-installed' | 'failed'>, RegExp]> = [
  ['not-a-repository', /not a git repository/i],
  ['remote-rejected', /\[remote rejected\]|pre-receive hook declined|protected branch|GH006|not allowed to push/i],
  [
    'auth',
    /Authentication failed|could not read (Username|Password)|terminal prompts disabled|Permission denied \(publickey|Invalid username or password|The requested URL returned error: 40[13]|Host key verification failed/i,
  ],
  // Reached, but nothing there: retrying would never help, so this is not `offline`.
  [
    'remote-missing',
    /does not appear to be a git repository|Repository not found|repository '[^'\n]*' not found|The requested URL returned error: 404/i,
  ],
  // Not git's generic "Could not read from remote repository", which follows any failure of ssh.
  [
    'offline',
    /Could not resolve host|Failed to connect to|Couldn't connect to server|Connection (timed out|refused|reset)|Network is unreachable|Operation timed out|Operation too slow|ssh: connect to host/i,
  ],
  ['rejected', /\[rejected\]|non-fast-forward|fetch first/i],
  [
    'conflict',
    /^CONFLICT|could not apply|Automatic merge failed|needs merge|resolve your current index first|would be overwritten by merge/im,
  ],
];

const summaries: Record<GitErrorKind, string> = {
  'not-installed': 'Git is not installed, or Lanyard cannot find it. Install git and try again.',
  'not-a-repository': 'This folder is not a git repository.',
  auth: 'Git could not sign in to the remote repository. Check your credentials.',
  'remote-missing': 'Git reached the remote, but found no repository at that address. Check the remote’s URL.',
  offline: 'Git could not reach the remote repository. Check your internet connection.',
  rejected: 'The remote repository refused the change; it has work you do not have yet.',
  'remote-rejected': 'The remote repository refused the push.',
  conflict: 'Git found conflicting changes that need to be resolved.',
  failed: 'Git failed.',
};

/** The kind of failure git's output describes; pass stderr, followed by stdout where git reports there. */
export function classifyGitFailure(output: string): GitErrorKind {
  return patterns.find(([, pattern]) => pattern.test(output))?.[0] ?? 'failed';
}

/** Git rewrites a progress line in place with `\r`, so both end a line. */
function lines(text: string): string[] {
  return text
    .split(/[\r\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Git's own explanation: its first `fatal:`/`error:` line, else the last thing it printed. */
function gitsOwnWords(stderr: string, stdout: string): string | null {
  const flagged = lines(stderr).find((line) => /^(fatal|error):/i.test(line));
  if (flagged) return flagged.replace(/^(fatal|error):\s*/i, '');
  return lines(stderr).at(-1) ?? lines(stdout).at(-1) ?? null;
}

/** A remote's progress report (`Counting objects: 100% (5/5), done.`), which says nothing to the writer. */
const remoteProgress = /^[A-Z][a-z]+( [a-z]+)*: +(\d+% \(\d+\/\d+\)|\d+, done\.)|^Total \d+ \(delta \d+\)/;
/** Colour and clear-line codes a server may send along with its words. */
// eslint-disable-next-line no-control-regex -- the escape character is exactly what is matched
const terminalCodes = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * What the remote itself said (a hook's refusal, a link to open a pull request): the
 * `remote: ` lines of git's stderr without that prefix and without progress reports, joined
 * by `\n`. Null when the remote said nothing else.
 */
export function remoteMessageOf(stderr: string): string | null {
  const said = stderr
    .split(/[\r\n]/)
    .filter((line) => line.startsWith('remote:'))
    .map((line) => line.slice('remote:'.length).replace(terminalCodes, '').replace(/^ /, '').trimEnd())
    .filter((line) => line.trim() !== '' && !remoteProgress.test(line));
  return said.length > 0 ? redactUrl(said.join('\n')) : null;
}

function messageFor(kind: GitErrorKind, stderr: string, stdout: string, remoteMessage: string | null): string {
  const detail =
    kind === 'failed' || kind === 'conflict'
      ? gitsOwnWords(stderr, stdout)
      : kind === 'remote-rejected' && remoteMessage !== null
        ? remoteMessage
            .split('\n')
            .map((line) => line.trim())
            .join(' ')
        : null;
  return detail ? `${summaries[kind]} (${redactUrl(detail)})` : summaries[kind];
}

/** A failed git command, with a plain message and git's own words for the log. */
export class GitError extends Error {
  readonly kind: GitErrorKind;
  /** Null when git did not run at all. */
  readonly exitCode: number | null;
  /** Credentials in URLs are redacted, here and in `args`. */
  readonly stderr: string;
  readonly args: readonly string[];
  /** What the remote said on `remote: ` lines, prefix removed; null when it said nothing. */
  readonly remoteMessage: string | null;

  constructor(
    kind: GitErrorKind,
    options: { exitCode: number | null; stderr: string; stdout?: string; args: readonly string[] },
  ) {
    const remoteMessage = remoteMessageOf(options.stderr);
    super(messageFor(kind, options.stderr, options.stdout ?? '', remoteMessage));
    this.name = 'GitError';
    this.kind = kind;
    this.exitCode = options.exitCode;
    this.stderr = redactUrl(options.stderr);
    this.args = options.args.map(redactUrl);
    this.remoteMessage = remoteMessage;
  }
}
