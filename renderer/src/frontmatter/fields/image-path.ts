import { foldForSearch } from '../../lib/post-filter';

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * What the field gets when the writer picks a site image: `/assets/x.jpg`, unless the current
 * value is written relative to the site (`assets/x.jpg`), in which case that style is kept.
 */
export function imageValueFor(imagePath: string, currentValue: string): string {
  const sitePath = imagePath.replace(/^\/+/, '');
  const current = currentValue.trim();
  const relative = current !== '' && !current.startsWith('/') && !URL_LIKE.test(current);
  return relative ? sitePath : `/${sitePath}`;
}

/** The site-relative path a field value points at (`/a/b.png` → `a/b.png`), or null for URLs and empty values. */
export function sitePathOfImageValue(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || URL_LIKE.test(trimmed)) return null;
  const path = trimmed.replace(/^\/+/, '');
  return path === '' ? null : path;
}

/** The URL that shows a site image through the asset protocol, each path segment encoded. */
export function imageUrl(assetBaseUrl: string, sitePath: string): string {
  return assetBaseUrl + sitePath.split('/').map(encodeURIComponent).join('/');
}

/** The images whose path contains every word of the query (case and accents ignored), in the order given. */
export function filterImages<T extends { path: string }>(images: readonly T[], query: string): T[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...images];
  return images.filter((image) => {
    const path = foldForSearch(image.path);
    return words.every((word) => path.includes(word));
  });
}
