import { watch, promises as fs, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { SiteProfile } from '../../site/site-profile';

/** Quiet time before a burst of changes is reported: one save is several file-system events. */
const debounceMs = 100;
/** A steady stream of changes is still reported this often, so nothing waits a second. */
const maxWaitMs = 400;
/** Only when the site's parent folder cannot be watched: how often to check the site is there. */
const vanishPollMs = 2000;
/** Same rule as the index: dot-entries (atomic-write temp files too), dependencies, output. */
const skippedNames = new Set(['node_modules', '_site']);

/** A running watch over a site's post folders. */
export interface PostWatcher {
  close(): void;
}

function isSkippedName(name: string): boolean {
  return name.startsWith('.') || skippedNames.has(name);
}

function join(folder: string, name: string): string {
  return folder === '.' ? name : `${folder}/${name}`;
}

/** `a/b/c` → `.`, `a`, `a/b`: the folders that must exist for `a/b/c` to. */
function ancestorsOf(folder: string): string[] {
  if (folder === '.') return [];
  const parts = folder.split('/');
  return ['.', ...parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'))];
}

/**
 * Watches a site's post folders and reports site-relative paths (posts, or folders whose
 * contents changed) about 100 ms after changes settle. Uses one non-recursive `fs.watch` per
 * folder — never one per file — added and removed as folders come and go, plus watches on the
 * folders above each post folder so a post folder that is deleted and made again is picked
 * up. Watching the site's parent notices the site itself vanishing (deleted, renamed).
 */
export function startPostWatcher(
  profile: SiteProfile,
  onChange: (ids: string[]) => void,
  onVanished: () => void,
): PostWatcher {
  const root = profile.root;
  const watchers = new Map<string, FSWatcher>();
  const postFolders = new Set(profile.postFolders);
  /** Folders above a post folder and outside every post folder: only the way down matters there. */
  const guardFolders = new Set<string>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let firstPendingAt = 0;
  let closed = false;
  let vanished = false;
  let poll: NodeJS.Timeout | null = null;

  const absolute = (folder: string) => path.join(root, ...folder.split('/'));
  const inTree = (folder: string) =>
    [...postFolders].some((post) => post === '.' || folder === post || folder.startsWith(`${post}/`));
  for (const folder of profile.postFolders.flatMap(ancestorsOf)) if (!inTree(folder)) guardFolders.add(folder);

  const flush = () => {
    timer = null;
    if (closed || pending.size === 0) return;
    const ids = [...pending].sort();
    pending.clear();
    onChange(ids);
  };

  const report = (relative: string) => {
    if (closed) return;
    if (pending.size === 0) firstPendingAt = Date.now();
    pending.add(relative);
    if (timer) clearTimeout(timer);
    const waited = Date.now() - firstPendingAt;
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, maxWaitMs - waited)));
  };

  const unwatch = (folder: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === folder || watched.startsWith(`${folder}/`)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };

  const checkVanished = async () => {
    if (closed || vanished) return;
    const stats = await fs.stat(root).catch(() => null);
    if (stats?.isDirectory() || closed) return;
    vanished = true;
    for (const folder of [...watchers.keys()]) unwatch(folder);
    onVanished();
  };

  /** Watches one folder; false when it is watched already or cannot be (gone, not a folder). */
  const addWatch = (folder: string): boolean => {
    if (closed || watchers.has(folder)) return false;
    try {
      const watcher = watch(absolute(folder), { persistent: false }, (_event, name) => onEvent(folder, name));
      watcher.on('error', () => {
        unwatch(folder);
        report(folder);
        void checkVanished();
      });
      watchers.set(folder, watcher);
      return true;
    } catch {
      return false; // Its parent's watch reports whatever happens to it.
    }
  };

  /** Watches `folder` and every folder below it; symlinked folders are not followed. */
  const watchTree = async (folder: string): Promise<void> => {
    if (!addWatch(folder)) return;
    const entries = await fs.readdir(absolute(folder), { withFileTypes: true }).catch(() => []);
    const children = entries.filter((entry) => entry.isDirectory() && !isSkippedName(entry.name));
    await Promise.all(children.map((entry) => watchTree(join(folder, entry.name))));
  };

  /** Watches whatever part of the way down to each post folder exists now. */
  const attachPostFolders = async () => {
    for (const folder of [...guardFolders].sort()) addWatch(folder);
    await Promise.all([...postFolders].map(watchTree));
  };

  /** A name changed in a watched folder: a new folder gets watched, a vanished one forgotten. */
  const follow = async (relative: string) => {
    const stats = await fs.lstat(absolute(relative)).catch(() => null);
    if (!stats?.isDirectory()) return unwatch(relative);
    if (guardFolders.has(relative)) await attachPostFolders();
    else await watchTree(relative);
  };

  const onEvent = (folder: string, name: string | null) => {
    if (closed) return;
    // Some platforms do not say which entry changed: the whole folder is looked at again.
    if (name === null) return inTree(folder) ? report(folder) : void attachPostFolders();
    const relative = join(folder, name);
    const inPostTree = inTree(relative) && !relative.split('/').some((part) => isSkippedName(part));
    if (inPostTree) report(relative);
    if (inPostTree || guardFolders.has(relative)) void follow(relative);
  };

  const parent = path.dirname(root);
  try {
    const parentWatcher = watch(parent, { persistent: false }, (_event, name) => {
      if (name === null || name === path.basename(root)) void checkVanished();
    });
    parentWatcher.on('error', () => void checkVanished());
    watchers.set('..', parentWatcher);
  } catch {
    poll = setInterval(() => void checkVanished(), vanishPollMs);
    poll.unref();
  }
  void attachPostFolders();

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
