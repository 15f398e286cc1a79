import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../api/contract';
import { createDispatcher, type Dispatcher } from '../../api/dispatcher';
import { LanyardError } from '../../api/lanyard-error';
import { photoLinkBasePath } from '../../publish/node/site-url-config';
import { detectSite } from '../../site/node/detect-site';
import { ensureSampleSite } from '../../site/node/sample-site';
import type { SiteInfo } from '../../site/site-info';
import { resolveSiteAsset } from './asset-resolver';
import { createHandlers } from './core-handlers';
import type { HostAdapters } from './host-adapters';
import { OpenSite } from './open-site';
import { PublishService } from './publish-service';
import { RecentSites } from './recent-sites';

/** What the core finds in Lanyard's own resources. */
export interface CoreResources {
  /** The sample blog Lanyard ships; "Try the sample blog" copies it into the user-data folder. */
  sampleSource?: string;
}

/** What to show at start-up when no site is asked for and no recent site opens. */
export type WhenNoSite = 'sample' | 'welcome';

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
   * Opens the folder asked for on the command line, else the most recent site that still opens,
   * else — `sample` — the sample blog, or — `welcome` — nothing (null: the Welcome screen shows).
   */
  openInitialSite(requested: string | null, whenNone: WhenNoSite): Promise<SiteInfo | null>;
  /** Opens the sample blog, copying it into the user-data folder and `git init`ing it on first use. */
  openSample(): Promise<SiteInfo>;
  /** Closes the open site, if any; emits `site.closed`. */
  closeSite(): Promise<void>;
  /** The sites opened before (File → Open Recent, the Welcome screen). */
  readonly recentSites: RecentSites;
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
export function createLanyardCore(host: HostAdapters, resources: CoreResources = {}): LanyardCore {
  let current: OpenSite | null = null;
  let disposed = false;
  /** Opens run one at a time, so two quick menu clicks cannot leave two sites half open. */
  let opening: Promise<unknown> = Promise.resolve();

  const recentSites = new RecentSites(
    host.settings,
    (sites) => host.emit('site.recentChanged', { sites }),
    (error) => host.report(error),
  );

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
    publishing.siteOpened(site.root);
    const info = site.info();
    host.emit('site.opened', info);
    // Announced before the open resolves, so no change arrives after the caller moved on.
    await recentSites.remember(site.root, info.name);
    return info;
  };

  const closeNow = async (): Promise<void> => {
    const site = current;
    if (site === null) return;
    current = null;
    publishing.siteClosed();
    await site.close().catch((error: unknown) => host.report(error));
    host.emit('site.closed', { root: site.root });
  };

  /** Runs opens and closes one at a time, in the order asked. */
  const queued = <T>(task: () => Promise<T>): Promise<T> => {
    const run = opening.then(task);
    opening = run.catch(() => undefined);
    return run;
  };

  const openSite = (folder: string): Promise<SiteInfo> => queued(() => openNow(folder));

  const openSample = async (): Promise<SiteInfo> => {
    if (resources.sampleSource === undefined) {
      throw new LanyardError('not-found', 'This copy of Lanyard has no sample blog; reinstalling Lanyard restores it.');
    }
    return openSite(await ensureSampleSite(resources.sampleSource, host.userDataDir, (error) => host.report(error)));
  };

  const publishing = new PublishService(host);
  const handlers = createHandlers({
    host,
    site: () => current,
    openSite,
    publishing,
    recentSites: { recent: recentSites, openSample },
  });

  return {
    handlers,
    dispatcher: createDispatcher(handlers, (error) => host.report(error)),
    openSite,
    openSample,
    closeSite: () => queued(closeNow),
    recentSites,

    async openInitialSite(requested, whenNone) {
      if (requested !== null) return openSite(path.resolve(requested));
      for (const recent of recentSites.roots()) {
        if (!(await isDirectory(recent))) continue;
        try {
          return await openSite(recent);
        } catch (error) {
          host.report(error); // A recent site that no longer opens falls through to the next.
        }
      }
      return whenNone === 'sample' ? openSample() : null;
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
