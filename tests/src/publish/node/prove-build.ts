import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { detectSite } from '../../../../src/site/node/detect-site';
import {
  builtFiles,
  builtPathFor,
  commitAll,
  imageSources,
  openAndSaveEveryPost,
  predictedUrl,
  shownTitleAndDate,
  unresolvedImages,
  writePostAsLanyard,
  type PostForm,
} from './generator-sites';
import { git, porcelain } from './publish-fixture';

/** How one generator's site is written and built, for `proveBuild`. */
export interface GeneratorRun {
  /** Writes the site's config, layouts and older posts into `site`. */
  write(site: string): Promise<void>;
  build(site: string, out: string): Promise<void>;
  /** The build's output folder. */
  out(sandbox: string, site: string): string;
  /** The site's public base, `https://me.example.com/blog`. */
  baseUrl: string;
}

/**
 * Builds a committed site, lets Lanyard write a post with a photo, builds it with the real
 * generator and checks the page at the predicted URL: title, date, and every image resolving
 * to a built file. Then opens and saves every post unedited and expects a clean tree. Answers
 * the post and the ids of every post opened, for the generator's own checks.
 */
export async function proveBuild(sandbox: string, generator: GeneratorRun, form: PostForm, expectedUrl: string) {
  const site = path.join(sandbox, 'site');
  const out = generator.out(sandbox, site);
  await generator.write(site);
  await git(site, 'init', '--quiet', '--initial-branch=main');
  await commitAll(site, 'Start the blog');
  const profile = await detectSite(site);
  const userData = path.join(sandbox, 'user-data');
  const post = await writePostAsLanyard(profile, userData, form);

  expect(await predictedUrl(profile, post.id, post.text)).toBe(expectedUrl);
  await generator.build(site, out);
  const built = await builtFiles(out);
  const page = builtPathFor(generator.baseUrl, expectedUrl);
  expect(built).toContain(page);
  const html = await fs.readFile(path.join(out, page!), 'utf8');
  expect(shownTitleAndDate(html)).toEqual({ title: form.title, date: form.pickedDate.replace('T', ' ') });
  expect(imageSources(html)).toHaveLength(1);
  expect(unresolvedImages(html, expectedUrl, generator.baseUrl, built)).toEqual([]);

  await commitAll(site, 'Lanyard writes a post');
  const ids = await openAndSaveEveryPost(profile, path.join(userData, 'post-index.json'));
  expect(await porcelain(site)).toEqual([]);
  return { post, ids };
}
