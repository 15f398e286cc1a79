import type { Handlers } from '../../api/contract';
import { LanyardError } from '../../api/lanyard-error';
import { GitError } from '../../git/node/git-error';
import { readSiteSchema } from '../../frontmatter/node/site-schema';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import { listSiteImages } from '../../images/node/list-images';
import { createPost } from '../../posts/node/create-post';
import { readPost, savePost } from '../../posts/node/post-file';
import { publishStateOf } from '../../posts/node/publish-state';
import { renamePost } from '../../posts/node/rename-post';
import { stageRename } from '../../publish/node/stage-rename';
import type { PostSummary, SessionState } from '../../posts/post-types';
import { defaultSession } from '../../settings/settings-types';
import type { SiteInfo } from '../../site/site-info';
import { createAppSettingsHandlers } from './app-settings-handlers';
import { toOpenableLink } from './external-link';
import { hostNow, type HostAdapters } from './host-adapters';
import { createEventHandlers } from './event-handlers';
import { createImageHandlers } from './image-handlers';
import type { OpenSite } from './open-site';
import { createPreviewStyleHandlers } from './preview-style-handlers';
import { createPublishHandlers } from './publish-handlers';
import { createRecoveryHandlers } from './recovery-handlers';
import { createRecentSiteHandlers, type RecentSiteServices } from './recent-site-handlers';
import { createSiteHandlers } from './site-handlers';
import { createRendererErrorLog } from './renderer-error-log';
import type { PublishService } from './publish-service';

/** What the handlers need from the core that owns them. */
export interface HandlerContext {
  host: HostAdapters;
  /** The open site, or null. */
  site(): OpenSite | null;
  openSite(folder: string): Promise<SiteInfo>;
  publishing: PublishService;
  recentSites: RecentSiteServices;
}

/** The open site, or a `no-site` error for the renderer. */
export function requireSite(context: HandlerContext): OpenSite {
  const site = context.site();
  if (site === null) throw new LanyardError('no-site', 'No site is open. Open your blog’s folder first.');
  return site;
}

function sessionOf(context: HandlerContext, root: string): SessionState {
  const stored = context.host.settings.get('sessions')?.[root];
  return { ...defaultSession, ...stored };
}

/** A row for a post the index has not caught up with yet (it is refreshed right after writing). */
function provisionalSummary(id: string, title: string): PostSummary {
  return { id, title, date: null, tags: [], draft: false, event: null, readable: true, problem: null };
}

/** The handler of every channel in the contract, over the core's open site and host. */
export function createHandlers(context: HandlerContext): Handlers {
  const { host } = context;
  const recovery = createRecoveryHandlers(context, requireSite);
  return {
    'site.current': () => Promise.resolve(context.site()?.info() ?? null),

    'site.chooseFolder': async () => {
      const folder = await host.dialogs.chooseFolder();
      return folder === null ? null : context.openSite(folder);
    },

    'posts.list': () => Promise.resolve(requireSite(context).index.list()),

    'posts.read': async ({ id }) => {
      const site = requireSite(context);
      await site.assertPostId(id);
      return readPost(site.root, id);
    },

    'posts.save': async (request) => {
      const site = requireSite(context);
      const recoveryTicket = recovery.storeOf(site).ticket();
      await site.assertPostId(request.id);
      const outcome = await savePost(site.root, request);
      // On disk now: its hot-exit copy goes, unless text typed during the save was kept since.
      if (outcome.status !== 'conflict') {
        await recovery
          .storeOf(site)
          .drop(recoveryTicket, request.id)
          .catch((error: unknown) => host.report(error));
      }
      if (outcome.status === 'saved' && (await site.refreshAfterWrite(request.id))) {
        host.emit('posts.changed', { ids: [request.id] });
      }
      return outcome;
    },

    'posts.create': async ({ title }) => {
      const site = requireSite(context);
      const { id } = await createPost(site.profile, title, hostNow(context.host));
      await site.refreshAfterWrite(id);
      host.emit('posts.changed', { ids: [id] });
      return site.index.get(id) ?? provisionalSummary(id, title);
    },

    'posts.rename': async ({ id, title }) => {
      const site = requireSite(context);
      await site.assertPostId(id);
      if ((await publishStateOf(site.root, id, site.index.get(id)?.draft)) === 'published') {
        throw new LanyardError(
          'refused',
          'This post is published: renaming its file would change its URL and break links to it.',
        );
      }
      const renamed = await renamePost(site.profile, id, title);
      if (renamed === id) return site.index.get(id) ?? provisionalSummary(id, title);
      await stageRename(site.root, id, renamed).catch((error: unknown) => {
        // Unstaged, git sees a deletion and a new file; Publish still commits the new one.
        if (!(error instanceof GitError)) host.report(error);
      });
      await site.refreshAfterWrite(id);
      await site.refreshAfterWrite(renamed);
      host.emit('posts.changed', { ids: [id, renamed] });
      return site.index.get(renamed) ?? provisionalSummary(renamed, title);
    },

    'posts.publishState': async ({ id }) => {
      const site = requireSite(context);
      await site.assertPostId(id);
      return publishStateOf(site.root, id, site.index.get(id)?.draft);
    },

    'posts.saveElsewhere': async ({ text, suggestedName }) => {
      const file = await host.dialogs.chooseSavePath(suggestedName);
      if (file === null) return null;
      try {
        await writeFileAtomic(file, text);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new LanyardError('io', `Lanyard could not save to ${file}: ${detail}. Your text is kept.`);
      }
      return { path: file };
    },

    'frontmatter.schema': () => {
      const site = requireSite(context);
      return readSiteSchema(site.profile, site.index.observations());
    },

    'images.list': () => listSiteImages(requireSite(context).profile),
    ...recovery.handlers,
    ...createSiteHandlers(context, requireSite),
    ...createRecentSiteHandlers(context, context.recentSites),
    ...createEventHandlers(context, requireSite),
    ...createImageHandlers(context, requireSite),
    ...createPublishHandlers(context, requireSite, context.publishing),

    'session.get': () => {
      const site = context.site();
      return Promise.resolve(site === null ? { ...defaultSession } : sessionOf(context, site.root));
    },

    'session.update': (patch) => {
      const site = requireSite(context);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next: SessionState = { ...sessionOf(context, site.root), ...defined };
      host.settings.set('sessions', { ...host.settings.get('sessions'), [site.root]: next });
      return Promise.resolve(next);
    },

    ...createAppSettingsHandlers(host),
    ...createPreviewStyleHandlers(context, requireSite),

    'shell.openExternal': async ({ url }) => {
      // toOpenableLink refuses every scheme but http(s) and mailto.
      await host.openExternal(toOpenableLink(url)); // eng-disable OPEN_EXTERNAL_JS_CHECK
    },

    'app.readyToClose': () => {
      host.readyToClose?.();
      return Promise.resolve();
    },

    'app.reportError': createRendererErrorLog((error) => host.report(error)),
  };
}
