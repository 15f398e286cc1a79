import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import {
  astroProfile,
  eleventyProfile,
  hugoProfile,
  jekyllProfile,
  plainProfile,
  type SiteProfile,
} from '../site-profile';
import { astroConfigNames, readAstroCollections } from './astro-config';
import { eleventyConfigNames, readEleventyLayout } from './eleventy-config';
import { readHugoConfig } from './hugo-config';
import { findHugoConfig, hugoConfigName } from './hugo-config-files';
import { jekyllConfigNames, readJekyllConfig } from './jekyll-config';
import { resolveInsideSite, toSiteRelative } from './safe-path';
import { siteFolderProblem, siteSettingsFile, type SiteSettings } from '../site-settings';
import { SiteProblem, openedAsPlain } from './site-problem';
import { readSiteSettings } from './site-settings-file';
import {
  assertPlainFolder,
  commonPostNaming,
  findMarkdownFolders,
  firstFile,
  isDirectory,
  siteFolder,
  subfoldersHoldingMarkdown,
} from './site-scan';

/** Recognises one generator's site by its config file, found beforehand. */
interface SiteDetector {
  /** The generator's name as the writer knows it. */
  label: string;
  /** The site's config file, as an absolute path, or undefined when there is none. */
  findConfig(root: string): Promise<string | undefined>;
  /** The profile of a site whose config is `config`; throws `SiteProblem` when it cannot be opened as one. */
  open(root: string, folderName: string, config: string): Promise<SiteProfile>;
}

const plainScanDepth = 2;
/** How deep below a Hugo section to look for Markdown: enough for page bundles in nested sections. */
const sectionScanDepth = 3;

