import type { SiteProfile } from '../../site/site-profile';
import { eleventyConfigNames } from '../../site/node/eleventy-config';
import { literalSetting, readConfigHead } from '../../site/node/literal-config';
import { resolveInsideSite } from '../../site/node/safe-path';
import { firstFile } from '../../site/node/site-scan';
import type { SiteUrlConfig } from '../public-url';
import { cleanPath, defaults, readTable, splitUrl } from './url-config-parts';

/** Global data files that, in Eleventy's starter and in many sites, hold the site's own URL. */
const urlDataFiles = ['metadata.json', 'site.json'];

/** `addPlugin(HtmlBasePlugin)`, `addPlugin(EleventyHtmlBasePlugin)`, or either through a namespace. */
const htmlBasePlugin = /\baddPlugin\s*\(\s*(?:[\w$]+\s*\.\s*)*(?:Eleventy)?HtmlBasePlugin\b/;

async function eleventyConfigHead(root: string): Promise<string> {
  const file = await firstFile(root, eleventyConfigNames);
  return file === undefined ? '' : readConfigHead(file);
}

/** The site's input folder, which its profile records as the folder served at the site root. */
export function eleventyInputFolder(profile: SiteProfile): string {
  return profile.photoFolders?.servedFrom ?? '.';
}

/** The origin of the first `url` of the data files (JSON only, never code); null when none has one. */
async function dataUrl(root: string, input: string): Promise<string | null> {
  for (const name of urlDataFiles) {
    const relative = input === '.' ? `_data/${name}` : `${input}/_data/${name}`;
    const file = await resolveInsideSite(root, relative).catch(() => undefined);
    const data = await readTable(file);
    const site = data === null ? null : splitUrl(data.url);
    if (site !== null) return site.origin;
  }
  return null;
}

/**
 * What an Eleventy site says about URLs: `pathPrefix` as the config sets it literally (code,
 * read and never run) is the base path, and the `url` of `_data/metadata.json` or
 * `_data/site.json` in the input folder gives the origin (its path is not part of page URLs:
 * Eleventy resolves them against it). A data folder moved by the config, data written in
 * code and `--pathprefix` on the command line are not modelled.
 */
export async function eleventyUrlConfig(profile: SiteProfile): Promise<SiteUrlConfig> {
  const input = eleventyInputFolder(profile);
  const [head, baseUrl] = await Promise.all([eleventyConfigHead(profile.root), dataUrl(profile.root, input)]);
  const pathPrefix = literalSetting(head, 'pathPrefix');
  return { ...defaults(profile, input), baseUrl, basePath: pathPrefix === null ? '' : cleanPath(pathPrefix) };
}

/**
 * Whether the site's config adds Eleventy's HTML `<base>` plugin, which puts `pathPrefix` in
 * front of every root URL in built pages: links written with it would get it twice.
 */
export async function eleventyPrefixesRootUrls(profile: SiteProfile): Promise<boolean> {
  return htmlBasePlugin.test(await eleventyConfigHead(profile.root));
}
