import path from 'node:path';
import type { AstroFacts } from '../site-profile';
import { assertPlainFolder, subfolderNames, subfoldersHoldingMarkdown } from './site-scan';

/** Config files Astro reads. They are code, so Lanyard only notes that one is there. */
export const astroConfigNames = [
  'astro.config.mjs',
  'astro.config.js',
  'astro.config.ts',
  'astro.config.mts',
  'astro.config.cjs',
];

/** How deep below a collection to look for Markdown: enough for `slug/index.md` in nested folders. */
const collectionScanDepth = 3;

/**
 * The collections of an Astro site, from the folders in `src/content`. Throws a `SiteProblem`
 * when `src/content` is missing or reached through a link, so the site opens as plain Markdown.
 */
export async function readAstroCollections(root: string, configName: string): Promise<AstroFacts> {
  await assertPlainFolder(root, 'src/content', `There is ${configName}, but the content folder src/content/`);
  const content = path.join(root, 'src', 'content');
  const [folders, collections] = await Promise.all([
    subfolderNames(content),
    subfoldersHoldingMarkdown(content, collectionScanDepth),
  ]);
  return { folders, collections };
}
