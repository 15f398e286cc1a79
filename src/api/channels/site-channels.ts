import { z } from 'zod';
import type { RecentSite } from '../../site/recent-site';
import type { SiteInfo } from '../../site/site-info';
import { siteFolderProblem, urlPatternProblem, type SiteSettingsView } from '../../site/site-settings';
import type { PreviewStyle } from '../../settings/preview-style';
import { channel, noArgument, runId } from '../channel';

/** A setting checked by one of the site settings' own rules, which answer a message or null. */
const siteSetting = (problemOf: (value: string) => string | null) =>
  z
    .string()
    .max(2048)
    .nullable()
    .superRefine((value, context) => {
      const problem = value === null ? null : problemOf(value);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    });
/** A folder as the recent list recorded it; the handler checks it is one of them. */
const recentRoot = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => !value.includes('\0'), 'not a folder path');

/** The open site: which one, the recent ones, the sample, cloning one, its settings and stylesheet. */
export const siteChannels = {
  'site.current': channel<SiteInfo | null>()(noArgument),
  'site.chooseFolder': channel<SiteInfo | null>()(noArgument),
  /** The sites opened before, most recent first, each with whether its folder is still there. */
  'site.recent': channel<RecentSite[]>()(noArgument),
  /** Opens one of the recent sites by its recorded folder; any other folder is refused. */
  'site.openRecent': channel<SiteInfo>()(z.strictObject({ root: recentRoot })),
  /** Drops a site from the recent list (its folder is left alone); answers the list left. */
  'site.forgetRecent': channel<RecentSite[]>()(z.strictObject({ root: recentRoot })),
  /** Opens Lanyard's sample blog, copying it into the user-data folder on first use. */
  'site.openSample': channel<SiteInfo>()(noArgument),
  /** Where Lanyard puts posts and photos in the open site, and a plain folder's own settings. */
  'site.settings': channel<SiteSettingsView>()(noArgument),
  /** Saves a plain folder's settings in `.lanyard/site.yml` and opens the site again with them. */
  'site.updateSettings': channel<SiteInfo>()(
    z.strictObject({
      postsFolder: siteSetting(siteFolderProblem),
      imagesFolder: siteSetting(siteFolderProblem),
      urlPattern: siteSetting(urlPatternProblem),
    }),
  ),
  /** Asks for a folder, clones `url` into it with progress, and opens it; null when the dialog is cancelled. */
  'site.cloneFromUrl': channel<SiteInfo | null>()(
    z.strictObject({ url: z.string().trim().min(1, 'a URL is required').max(2048, 'the URL is too long'), run: runId }),
  ),
  /** The open site's obvious stylesheet, whether the preview uses it, and its text when it does. */
  'site.previewStyle': channel<PreviewStyle>()(noArgument),
  'site.updatePreviewStyle': channel<PreviewStyle>()(z.strictObject({ useSiteStylesheet: z.boolean() })),
} as const;
