import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import type { SettingsStore } from '../../settings/settings-types';
import { detectSite } from '../../site/node/detect-site';
import type { RecentSite } from '../../site/recent-site';

/** How many sites the Welcome screen and File → Open Recent remember. */
export const maxRecentSites = 10;

async function isDirectory(folder: string): Promise<boolean> {
  return fs.stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/**
 * The sites opened before, most recent first, kept in the `recentSites` setting. Only folders
 * recorded here may be opened by `root` from the renderer: `recorded()` is the permission check.
 * Every change is announced (with each site's name and whether it still exists) once the list
 * has been read back, one announcement after another, so a listener never sees an older list last.
 */
export class RecentSites {
  /** Display names by folder; a site's own title when it was opened or detected this run. */
  private readonly names = new Map<string, string>();
  private announcing: Promise<void> = Promise.resolve();

  constructor(
    private readonly settings: SettingsStore,
    private readonly announce: (sites: RecentSite[]) => void,
    private readonly report: (error: unknown) => void,
  ) {}

  /** The recorded folders, most recent first. */
  roots(): string[] {
    return this.settings.get('recentSites') ?? [];
  }

  /** Puts `root` first (once), keeping at most `maxRecentSites`; resolves once the change is announced. */
  remember(root: string, name: string): Promise<void> {
    this.names.set(root, name);
    const others = this.roots().filter((recent) => recent !== root);
    this.settings.set('recentSites', [root, ...others].slice(0, maxRecentSites));
    return this.changed();
  }

  /** Drops `root` from the list; a folder that is not in it changes nothing. */
  forget(root: string): Promise<void> {
    const roots = this.roots();
    if (!roots.includes(root)) return Promise.resolve();
    this.settings.set(
      'recentSites',
      roots.filter((recent) => recent !== root),
    );
    return this.changed();
  }

  clear(): Promise<void> {
    this.settings.set('recentSites', []);
    return this.changed();
  }

  /** Announces the list as it stands, in turn with the changes (the menu's first build, say). */
  announceNow(): Promise<void> {
    return this.changed();
  }

  /** Every recorded site with its name and whether its folder is still there. */
  list(): Promise<RecentSite[]> {
    return Promise.all(
      this.roots().map(async (root) => {
        const exists = await isDirectory(root);
        return { root, name: exists ? await this.nameOf(root) : (this.names.get(root) ?? path.basename(root)), exists };
      }),
    );
  }

  /** `root` as recorded; refuses a folder that is not a recent site, so the renderer cannot name one. */
  recorded(root: string): string {
    const match = this.roots().find((recent) => recent === root);
    if (match === undefined) {
      throw new LanyardError(
        'refused',
        'That folder is not among your recent sites. Use “Open a blog folder…” to open it.',
      );
    }
    return match;
  }

  private async nameOf(root: string): Promise<string> {
    const known = this.names.get(root);
    if (known !== undefined) return known;
    // The same name opening it would show; a folder that no longer opens as a site keeps its folder name.
    const name = await detectSite(root).then(
      (profile) => profile.name,
      () => path.basename(root),
    );
    this.names.set(root, name);
    return name;
  }

  private changed(): Promise<void> {
    this.announcing = this.announcing
      .then(() => this.list())
      .then(this.announce)
      .catch(this.report);
    return this.announcing;
  }
}
