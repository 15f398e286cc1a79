/** What went wrong, in terms the writer can act on. */
export type GitErrorKind =
  'not-installed' | 'not-a-repository' | 'auth' | 'offline' | 'rejected' | 'conflict' | 'failed';

/** Patterns in git's stderr (English, as `runGit` forces), first match wins. */
const patterns: ReadonlyArray<readonly [Exclude<GitErrorKind, 'not-installed' | 'failed'>, RegExp]> = [
  ['not-a-repository', /not a git repository/i],
  [
    'auth',
    /Authentication failed|could not read (Username|Password)|terminal prompts disabled|Permission denied \(publickey|Invalid username or password|The requested URL returned error: 40[13]|Host key verification failed/i,
  ],
  [
    'offline',
    /Could not resolve host|Failed to connect to|Connection (timed out|refused)|Network is unreachable|Operation timed out|Could not read from remote repository/i,
  ],
  ['rejected', /\[rejected\]|\[remote rejected\]|failed to push some refs|non-fast-forward|\(fetch first\)/i],
  [
    'conflict',
    /^CONFLICT|Automatic merge failed|needs merge|resolve your current index first|would be overwritten by merge/im,
  ],
];

const summaries: Record<GitErrorKind, string> = {
  'not-installed': 'Git is not installed, or Lanyard cannot find it. Install git and try again.',
  'not-a-repository': 'This folder is not a git repository.',
  auth: 'Git could not sign in to the remote repository. Check your credentials.',
  offline: 'Git could not reach the remote repository. Check your internet connection.',
  rejected: 'The remote repository refused the change; it has work you do not have yet.',
  conflict: 'Git found conflicting changes that need to be resolved.',
  failed: 'Git failed.',
};

/** The kind of failure git's stderr describes. */
export function classifyGitFailure(stderr: string): GitErrorKind {
  return patterns.find(([, pattern]) => pattern.test(stderr))?.[0] ?? 'failed';
}

/** Git's own explanation: its first `fatal:`/`error:` line, else the last thing it printed. */
function gitsOwnWords(stderr: string, stdout: string): string | null {
  const lines = (text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  const flagged = lines(stderr).find((line) => /^(fatal|error):/i.test(line));
  if (flagged) return flagged.replace(/^(fatal|error):\s*/i, '');
  return lines(stderr).at(-1) ?? lines(stdout).at(-1) ?? null;
}

/** A failed git command, with a plain message and git's own words for the log. */
export class GitError extends Error {
  readonly kind: GitErrorKind;
  /** Null when git did not run at all. */
  readonly exitCode: number | null;
  readonly stderr: string;
  readonly args: readonly string[];

  constructor(
    kind: GitErrorKind,
    options: { exitCode: number | null; stderr: string; stdout?: string; args: readonly string[] },
  ) {
    const detail = kind === 'failed' || kind === 'conflict' ? gitsOwnWords(options.stderr, options.stdout ?? '') : null;
    super(detail ? `${summaries[kind]} (${detail})` : summaries[kind]);
    this.name = 'GitError';
    this.kind = kind;
    this.exitCode = options.exitCode;
    this.stderr = options.stderr;
    this.args = options.args;
  }
}
