import { readHugoBuildSettings } from '../../site/node/hugo-config';
import type { SiteProfile } from '../../site/site-profile';

/**
 * Why the site's generator would leave raw HTML in a post (a photo linked as `<img>` or
 * `<figure>`) out of the built page, in plain words; null when it keeps it. Only Hugo drops it,
 * unless its config sets `markup.goldmark.renderer.unsafe` to true.
 */
export async function rawHtmlDropped(profile: Pick<SiteProfile, 'kind' | 'root'>): Promise<string | null> {
  if (profile.kind !== 'hugo') return null;
  const { configName, rawHtml } = await readHugoBuildSettings(profile.root);
  if (rawHtml) return null;
  const config = configName ?? 'the Hugo config';
  return `Hugo leaves raw HTML such as <img> and <figure> out of the built page unless ${config} sets markup.goldmark.renderer.unsafe to true.`;
}
