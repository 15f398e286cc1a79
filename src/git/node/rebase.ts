import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runGit } from './run-git';

/** A half-done operation git leaves behind when it stops for a conflict. */
export type GitOperation = 'rebase' | 'merge' | 'cherry-pick' | 'revert';

/** The files whose presence in the git directory marks each operation, checked in this order. */
const markers: ReadonlyArray<readonly [GitOperation, string]> = [
  ['rebase', 'rebase-merge'],
  ['rebase', 'rebase-apply'],
  ['merge', 'MERGE_HEAD'],
  ['cherry-pick', 'CHERRY_PICK_HEAD'],
  ['revert', 'REVERT_HEAD'],
];

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** `rev-parse` arguments that print where each operation's marker would be, one a line; see `operationFromMarkers`. */
export const operationMarkerArgs: readonly string[] = markers.flatMap(([, marker]) => ['--git-path', marker]);

/**
 * The operation whose marker exists, from the lines `rev-parse` printed for `operationMarkerArgs`
 * in `repo` (`--git-path` answers paths relative to the folder git ran in, or absolute ones).
 */
export async function operationFromMarkers(repo: string, lines: readonly string[]): Promise<GitOperation | null> {
  const paths = lines.slice(0, markers.length).map((line) => path.resolve(repo, line));
  const present = await Promise.all(paths.map(exists));
  return markers.find((_, index) => present[index])?.[0] ?? null;
}

/** The operation git is in the middle of in the repository around `repo`, or null when none. */
export async function operationInProgress(repo: string): Promise<GitOperation | null> {
  const { stdout } = await runGit(['rev-parse', ...operationMarkerArgs], repo);
  return operationFromMarkers(repo, stdout.split('\n'));
}

/**
 * Stops a rebase and puts the branch, the working tree and any changes `--autostash` put
 * aside back as they were before it started.
 */
export async function abortRebase(repo: string): Promise<void> {
  await runGit(['rebase', '--abort'], repo);
}
