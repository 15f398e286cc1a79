import type { Handlers } from '../../api/contract';
import { LanyardError } from '../../api/lanyard-error';
import { imageFolderFor, imageUrlFor } from '../../images/image-placement';
import { defaultImageSettings } from '../../images/image-settings';
import { plannedPostId } from '../../posts/node/create-post';
import { readPost } from '../../posts/node/post-file';
import type { PostSummary } from '../../posts/post-types';
import { publicUrlOf } from '../../publish/node/publish-post';
import { readSiteSettings, writeSiteSettings } from '../../site/node/site-settings-file';
import type { SiteLayout } from '../../site/site-settings';
import type { HandlerContext } from './core-handlers';
import { hostNow } from './host-adapters';
import type { OpenSite } from './open-site';

/** The newest readable post by its date (undated ones last), the one a writer recognises. */
function newestPost(posts: PostSummary[]): PostSummary | undefined {
  return posts
    .filter((post) => post.readable)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))[0];
}

async function layoutOf(context: HandlerContext, site: OpenSite): Promise<SiteLayout> {
  const { profile } = site;
  const imageSettings = { ...defaultImageSettings, ...context.host.settings.get('imageSettings')[site.root] };
  const newPost = plannedPostId(profile, 'New post', hostNow(context.host));
  const photoFolder = imageFolderFor(profile, newPost, imageSettings);
  const photo = `${photoFolder === '.' ? '' : `${photoFolder}/`}photo.jpg`;
  const newest = newestPost(site.index.list());
  let examplePost: SiteLayout['examplePost'] = null;
  if (newest !== undefined) {
    const { text } = await readPost(site.root, newest.id);
    examplePost = { id: newest.id, url: await publicUrlOf(profile, newest.id, text) };
  }
  return {
    postFolders: [...profile.postFolders],
    newPostFolder: profile.newPostFolder,
    photoFolder,
    photoLink: imageUrlFor(profile, photo, newPost),
    examplePost,
  };
}

/** The handlers of the site's layout and of a plain folder's own settings. */
export function createSiteHandlers(
  context: HandlerContext,
  requireSite: (context: HandlerContext) => OpenSite,
): Pick<Handlers, 'site.settings' | 'site.updateSettings'> {
  return {
    'site.settings': async () => {
      const site = requireSite(context);
      const { settings, problem } = await readSiteSettings(site.root);
      const editable = site.profile.kind === 'plain';
      return {
        settings,
        editable,
        layout: await layoutOf(context, site),
        problem: site.profile.notice ?? (editable ? problem : null),
      };
    },

    'site.updateSettings': async (settings) => {
      const site = requireSite(context);
      if (site.profile.kind !== 'plain') {
        throw new LanyardError(
          'refused',
          'This site is laid out by its generator’s config; change the config and Lanyard follows it.',
        );
      }
      if (context.publishing.isBusy(site.root)) {
        throw new LanyardError('refused', 'A publish is running. Save the settings once it has finished.');
      }
      await writeSiteSettings(site.root, settings);
      return context.openSite(site.root);
    },
  };
}
