import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../api/contract';
import { LanyardError } from '../../api/lanyard-error';
import { usualImageFolder } from '../../images/image-placement';
import { defaultImageSettings, type ImageSettings, type SiteImageSettings } from '../../images/image-settings';
import { checkPostImages, removeUnusedImage } from '../../images/node/check-images';
import { importImage } from '../../images/node/import-image';
import { rawHtmlDropped } from '../../images/node/raw-html';
import { withFallbacks } from '../../settings/app-settings';
import { appSettingsOf } from './app-settings-handlers';
import { readPost } from '../../posts/node/post-file';
import type { HandlerContext } from './core-handlers';
import type { OpenSite } from './open-site';

type ImageChannel =
  | 'images.choose'
  | 'images.import'
  | 'images.cancel'
  | 'images.check'
  | 'images.removeUnused'
  | 'images.settings'
  | 'images.updateSettings';

/** Chosen files stay usable this long; the renderer imports them right after choosing. */
const TOKEN_LIFETIME_MS = 10 * 60_000;

function settingsOf(context: HandlerContext, root: string): ImageSettings {
  const site = context.host.settings.get('imageSettings')[root];
  return withFallbacks<ImageSettings>(site, appSettingsOf(context.host).imageDefaults, defaultImageSettings);
}

// Read afresh each time: the writer may change the site's config while it is open.
async function siteSettingsOf(context: HandlerContext, site: OpenSite): Promise<SiteImageSettings> {
  return {
    ...settingsOf(context, site.root),
    usualFolder: usualImageFolder(site.profile),
    htmlDropped: await rawHtmlDropped(site.profile),
  };
}

async function readChosen(file: string, name: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'is gone'
        : code === 'EACCES' || code === 'EPERM'
          ? "can't be read (no permission)"
          : "can't be read";
    throw new LanyardError('unreadable', `${name} ${why}. Nothing was imported.`);
  }
}

/**
 * The photo channels. Files picked in the native dialog are known to the page only by token;
 * a batch's imports share one AbortController, so cancelling stops those in flight and
 * refuses the rest.
 */
export function createImageHandlers(
  context: HandlerContext,
  requireSite: (context: HandlerContext) => OpenSite,
): Pick<Handlers, ImageChannel> {
  const chosen = new Map<string, { file: string; name: string; expires: number }>();
  const batches = new Map<string, AbortController>();
  const batchOf = (batch: string): AbortController => {
    let controller = batches.get(batch);
    if (!controller) batches.set(batch, (controller = new AbortController()));
    return controller;
  };

  return {
    'images.choose': async () => {
      requireSite(context);
      const files = await context.host.dialogs.chooseImages();
      const now = Date.now();
      for (const [token, entry] of chosen) if (entry.expires < now) chosen.delete(token);
      return Promise.all(
        files.map(async (file) => {
          const token = randomUUID();
          const name = path.basename(file);
          chosen.set(token, { file, name, expires: now + TOKEN_LIFETIME_MS });
          const stats = await fs.stat(file).catch(() => null);
          return { token, name, bytes: stats?.size ?? 0 };
        }),
      );
    },

    'images.import': async ({ postId, source, batch }) => {
      const site = requireSite(context);
      await site.assertPostId(postId);
      const controller = batchOf(batch);
      if (controller.signal.aborted) throw new LanyardError('refused', 'The import was cancelled.');
      let request: { postId: string; name: string; data: Uint8Array };
      if ('token' in source) {
        const entry = chosen.get(source.token);
        if (!entry) throw new LanyardError('not-found', 'That file is no longer on offer; choose it again.');
        chosen.delete(source.token);
        request = { postId, name: entry.name, data: await readChosen(entry.file, entry.name) };
      } else {
        request = { postId, name: source.name, data: source.data };
      }
      const settings = settingsOf(context, site.root);
      return importImage(
        { profile: site.profile, userDataDir: context.host.userDataDir, settings },
        request,
        controller.signal,
      );
    },

    'images.cancel': ({ batch }) => {
      batchOf(batch).abort();
      return Promise.resolve();
    },

    'images.check': async ({ id }) => {
      const site = requireSite(context);
      await site.assertPostId(id);
      const { text } = await readPost(site.root, id);
      return checkPostImages({ profile: site.profile, userDataDir: context.host.userDataDir }, id, text);
    },

    'images.removeUnused': async ({ id, path: imagePath }) => {
      const site = requireSite(context);
      await site.assertPostId(id);
      const { text } = await readPost(site.root, id);
      const allPostIds = () => site.index.list().map((post) => post.id);
      await removeUnusedImage(
        { profile: site.profile, userDataDir: context.host.userDataDir, allPostIds },
        id,
        text,
        imagePath,
      );
    },

    'images.settings': () => siteSettingsOf(context, requireSite(context)),

    'images.updateSettings': (patch) => {
      const site = requireSite(context);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const stored = context.host.settings.get('imageSettings');
      context.host.settings.set('imageSettings', { ...stored, [site.root]: { ...stored[site.root], ...defined } });
      return siteSettingsOf(context, site);
    },
  };
}
