import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { forEachConcurrently } from '../../posts/node/for-each-concurrently';
import { PostIndex } from '../../posts/node/post-index';
import { versionOf } from '../../posts/node/post-file';
import { startPostWatcher, type PostWatcher } from '../../posts/node/post-watcher';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteInfo } from '../../site/site-info';
import type { SiteProfile } from '../../site/site-profile';
import type { HostAdapters } from './host-adapters';

const postExtensions = new Set(['.md', '.markdown', '.mdx']);
const skippedNames = new Set(['node_modules', '_site']);
/** Hashing changed posts for `post.changedOnDisk` reads whole files; a few at a time. */
const hashConcurrency = 8;

/** Where the index of a site is cached: one file per site folder, named by its hash. */
export function indexCacheFile(userDataDir: string, root: string): string {
  const name = createHash('sha1').update(root).digest('hex');
  return path.join(userDataDir, 'index-cache', `${name}.json`);
}

/**
 * One open site: its profile, its post index and the watcher that keeps the index current.
 * Changes seen on disk reach the renderer as `posts.changed` and `post.changedOnDisk`.
 */
export class OpenSite {
  private closed = false;
  private watcher: PostWatcher | null = null;
  /** Settles once a list shown from the cache has been checked against the disk. */
  private verified: Promise<void> = Promise.resolve();

  private constructor(
    readonly profile: SiteProfile,
    readonly index: PostIndex,
    private readonly host: HostAdapters,
  ) {}

  /**
   * Indexes the site and starts watching it. The watch starts first, so nothing falls between.
   * With a cache, the list is ready from it at once and is checked against the disk just after.
   */
  static async open(profile: SiteProfile, host: HostAdapters): Promise<OpenSite> {
    const site = new OpenSite(profile, new PostIndex(profile, indexCacheFile(host.userDataDir, profile.root)), host);
    site.watcher = startPostWatcher(
      profile,
      (ids) => void site.onDiskChange(ids).catch((error: unknown) => host.report(error)),
      () => site.onVanished(),
    );
    let fromCache: boolean;
    try {
      fromCache = await site.index.loadCachedFirst();
    } catch (error) {
      site.watcher.close();
      throw error;
    }
    // A cache written now makes the next start fast even if this run ends abruptly.
    site.verified = (fromCache ? site.verifyCachedList() : Promise.resolve())
      .then(() => site.index.saveCache())
      .catch((error: unknown) => host.report(error));
    return site;
  }

  get root(): string {
    return this.profile.root;
  }

  info(): SiteInfo {
    const { name, root, kind, postFolders, notice, timezone } = this.profile;
    const { assetBaseUrl } = this.host;
    return { name, root, kind, postFolders: [...postFolders], assetBaseUrl, notice, timezone };
  }

  /**
   * Checks that `id` names a Markdown post in one of the site's post folders. Paths that leave
   * the site fail with `outside-site`; anything else that is not a post (a config file, a
   * git hook) fails with `refused`, so the renderer can never write outside the posts.
   */
  async assertPostId(id: string): Promise<void> {
    const file = await resolveInsideSite(this.root, id);
    // A symlinked post is written through to its target, so the target must be a post too:
    // `_posts/x.md -> ../.git/config` would otherwise hand the renderer the git config.
    const target = await fs.realpath(file).catch(() => null);
    const realRoot = await fs.realpath(this.root);
    const targetId = target === null ? id : path.relative(realRoot, target).split(path.sep).join('/');
    if (!this.isPostPath(id) || !this.isPostPath(targetId)) {
      const folders = this.profile.postFolders.join(', ');
      throw new LanyardError(
        'refused',
        `Lanyard only opens Markdown posts in the post folders (${folders}); refused: ${id}`,
      );
    }
  }

  private isPostPath(id: string): boolean {
    const canonical = path.posix.normalize(id) === id && !id.endsWith('/') && !id.startsWith('../');
    const hidden = id.split('/').some((part) => part.startsWith('.') || skippedNames.has(part));
    const inPostFolder = this.profile.postFolders.some((folder) => folder === '.' || id.startsWith(`${folder}/`));
    return canonical && !hidden && inPostFolder && postExtensions.has(path.posix.extname(id).toLowerCase());
  }

  /** Re-reads one post after Lanyard itself wrote it; answers whether its list row changed. */
  async refreshAfterWrite(id: string): Promise<boolean> {
    const before = this.index.get(id);
    await this.index.refresh([id]);
    return JSON.stringify(before) !== JSON.stringify(this.index.get(id));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.watcher?.close();
    await this.verified;
    await this.index.saveCache();
  }

  /** Posts changed while Lanyard was closed reach the list as if the watcher had seen them. */
  private async verifyCachedList(): Promise<void> {
    const changed = await this.index.verify();
    if (!this.closed && changed.length > 0) this.host.emit('posts.changed', { ids: changed });
  }

  private async onDiskChange(paths: string[]): Promise<void> {
    const changed = await this.index.refresh(paths);
    if (this.closed || changed.length === 0) return;
    this.host.emit('posts.changed', { ids: changed });
    await forEachConcurrently(changed, hashConcurrency, async (id) => {
      const version = await this.versionOnDisk(id);
      if (!this.closed) this.host.emit('post.changedOnDisk', { id, version });
    });
  }

  private onVanished(): void {
    if (!this.closed) this.host.emit('site.vanished', { root: this.root });
  }

  /** The version `readPost` would report now, or null when the post is gone or unreadable. */
  private async versionOnDisk(id: string): Promise<string | null> {
    try {
      return versionOf(await fs.readFile(await resolveInsideSite(this.root, id)));
    } catch {
      return null;
    }
  }
}
