import { promises as fs, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { FieldObservation } from '../../frontmatter/field-schema';
import type { SiteProfile } from '../../site/site-profile';
import type { PostSummary } from '../post-types';
import { forEachInSlices } from './for-each-in-slices';
import { lstatOrNull, realPathOr, statOrNull } from '../../fs/node/stat-or-null';
import { summarizePost } from './summarize-post';
import { readIndexCache, writeIndexCache, type IndexCacheEntry as Entry } from './post-index-cache';

const postExtensions = new Set(['.md', '.markdown', '.mdx']);
/** Generated output and dependencies: never posts, sometimes huge. */
const skippedNames = new Set(['node_modules', '_site']);
const eleventyFolders = new Set(['_includes', '_layouts', '_data']);

function isWithin(folder: string, id: string): boolean {
  return folder === '.' || id === folder || id.startsWith(`${folder}/`);
}

function isSkippedName(name: string): boolean {
  return name.startsWith('.') || skippedNames.has(name);
}

/** Newest first; undated posts last; equal dates by id, descending, like the dated file names. */
function newestFirst(a: PostSummary, b: PostSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The site's posts, summarised from their front matter. Summaries are cached by modification
 * time and size in a JSON file, so reopening a site of thousands of posts only stats them.
 */
export class PostIndex {
  private entries = new Map<string, Entry>();
  private sorted: PostSummary[] | null = null;
  private dirty = false;
  private queue: Promise<unknown> = Promise.resolve();
  private saving: Promise<unknown> = Promise.resolve();
  private realRoot: string | null = null;
  /** Post folders reached through a symbolic link: never read (see `findLinkedFolders`). */
  private linkedFolders = new Set<string>();

  constructor(
    private readonly profile: SiteProfile,
    private readonly cacheFile: string,
  ) {}

  /** Scans the post folders, reusing cached summaries for files whose time and size are unchanged. */
  load(): Promise<void> {
    return this.enqueue(async () => this.rebuild(await readIndexCache(this.cacheFile, this.profile)));
  }

  /**
   * Lists the cached summaries at once when the cache holds this site, so a big site's list
   * shows without a stat per post; `verify` then checks them against the disk. Without a
   * cache it scans as `load` does. Answers whether the list came from the cache.
   */
  loadCachedFirst(): Promise<boolean> {
    return this.enqueue(async () => {
      const cached = await readIndexCache(this.cacheFile, this.profile);
      if (cached.size === 0) {
        await this.rebuild(cached);
        return false;
      }
      this.entries = cached;
      this.sorted = null;
      return true;
    });
  }

  /** Checks every summary against the disk; answers the post ids added, removed or rewritten since. */
  verify(): Promise<string[]> {
    return this.enqueue(async () => {
      const before = this.entries;
      await this.rebuild(before);
      const changed = [...this.entries].filter(([id, entry]) => before.get(id) !== entry).map(([id]) => id);
      changed.push(...[...before.keys()].filter((id) => !this.entries.has(id)));
      return changed.sort();
    });
  }

  /** Every post, newest first by date, then by id. */
  list(): PostSummary[] {
    this.sorted ??= [...this.entries.values()].map((entry) => entry.summary).sort(newestFirst);
    return this.sorted.slice();
  }

  /**
   * What each readable post's front matter holds, for the schema inference: one array per
   * post, newest first; empty for a post without front matter or with a front matter problem.
   */
  observations(): FieldObservation[][] {
    return this.list()
      .filter((post) => post.readable)
      .map((post) => this.entries.get(post.id)!.fields);
  }

  /** One post's summary, if it is indexed. */
  get(id: string): PostSummary | undefined {
    return this.entries.get(id)?.summary;
  }

  /**
   * Looks again at site-relative paths — files or folders — reported as changed, and answers
   * the post ids that were added, removed or rewritten (by time and size).
   */
  refresh(paths: string[]): Promise<string[]> {
    return this.enqueue(() => this.refreshNow(paths));
  }

  /**
   * Writes the cache file when anything changed since it was read or last written. Saves run
   * one after another, so awaiting one also waits for any still being written.
   */
  saveCache(): Promise<void> {
    const run = this.saving.then(() => this.saveNow());
    this.saving = run.catch(() => undefined);
    return run;
  }

  /** Loads and refreshes run one after another, so a save and the watcher never race on an entry. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async saveNow(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      await writeIndexCache(this.cacheFile, this.profile, this.entries);
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }

  /** Indexes the post folders afresh, reusing the `known` entries whose file time and size still match. */
  private async rebuild(known: ReadonlyMap<string, Entry>): Promise<void> {
    const cached = known;
    const found = await this.scan(this.profile.postFolders);
    const next = new Map<string, Entry>();
    await forEachInSlices(found, (id) => {
      const entry = this.entryFor(id, cached.get(id));
      if (entry !== null) next.set(id, entry);
    });
    this.dirty = next.size !== cached.size || [...next].some(([id, entry]) => cached.get(id) !== entry);
    this.entries = next;
    this.sorted = null;
  }

  private async refreshNow(paths: string[]): Promise<string[]> {
    const changed = new Set<string>();
    const candidates = new Map<string, Entry | undefined>();
    for (const raw of new Set(paths)) {
      const relative = path.posix.normalize(raw);
      if (relative.startsWith('../') || relative === '..' || path.posix.isAbsolute(relative)) continue;
      const stats = await fs.lstat(this.absolute(relative)).catch(() => null);
      if (stats !== null && !stats.isDirectory()) {
        if (this.isPostId(relative) || this.entries.has(relative)) candidates.set(relative, this.entries.get(relative));
        continue;
      }
      // A folder, or nothing: whatever was indexed below it is looked at again (gone means removed).
      const prefix = relative === '.' ? '' : `${relative}/`;
      for (const [id, entry] of this.entries) {
        if (id === relative || id.startsWith(prefix)) candidates.set(id, entry);
      }
      if (stats === null) continue;
      const folders = this.profile.postFolders.filter((folder) => isWithin(relative, folder));
      if (this.inPostFolder(relative)) folders.push(relative);
      for (const id of await this.scan(folders)) candidates.set(id, this.entries.get(id));
    }
    await forEachInSlices(candidates, ([id, previous]) => {
      const entry = this.entryFor(id, previous);
      if (entry === previous || (entry === null && previous === undefined)) return;
      changed.add(id);
      if (entry === null) this.entries.delete(id);
      else this.entries.set(id, entry);
    });
    if (changed.size > 0) {
      this.dirty = true;
      this.sorted = null;
    }
    return [...changed].sort();
  }

  private absolute(id: string): string {
    return path.join(this.profile.root, ...id.split('/'));
  }

  private inPostFolder(id: string): boolean {
    return this.profile.postFolders.some((folder) => isWithin(folder, id));
  }

  private isPostId(id: string): boolean {
    // Hugo's `_index.md` is a section's list page, not a post.
    if (this.profile.kind === 'hugo' && /^_index\.[^/.]+$/.test(path.posix.basename(id))) return false;
    // Eleventy's layouts, includes and data may be Markdown too, but they are never pages.
    if (this.profile.kind === 'eleventy' && id.split('/').some((segment) => eleventyFolders.has(segment))) return false;
    return (
      postExtensions.has(path.posix.extname(id).toLowerCase()) &&
      this.inPostFolder(id) &&
      ![...this.linkedFolders].some((folder) => isWithin(folder, id)) &&
      !id.split('/').some((segment) => segment !== '.' && isSkippedName(segment))
    );
  }

  /**
   * Finds the post folders that are, or lie under, a symbolic link. They are never entered and
   * nothing under them counts as a post, so a link cannot bring files from outside the site in.
   */
  private async findLinkedFolders(): Promise<void> {
    const linked = new Set<string>();
    for (const folder of this.profile.postFolders) {
      const parts = folder === '.' ? [] : folder.split('/');
      for (let depth = 1; depth <= parts.length; depth++) {
        const stats = await fs.lstat(this.absolute(parts.slice(0, depth).join('/'))).catch(() => null);
        if (stats?.isSymbolicLink()) {
          linked.add(folder);
          break;
        }
      }
    }
    this.linkedFolders = linked;
  }

  /** Post ids under the given folders; symlinked folders are never entered, so no loops. */
  private async scan(folders: string[]): Promise<Set<string>> {
    await this.findLinkedFolders();
    const found = new Set<string>();
    const pending = [...new Set(folders)].filter((folder) => !this.linkedFolders.has(folder));
    // Breadth first through a queue that grows as folders are found: a site of page bundles has thousands.
    await forEachInSlices(pending, (folder) => {
      let entries: Dirent[];
      try {
        entries = readdirSync(this.absolute(folder), { withFileTypes: true });
      } catch {
        return; // A missing or unreadable folder holds no posts.
      }
      for (const entry of entries) {
        if (isSkippedName(entry.name)) continue;
        const id = folder === '.' ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory()) pending.push(id);
        else if ((entry.isFile() || entry.isSymbolicLink()) && this.isPostId(id)) found.add(id);
      }
    });
    return found;
  }

  /** The entry for a post as it is on disk now; `previous` itself when time and size still match. */
  private entryFor(id: string, previous: Entry | undefined): Entry | null {
    const file = this.absolute(id);
    if (!this.isPostId(id)) return null;
    // One lstat per post on the warm path; a symlink is checked before anything is trusted or read.
    const entry = lstatOrNull(file);
    const isLink = entry?.isSymbolicLink() ?? false;
    if (isLink && !this.leadsInside(file)) return null;
    const stats = isLink ? statOrNull(file) : entry;
    if (!stats?.isFile()) return null;
    if (previous && previous.mtimeMs === stats.mtimeMs && previous.size === stats.size) return previous;
    const inDraftFolder = this.profile.draftFolders.some((folder) => isWithin(folder, id));
    const read = summarizePost(id, file, inDraftFolder);
    return read === null ? null : { mtimeMs: stats.mtimeMs, size: stats.size, ...read };
  }

  /** A symlinked post is indexed only when it leads to a file inside the site. */
  private leadsInside(file: string): boolean {
    this.realRoot ??= realPathOr(this.profile.root, this.profile.root);
    const real = realPathOr(file, null);
    if (real === null) return false;
    const relative = path.relative(this.realRoot, real);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  }
}
