import type { Handlers } from '../../api/contract';
import { recoveredPosts } from '../../posts/node/recovered-posts';
import { RecoveryStore } from '../../posts/node/recovery-store';
import { hostNow } from './host-adapters';
import type { HandlerContext } from './core-handlers';
import type { OpenSite } from './open-site';

type RecoveryChannel = 'posts.recoverKeep' | 'posts.recoverDrop' | 'posts.recoverList';

/** The hot-exit channels, and the store `posts.save` tells when a post reached its file. */
export interface RecoveryHandlers {
  handlers: Pick<Handlers, RecoveryChannel>;
  /** The site's store: take a ticket as a save arrives, drop the copy with it once saved. */
  storeOf(site: OpenSite): RecoveryStore;
}

/** One store per site, kept for the core's life so every call for a site shares its ordering. */
export function createRecoveryHandlers(
  context: HandlerContext,
  requireSite: (context: HandlerContext) => OpenSite,
): RecoveryHandlers {
  const stores = new Map<string, RecoveryStore>();
  const storeOf = (site: OpenSite): RecoveryStore => {
    let store = stores.get(site.root);
    if (!store) {
      store = new RecoveryStore(context.host.userDataDir, site.root);
      stores.set(site.root, store);
    }
    return store;
  };

  return {
    storeOf,
    handlers: {
      'posts.recoverKeep': async ({ id, text, baseVersion }) => {
        const site = requireSite(context);
        const store = storeOf(site);
        const ticket = store.ticket();
        await site.assertPostId(id);
        await store.keep(ticket, { id, text, baseVersion, savedAt: hostNow(context.host).getTime() });
      },

      'posts.recoverDrop': async ({ id }) => {
        const site = requireSite(context);
        const store = storeOf(site);
        const ticket = store.ticket();
        await site.assertPostId(id);
        await store.drop(ticket, id);
      },

      'posts.recoverList': () => {
        const site = requireSite(context);
        return recoveredPosts(storeOf(site), site.root, (id) => site.assertPostId(id));
      },
    },
  };
}
