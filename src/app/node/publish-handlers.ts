import type { Handlers } from '../../api/contract';
import { publishStateOf } from '../../posts/node/publish-state';
import { defaultCommitTemplates, type CommitTemplates } from '../../publish/commit-message';
import { isAbortError, outcome as plainOutcome } from '../../publish/node/publish-failure';
import { publishPost, unpublishPostChange, type PublishContext } from '../../publish/node/publish-post';
import { publishStatusOf } from '../../publish/node/publish-status';
import type { PublishOutcome } from '../../publish/publish-types';
import type { HandlerContext } from './core-handlers';
import { liveUpdateTime } from './event-time';
import { hostNow } from './host-adapters';
import type { OpenSite } from './open-site';
import type { PublishService } from './publish-service';
import { createRepositoryHandlers } from './repository-handlers';
import { withFallbacks } from '../../settings/app-settings';
import { appSettingsOf } from './app-settings-handlers';

type PublishChannel =
  | 'publish.status'
  | 'publish.run'
  | 'publish.unpublish'
  | 'publish.cancel'
  | 'publish.queue'
  | 'publish.retry'
  | 'publish.log'
  | 'publish.templates'
  | 'publish.updateTemplates'
  | 'publish.initRepository'
  | 'publish.addRemote'
  | 'publish.checkoutBranch'
  | 'publish.abortOperation'
  | 'site.cloneFromUrl';

function templatesOf(context: HandlerContext, root: string): CommitTemplates {
  const site = context.host.settings.get('publishTemplates')[root];
  return withFallbacks(site, appSettingsOf(context.host).commitTemplates, defaultCommitTemplates);
}

/**
 * The publish channels over the open site. Every git operation of a site runs one at a time
 * through the service, so a queued retry never races a publish the writer started.
 */
export function createPublishHandlers(
  context: HandlerContext,
  requireSite: (context: HandlerContext) => OpenSite,
  service: PublishService,
): Pick<Handlers, PublishChannel> {
  const { host } = context;

  const change = async (
    id: string,
    run: string,
    work: (publishContext: PublishContext) => Promise<PublishOutcome>,
    liveUpdate = false,
  ): Promise<PublishOutcome> => {
    const site = requireSite(context);
    // The run is registered before any await, so a cancel sent right after the click is never lost.
    let title = id;
    const outcome = await service.exclusive(site.root, run, async (signal, onProgress) => {
      await site.assertPostId(id);
      title = site.index.get(id)?.title ?? id;
      const isDraft = site.index.get(id)?.draft;
      let wasPublished: boolean;
      try {
        wasPublished = (await publishStateOf(site.root, id, isDraft)) === 'published';
      } catch (error) {
        if (!isAbortError(error)) throw error;
        return plainOutcome('cancelled', { postId: id, commit: null, target: null }, 'Publishing was cancelled.');
      }
      const templates = templatesOf(context, site.root);
      const now = hostNow(host);
      const updateTime = liveUpdate ? await liveUpdateTime(site, host, id, now) : null;
      return work({ profile: site.profile, templates, now, wasPublished, updateTime, signal, onProgress });
    });
    service.settle(site.root, outcome, { id: outcome.postId, title });
    const ids = [...new Set([id, outcome.postId])];
    if (ids.length > 1) for (const changed of ids) await site.refreshAfterWrite(changed);
    else await site.refreshAfterWrite(id);
    host.emit('posts.changed', { ids });
    return outcome;
  };

  return {
    'publish.status': async ({ id, liveUpdate }) => {
      const site = requireSite(context);
      await site.assertPostId(id);
      const now = hostNow(host);
      const updateTime = liveUpdate ? await liveUpdateTime(site, host, id, now) : null;
      const { root } = site;
      const status = await publishStatusOf(
        site.profile,
        id,
        templatesOf(context, root),
        service.queued(root),
        now,
        updateTime,
      );
      const expectedBranch = appSettingsOf(host).publishBranch;
      // Said, not enforced: the writer may have checked out another branch on purpose.
      return expectedBranch !== null && status.branch !== null && status.branch !== expectedBranch
        ? { ...status, expectedBranch }
        : status;
    },

    'publish.run': ({ id, run, include, keepMine, liveUpdate }) =>
      change(id, run, (publishContext) => publishPost(publishContext, { id, include, keepMine }), liveUpdate),

    'publish.unpublish': ({ id, run }) =>
      change(id, run, (publishContext) => unpublishPostChange(publishContext, { id, include: [] })),

    'publish.cancel': ({ run }) => {
      service.cancel(run);
      return Promise.resolve();
    },

    'publish.queue': () => Promise.resolve(service.queued(requireSite(context).root)),

    'publish.retry': () => service.retry(requireSite(context).root, `retry-${Date.now()}`),

    'publish.log': () => Promise.resolve(service.log(requireSite(context).root)),

    'publish.templates': () => Promise.resolve(templatesOf(context, requireSite(context).root)),

    'publish.updateTemplates': (patch) => {
      const { root } = requireSite(context);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const all = host.settings.get('publishTemplates');
      host.settings.set('publishTemplates', { ...all, [root]: { ...all[root], ...defined } });
      return Promise.resolve(templatesOf(context, root));
    },

    ...createRepositoryHandlers(context, requireSite, service),
  };
}
