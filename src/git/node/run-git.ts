import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { classifyGitFailure, GitError } from './git-error';

/** Options for one git command. */
export interface RunGitOptions {
  /** Written to git's standard input. */
  input?: string;
  /** Added to the environment git runs with. */
  env?: Record<string, string>;
  signal?: AbortSignal;
}

/** Output of a git command that succeeded. */
export interface GitOutput {
  stdout: string;
  stderr: string;
}

/**
 * The environment for every git command: never ask on a terminal nobody sees, and speak
 * English so failures can be classified.
 */
function gitEnvironment(extra: Record<string, string> | undefined): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C', ...extra };
}

/**
 * Runs the system `git` with an argument array — never through a shell — in `cwd`. Resolves
 * with its output when it exits 0; otherwise rejects with a `GitError` whose kind says what
 * went wrong (`not-installed` when there is no git to run).
 */
export function runGit(args: string[], cwd: string, options: RunGitOptions = {}): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: gitEnvironment(options.env),
      signal: options.signal,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && !existsSync(cwd)) {
        // spawn reports a missing cwd as ENOENT too; only a missing git is `not-installed`.
        reject(new GitError('failed', { exitCode: null, stderr: `fatal: the folder ${cwd} does not exist`, args }));
      } else if (error.code === 'ENOENT') {
        reject(new GitError('not-installed', { exitCode: null, stderr: error.message, args }));
      } else {
        reject(error);
      }
    });
    child.on('close', (code, signal) => {
      const output = { stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
      if (code === 0) return resolve(output);
      // An abort has already rejected through 'error'; settling twice is harmless.
      const stderrText =
        code === null ? `${output.stderr}\nfatal: git was stopped (${signal ?? 'signal'})` : output.stderr;
      const kind = classifyGitFailure(stderrText);
      reject(new GitError(kind, { exitCode: code, stderr: stderrText, stdout: output.stdout, args }));
    });
    // A git that exits before reading its input is not an error of ours; its exit code says what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
