import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../api/contract';
import { createDispatcher, type Dispatcher } from '../../api/dispatcher';
import { photoLinkBasePath } from '../../publish/node/site-url-config';
import { detectSite } from '../../site/node/detect-site';
import { ensureSampleSite } from '../../site/node/sample-site';
import type { SiteInfo } from '../../site/site-info';
import { resolveSiteAsset } from './asset-resolver';
import { createHandlers } from './core-handlers';
import type { HostAdapters } from './host-adapters';
import { OpenSite } from './open-site';
import { PublishService } from './publish-service';

/** How many sites File → Open Recent remembers. */
const maxRecentSites = 10;

/** A file inside the open site that the asset URL scheme may serve. */
export interface ResolvedAsset {
  file: string;
  contentType: string;
}

/** The main-process services, assembled; hosts talk to them through `dispatcher` only. */
export interface LanyardCore {
  readonly handlers: Handlers;
  readonly dispatcher: Dispatcher;
  /** Opens an absolute site folder, closing the previous one; emits `site.opened`. */
  openSite(folder: string): Promise<SiteInfo>;
  /**
   * Opens the folder asked for on the command line, else the most recent site, else a copy of
   * the sample blog (copied into the user-data folder and `git init`ed on first use).
   */
  openInitialSite(requested: string | null, sampleSource: string): Promise<SiteInfo>;
  /** Maps the path part of an asset URL to a static file inside the open site, or null. */
  resolveAsset(urlPath: string): Promise<ResolvedAsset | null>;
  dispose(): Promise<void>;
}

async function isDirectory(folder: string): Promise<boolean> {
  return fs.stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/**
 * Builds Lanyard's main-process services over a host (Electron, or the test harness). The core
 * holds at most one open site; opening another closes the first once the new one is ready.
 */
export function createLanyardCore(host: HostAdapters): LanyardCore {
  let current: OpenSite | null = null;
  let disposed = false;
  /** Opens run one at a time, so two quick menu clicks cannot leave two sites half open. */
  let opening: Promise<unknown> = Promise.resolve();

  const rememberRecent = (root: string) => {
    const recent = host.settings.get('recentSites') ?? [];
    host.settings.set('recentSites', [root, ...recent.filter((site) => site !== root)].slice(0, maxRecentSites));
  };

  const openNow = async (folder: string): Promise<SiteInfo> => {
    const detected = await detectSite(path.resolve(folder));
    // Photo links and the preview need the path the site is served below.
    const basePath = await photoLinkBasePath(detected);
    const site = await OpenSite.open({ ...detected, basePath }, host);
    if (disposed) {
      await site.close();
      throw new Error('Lanyard is shutting down');
    }
    const previous = current;
    current = site;
    await previous?.close().catch((error: unknown) => host.report(error));
    rememberRecent(site.root);
    publishing.siteOpened(site.root);
    const info = site.info();
    host.emit('site.opened', info);
    return info;
  };

  const openSite = (folder: string): Promise<SiteInfo> => {
    const run = opening.then(() => openNow(folder));
    opening = run.catch(() => undefined);
    return run;
  };

  const publishing = new PublishService(host);
  const handlers = createHandlers({ host, site: () => current, openSite, publishing });

  return {
    handlers,
    dispatcher: createDispatcher(handlers, (error) => host.report(error)),
    openSite,

    async openInitialSite(requested, sampleSource) {
      if (requested !== null) return openSite(path.resolve(requested));
      for (const recent of host.settings.get('recentSites') ?? []) {
        if (!(await isDirectory(recent))) continue;
        try {
          return await openSite(recent);
        } catch (error) {
          host.report(error); // A recent site that no longer opens falls through to the next.
        }
      }
      return openSite(await ensureSampleSite(sampleSource, host.userDataDir, (error) => host.report(error)));
    },

    async resolveAsset(urlPath) {
      return current === null ? null : resolveSiteAsset(current.profile, urlPath);
    },

    async dispose() {
      disposed = true;
      publishing.dispose();
      await opening;
      const site = current;
      current = null;
      await site?.close();
    },
  };
}
