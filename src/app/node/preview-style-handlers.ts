import type { Handlers } from '../../api/contract';
import { LanyardError } from '../../api/lanyard-error';
import type { PreviewStyle } from '../../settings/preview-style';
import type { HandlerContext } from './core-handlers';
import type { OpenSite } from './open-site';
import { findSiteStylesheet, readSiteStylesheet } from './site-stylesheet';

// Looked up afresh each time: the writer may add or rename the stylesheet while the site is open.
async function previewStyleOf(context: HandlerContext, site: OpenSite): Promise<PreviewStyle> {
  const useSiteStylesheet = context.host.settings.get('previewSiteStyle')?.[site.root] ?? false;
  const stylesheet = await findSiteStylesheet(site.root, site.profile.kind);
  if (!useSiteStylesheet || stylesheet === null) return { stylesheet, useSiteStylesheet, css: null, problem: null };
  try {
    return { stylesheet, useSiteStylesheet, css: await readSiteStylesheet(site.root, stylesheet), problem: null };
  } catch (error) {
    const problem = error instanceof LanyardError ? error.message : `${stylesheet} could not be read.`;
    if (!(error instanceof LanyardError)) context.host.report(error);
    return { stylesheet, useSiteStylesheet, css: null, problem };
  }
}

/** Whether the preview uses the open site's own stylesheet, kept per site. */
export function createPreviewStyleHandlers(
  context: HandlerContext,
  requireSite: (context: HandlerContext) => OpenSite,
): Pick<Handlers, 'site.previewStyle' | 'site.updatePreviewStyle'> {
  return {
    'site.previewStyle': () => previewStyleOf(context, requireSite(context)),

    'site.updatePreviewStyle': ({ useSiteStylesheet }) => {
      const site = requireSite(context);
      const stored = context.host.settings.get('previewSiteStyle') ?? {};
      context.host.settings.set('previewSiteStyle', { ...stored, [site.root]: useSiteStylesheet });
      return previewStyleOf(context, site);
    },
  };
}
