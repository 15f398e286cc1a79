import type { SiteKind } from '../../../src/site/site-info';

/** The generator's name as writers know it. */
export const siteKindLabel: Record<SiteKind, string> = {
  jekyll: 'Jekyll',
  hugo: 'Hugo',
  astro: 'Astro',
  eleventy: 'Eleventy',
  plain: 'plain Markdown',
};

/** A site-relative folder as the writer reads it: `notes/`, and the site's own folder for `.`. */
export function shownFolder(folder: string): string {
  return folder === '.' ? 'the site folder' : `${folder}/`;
}

/** Where the site's public address is set, for when a post's URL cannot be predicted. */
export const siteAddressSetting: Record<SiteKind, string> = {
  jekyll: 'url in _config.yml',
  hugo: 'baseURL in the Hugo config',
  astro: 'site in the Astro config',
  eleventy: 'url in _data/metadata.json',
  plain: 'Post URL above',
};
