import { runGit } from './run-git';

/** How a path differs from HEAD, or from the index for untracked and conflicted paths. */
export type GitChangeKind = 'modified' | 'added' | 'deleted' | 'renamed' | 'untracked' | 'conflicted' | 'type-changed';

/** One changed path of the working tree. */
export interface GitStatusEntry {
  /** repository-relative POSIX path */
  path: string;
  /** for renames/copies */
  originalPath: string | null;
  kind: GitChangeKind;
  /** true when some of the change is staged */
  staged: boolean;
}

/** The state of a working tree and its branch. */
export interface GitStatus {
  /** null when HEAD is detached */
  branch: string | null;
  /** null on an unborn branch */
  head: string | null;
  /**
   * e.g. origin/main, null when none — also when one is configured but its remote-tracking
   * branch does not exist (never fetched, or deleted on the remote).
   */
  upstream: string | null;
  ahead: number;
  behind: number;
  entries: GitStatusEntry[];
}

/** The kind of an ordinary (`1`) entry from its index (X) and worktree (Y) letters. */
function ordinaryKind(index: string, worktree: string): GitChangeKind {
  if (index === 'D' || worktree === 'D') return 'deleted';
  if (index === 'A') return 'added';
  if (index === 'T' || worktree === 'T') return 'type-changed';
  return 'modified';
}

/** Splits `count` space-separated fields off the front; the rest is a path that may hold spaces. */
function fieldsAndPath(record: string, count: number): { fields: string[]; path: string } {
  const fields = record.split(' ', count);
  return { fields, path: record.slice(fields.join(' ').length + 1) };
}

/**
 * The branch, its upstream and every changed path of the working tree around `repo`
 * (untracked files listed one by one, ignored ones never). Paths are repository-relative
 * even when `repo` is a subfolder.
 */
export async function gitStatus(repo: string): Promise<GitStatus> {
  const { stdout } = await runGit(['status', '--porcelain=v2', '--branch', '-z', '--untracked-files=all'], repo);
  const status: GitStatus = { branch: null, head: null, upstream: null, ahead: 0, behind: 0, entries: [] };
  let upstream: string | null = null;
  const records = stdout.split('\0');
  for (let i = 0; i < records.length; i++) {
    const record = records[i] ?? '';
    if (record.startsWith('# branch.oid ')) {
      const oid = record.slice('# branch.oid '.length);
      status.head = oid === '(initial)' ? null : oid;
    } else if (record.startsWith('# branch.head ')) {
      const head = record.slice('# branch.head '.length);
      status.branch = head === '(detached)' ? null : head;
    } else if (record.startsWith('# branch.upstream ')) {
      upstream = record.slice('# branch.upstream '.length);
    } else if (record.startsWith('# branch.ab ')) {
      // Git prints ahead/behind only when the upstream resolves.
      const [, ahead = '+0', behind = '-0'] = record.split(' ').slice(1);
      status.upstream = upstream;
      status.ahead = Number(ahead.slice(1));
      status.behind = Number(behind.slice(1));
    } else if (record.startsWith('1 ')) {
      const { fields, path } = fieldsAndPath(record, 8);
      const [index = '.', worktree = '.'] = fields[1] ?? '';
      status.entries.push({ path, originalPath: null, kind: ordinaryKind(index, worktree), staged: index !== '.' });
    } else if (record.startsWith('2 ')) {
      const { fields, path } = fieldsAndPath(record, 9);
      const [index = '.'] = fields[1] ?? '';
      // A rename's or copy's original path is the next NUL-separated field.
      const originalPath = records[++i] ?? null;
      const kind = fields[8]?.startsWith('C') ? 'added' : 'renamed';
      status.entries.push({ path, originalPath, kind, staged: index !== '.' });
    } else if (record.startsWith('u ')) {
      status.entries.push({
        path: fieldsAndPath(record, 10).path,
        originalPath: null,
        kind: 'conflicted',
        staged: false,
      });
    } else if (record.startsWith('? ')) {
      status.entries.push({ path: record.slice(2), originalPath: null, kind: 'untracked', staged: false });
    }
  }
  return status;
}
