import type { Handlers } from '../../api/contract';
import type { SiteInfo } from '../../site/site-info';
import type { HandlerContext } from './core-handlers';
import type { RecentSites } from './recent-sites';

/** What the recent-site channels need beyond the handler context. */
export interface RecentSiteServices {
  recent: RecentSites;
  /** Copies the sample blog into user data if it is not there yet, and opens it. */
  openSample: () => Promise<SiteInfo>;
}

/** The channels of the Welcome screen: the recent sites, and the sample blog. */
export function createRecentSiteHandlers(
  context: HandlerContext,
  services: RecentSiteServices,
): Pick<Handlers, 'site.recent' | 'site.openRecent' | 'site.forgetRecent' | 'site.openSample'> {
  const { recent } = services;
  return {
    'site.recent': () => recent.list(),
    // Only a recorded folder: the renderer picks from the list, it never names a path of its own.
    'site.openRecent': ({ root }) => context.openSite(recent.recorded(root)),
    'site.forgetRecent': async ({ root }) => {
      await recent.forget(root);
      return recent.list();
    },
    'site.openSample': () => services.openSample(),
  };
}
