import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { currentGitContext, reportGitCommand } from './git-context';
import { classifyGitFailure, GitError } from './git-error';
import { redactUrl } from './redact-url';

/** Options for one git command. */
export interface RunGitOptions {
  /** Written to git's standard input. */
  input?: string;
  /** Added to the environment git runs with. */
  env?: Record<string, string>;
  /** Stops git; without one, the signal of the surrounding `withGitContext` applies. */
  signal?: AbortSignal;
  /**
   * Each line git writes to stderr while it runs, trimmed, empty ones skipped. Git's
   * `--progress` rewrites a line in place with `\r`; every rewrite counts as a line.
   * Credentials in URLs are redacted.
   */
  onProgress?: (line: string) => void;
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

/** Splits a stream of chunks into lines at `\r` and `\n`, even when a chunk ends mid-line or mid-character. */
function progressLines(onLine: (line: string) => void): { write(chunk: Buffer): void; end(): void } {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  const emit = (segment: string) => {
    const line = segment.trim();
    if (line === '') return;
    try {
      onLine(redactUrl(line));
    } catch {
      // The listener runs inside a stream event, where a throw would crash the app.
    }
  };
  return {
    write(chunk) {
      const segments = (partial + decoder.write(chunk)).split(/[\r\n]/);
      partial = segments.pop() ?? '';
      segments.forEach(emit);
    },
    end() {
      emit(partial + decoder.end());
      partial = '';
    },
  };
}

/** Stops git and every process it started; on Windows `taskkill /T` walks the tree. */
function stopProcessTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (process.platform === 'win32') {
      spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], { windowsHide: true, stdio: 'ignore' }).on(
        'error',
        () => child.kill(),
      );
    } else {
      process.kill(-child.pid, 'SIGTERM');
    }
  } catch {
    child.kill('SIGTERM');
  }
}

/**
 * Runs the system `git` with an argument array — never through a shell — in `cwd`. Resolves
 * with its output when it exits 0; otherwise rejects with a `GitError` whose kind says what
 * went wrong (`not-installed` when there is no git to run). An aborted command rejects with
 * the signal's AbortError once git has exited. Inside `withGitContext`, the command is
 * reported to the context when it settles.
 */
export function runGit(args: string[], cwd: string, options: RunGitOptions = {}): Promise<GitOutput> {
  const context = currentGitContext();
  const startedAt = Date.now();
  return new Promise((resolve, reject) => {
    const signal = options.signal ?? context?.signal;
    const child = spawn('git', args, {
      cwd,
      env: gitEnvironment(options.env),
      // Its own process group, so a cancel also stops the helpers git starts (git-remote-https, ssh).
      detached: process.platform !== 'win32',
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stopOnAbort = () => {
      child.emit('error', Object.assign(new Error('The git command was cancelled.'), { name: 'AbortError' }));
      stopProcessTree(child);
    };
    if (signal?.aborted) stopOnAbort();
    else signal?.addEventListener('abort', stopOnAbort, { once: true });
    child.once('close', () => signal?.removeEventListener('abort', stopOnAbort));
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const progress = options.onProgress ? progressLines(options.onProgress) : null;
    const stderrSoFar = () => Buffer.concat(stderr).toString('utf8');
    let settled = false;
    let aborted: Error | null = null;
    // Spawn failures and aborts can be followed by 'close'; only the first outcome counts.
    const settle = (exitCode: number | null, stderrText: string, outcome: () => void) => {
      if (settled) return;
      settled = true;
      reportGitCommand(context, { args, cwd, exitCode, stderr: stderrText, startedAt });
      outcome();
    };
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      if (!settled) progress?.write(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError') {
        // Rejecting only once git has exited lets a caller clean up after it safely.
        aborted = error;
        if (child.exitCode !== null || child.signalCode !== null) settle(null, stderrSoFar(), () => reject(error));
      } else if (error.code === 'ENOENT' && !existsSync(cwd)) {
        // spawn reports a missing cwd as ENOENT too; only a missing git is `not-installed`.
        const text = `fatal: the folder ${cwd} does not exist`;
        settle(null, text, () => reject(new GitError('failed', { exitCode: null, stderr: text, args })));
      } else if (error.code === 'ENOENT') {
        settle(null, error.message, () =>
          reject(new GitError('not-installed', { exitCode: null, stderr: error.message, args })),
        );
      } else {
        settle(null, stderrSoFar(), () => reject(error));
      }
    });
    child.on('exit', (code) => {
      const abortError = aborted;
      if (abortError) settle(code, stderrSoFar(), () => reject(abortError));
    });
    child.on('close', (code, signal) => {
      if (!settled) progress?.end();
      const output = { stdout: Buffer.concat(stdout).toString('utf8'), stderr: stderrSoFar() };
      if (code === 0) return settle(0, output.stderr, () => resolve(output));
      const stderrText =
        code === null ? `${output.stderr}\nfatal: git was stopped (${signal ?? 'signal'})` : output.stderr;
      // Some failures are reported on stdout: `push --porcelain` ref status, a rebase's CONFLICT lines.
      const kind = classifyGitFailure(`${stderrText}\n${output.stdout}`);
      settle(code, stderrText, () =>
        reject(new GitError(kind, { exitCode: code, stderr: stderrText, stdout: output.stdout, args })),
      );
    });
    // A git that exits before reading its input is not an error of ours; its exit code says what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
