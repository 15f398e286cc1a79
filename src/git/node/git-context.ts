import { AsyncLocalStorage } from 'node:async_hooks';
import type { GitCommandRecord } from '../git-command-record';
import { redactUrl } from './redact-url';

export type { GitCommandRecord };

/** What every git command run inside `withGitContext` reports to and is cancelled by. */
export interface GitContext {
  onCommand?: (record: GitCommandRecord) => void;
  signal?: AbortSignal;
  /** Answers read once for the whole operation (git config does not change under one publish). */
  memo?: Map<string, Promise<unknown>>;
}

/** Enough of stderr to show why a command failed, without keeping a whole progress log. */
const stderrLimit = 4000;

const storage = new AsyncLocalStorage<GitContext>();

/**
 * Runs fn so that every runGit inside it (however deep, via AsyncLocalStorage) reports to
 * `context.onCommand` and is cancelled by `context.signal` unless the call passes its own
 * signal. An inner context replaces an outer one entirely.
 */
export function withGitContext<T>(context: GitContext, fn: () => Promise<T>): Promise<T> {
  return storage.run(context, fn);
}

/**
 * Runs fn with the surrounding context and a memo, so reads like the git config's answer once
 * for everything fn runs: one publish asks for the identity and the network settings once.
 */
export function withGitMemo<T>(fn: () => Promise<T>): Promise<T> {
  return storage.run({ ...storage.getStore(), memo: new Map() }, fn);
}

/** The memo's answer for `key`, computing it once per `withGitMemo`; without one, computed each time. */
export function memoized<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const memo = storage.getStore()?.memo;
  if (memo === undefined) return compute();
  const known = memo.get(key) as Promise<T> | undefined;
  if (known !== undefined) return known;
  const answer = compute();
  memo.set(key, answer);
  // A failure is not remembered: the next asker tries again.
  answer.catch(() => memo.delete(key));
  return answer;
}

/** The context of the innermost `withGitContext` around the caller, if any. */
export function currentGitContext(): GitContext | undefined {
  return storage.getStore();
}

/**
 * Hands a settled command to `context.onCommand`, redacted and trimmed. A listener that
 * throws is ignored: it runs inside a child process event, where a throw would crash the app.
 */
export function reportGitCommand(
  context: GitContext | undefined,
  command: { args: readonly string[]; cwd: string; exitCode: number | null; stderr: string; startedAt: number },
): void {
  if (!context?.onCommand) return;
  const record: GitCommandRecord = {
    args: command.args.map(redactUrl),
    cwd: command.cwd,
    exitCode: command.exitCode,
    // Redacted before trimming, so a cut can never leave half a URL with its password.
    stderr: redactUrl(command.stderr).slice(-stderrLimit),
    startedAt: command.startedAt,
    durationMs: Date.now() - command.startedAt,
  };
  try {
    context.onCommand(record);
  } catch {
    // See above: a failing log must not take git down with it.
  }
}