function configTitle(title: unknown): string | null {
  if (typeof title === 'number') return String(title);
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : null;
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/** The config's `collections_dir` as a site-relative folder that must exist; one that leaves the site is a `SiteProblem`. */
async function collectionsFolder(root: string, written: string): Promise<string> {
  let folder: string;
  const shown = JSON.stringify(written);
  try {
    folder = toSiteRelative(root, await resolveInsideSite(root, written));
  } catch (error) {
    if (!(error instanceof LanyardError)) throw error;
    throw new SiteProblem(
      `The collections_dir ${shown} in _config.yml leads outside the site folder. ${openedAsPlain}`,
    );
  }
  // `.git` or `node_modules` would take new posts where Lanyard never lists them.
  const problem = folder === '.' ? null : siteFolderProblem(folder);
  if (problem !== null)
    throw new SiteProblem(`The collections_dir ${shown} in _config.yml: ${problem} ${openedAsPlain}`);
  await assertPlainFolder(root, folder, `The collections_dir ${folder}/ named in _config.yml`);
  return folder;
}

/** A Jekyll site, with its config or, lacking one, recognised by its `_posts` folder. */
async function openJekyll(root: string, folderName: string, config: string | undefined): Promise<SiteProfile> {
  const { title, timezone, collectionsDir: written, collections } = await readJekyllConfig(config);
  const collectionsDir = written === null ? '.' : await collectionsFolder(root, written);
  const postsFolder = collectionsDir === '.' ? '_posts' : `${collectionsDir}/_posts`;
  if (await exists(siteFolder(root, postsFolder))) {
    await assertPlainFolder(root, postsFolder, `The posts folder ${postsFolder}/`);
  }
  return jekyllProfile(root, configTitle(title) ?? folderName, { timezone, collectionsDir, collections });
}

const jekyll: SiteDetector = {
  label: 'Jekyll',
  findConfig: (root) => firstFile(root, jekyllConfigNames),
  open: openJekyll,
};

const hugo: SiteDetector = {
  label: 'Hugo',
  findConfig: (root) => findHugoConfig(root),
  async open(root, folderName, config) {
    const { title, contentDir, contentDirSet, timezone } = await readHugoConfig(root, config);
    // A new site may not have made content/ yet; a folder the config names must be there.
    if (contentDirSet || (await exists(siteFolder(root, contentDir)))) {
      const source = contentDirSet ? ` named in ${hugoConfigName(root, config)}` : '';
      await assertPlainFolder(root, contentDir, `The content folder ${contentDir}/${source}`);
    }
    const sections = await subfoldersHoldingMarkdown(siteFolder(root, contentDir), sectionScanDepth);
    return hugoProfile(root, configTitle(title) ?? folderName, { contentDir, sections, timezone });
  },
};

const astro: SiteDetector = {
  label: 'Astro',
  findConfig: (root) => firstFile(root, astroConfigNames),
  async open(root, folderName, config) {
    return astroProfile(root, folderName, await readAstroCollections(root, path.basename(config)));
  },
};

const eleventy: SiteDetector = {
  label: 'Eleventy',
  findConfig: (root) => firstFile(root, eleventyConfigNames),
  async open(root, folderName, config) {
    return eleventyProfile(root, folderName, await readEleventyLayout(root, config));
  },
};

/** In the order issue 6 gives; at most one of them may have a config in a folder. */
const detectors: readonly SiteDetector[] = [jekyll, hugo, astro, eleventy];

/** The writer's settings for a plain folder, a posts folder that is not there left out with a problem. */
async function plainSettings(root: string): Promise<{ settings: SiteSettings; problems: string[] }> {
  const { settings, problem } = await readSiteSettings(root);
  const problems = problem === null ? [] : [problem];
  const { postsFolder, imagesFolder } = settings;
  const checked = { ...settings };
  const check = async (folder: string, mayBeMissing: boolean, described: string, instead: string) => {
    try {
      const named = `The ${described} ${folder}/ set in ${siteSettingsFile}`;
      await assertPlainFolder(root, folder, named, instead, mayBeMissing);
      return true;
    } catch (error) {
      if (!(error instanceof SiteProblem)) throw error;
      problems.push(error.message);
      return false;
    }
  };
  if (
    postsFolder !== null &&
    !(await check(postsFolder, false, 'posts folder', 'Lanyard lists every folder of Markdown instead.'))
  ) {
    checked.postsFolder = null;
  }
  // Photos may go to a folder the first import makes; one reached through a link is never written to.
  if (imagesFolder !== null && !(await check(imagesFolder, true, 'photos folder', 'Photos go to images/ instead.'))) {
    checked.imagesFolder = null;
  }
  return { settings: checked, problems };
}

async function plainSite(root: string, folderName: string, notice: string | null): Promise<SiteProfile> {
  const [markdownFolders, hasPostsFolder, { settings, problems }] = await Promise.all([
    findMarkdownFolders(root, plainScanDepth),
    isDirectory(path.join(root, 'posts')),
    plainSettings(root),
  ]);
  const notices = [...(notice === null ? [] : [notice]), ...problems];
  return plainProfile(root, folderName, {
    markdownFolders,
    hasPostsFolder,
    notice: notices.length === 0 ? null : notices.join(' '),
    settings,
  });
}

/** "A (a.yml)", "A (a.yml) and B (b.js)", "A (a), B (b) and C (c)". */
function listConfigs(root: string, found: ReadonlyArray<{ detector: SiteDetector; config: string }>): string {
  const named = found.map(({ detector, config }) => `${detector.label} (${hugoConfigName(root, config)})`);
  return named.length === 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
}

async function detectIn(root: string, folderName: string): Promise<SiteProfile> {
  const configs = await Promise.all(detectors.map((detector) => detector.findConfig(root)));
  const found = detectors.flatMap((detector, index) => {
    const config = configs[index];
    return config === undefined ? [] : [{ detector, config }];
  });
  if (found.length > 1) {
    const notice = `This folder has configs for ${listConfigs(root, found)}, so Lanyard cannot tell which generator builds it. ${openedAsPlain}`;
    return plainSite(root, folderName, notice);
  }
  const [only] = found;
  // A _posts folder marks a Jekyll site even without a config.
  if (only === undefined && !(await isDirectory(path.join(root, '_posts')))) {
    return plainSite(root, folderName, null);
  }
  try {
    if (only === undefined) return await openJekyll(root, folderName, undefined);
    return await only.detector.open(root, folderName, only.config);
  } catch (error) {
    if (error instanceof SiteProblem) return plainSite(root, folderName, error.message);
    throw error;
  }
}

/** The profile with the naming of the site's own posts; Jekyll's are always dated, as it reads no others. */
async function withPostNaming(profile: SiteProfile): Promise<SiteProfile> {
  if (profile.kind === 'jekyll') return profile;
  const folder = siteFolder(profile.root, profile.newPostFolder);
  // A linked folder is never read, as the index never enters one.
  if (
    !(await fs.lstat(folder).then(
      (stats) => stats.isDirectory(),
      () => false,
    ))
  )
    return profile;
  const naming = await commonPostNaming(folder);
  return naming === null ? profile : { ...profile, postNaming: naming };
}

/**
 * Works out what kind of site a folder is and how it is laid out: Jekyll, Hugo, Astro or
 * Eleventy by its config, else a plain folder of Markdown laid out as its `.lanyard/site.yml`
 * says. A config that does not parse, a
 * posts folder that is missing or a link, or configs of two generators open the folder as
 * plain Markdown with a `notice` saying why. Throws `not-found` when the folder does not exist
 * or is not a folder.
 */
export async function detectSite(root: string): Promise<SiteProfile> {
  const absolute = path.resolve(root);
  const stats = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EACCES' || error.code === 'EPERM' ? 'cannot be opened (permission denied)' : 'does not exist';
    throw new LanyardError('not-found', `The folder ${absolute} ${reason}.`);
  });
  if (!stats.isDirectory()) throw new LanyardError('not-found', `${absolute} is a file, not a folder.`);
  return withPostNaming(await detectIn(absolute, path.basename(absolute) || absolute));
}
