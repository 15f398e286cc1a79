import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import type { EleventyFacts } from '../site-profile';
import { configHead } from './literal-config';
import { resolveInsideSite, toSiteRelative } from './safe-path';
import { SiteProblem, openedAsPlain } from './site-problem';
import { assertPlainFolder, findMarkdownFolders, isDirectory, siteFolder } from './site-scan';

/** Config files Eleventy reads. They are code, never run: Lanyard only reads literal settings. */
export const eleventyConfigNames = [
  '.eleventy.js',
  '.eleventy.cjs',
  'eleventy.config.js',
  'eleventy.config.cjs',
  'eleventy.config.mjs',
];

/** Folders in the input folder that hold layouts, data and output, never posts. */
const notPostFolders = ['_includes', '_data', '_layouts', 'node_modules', '_site'];
const postScanDepth = 3;

/**
 * The input folder a config names literally: `dir: { input: "src" }` (in `module.exports`,
 * `export const config` or a returned object) or `eleventyConfig.setInputDirectory("src")`.
 * Null when it names none that way; a computed one cannot be known without running the code.
 */
export function literalInputDir(configText: string): string | null {
  const head = configHead(configText);
  const setter = /\bsetInputDirectory\s*\(\s*(['"`])([^'"`\n]*)\1\s*\)/.exec(head);
  if (setter) return setter[2] ?? null;
  // One bounded block, matched in a single pass: no backtracking across the file.
  const inDir = /\bdir\s*:\s*\{([^{}]{0,2000})\}/.exec(head);
  const input = inDir?.[1] === undefined ? null : /\binput\s*:\s*(['"`])([^'"`\n]*)\1/.exec(inDir[1]);
  return input ? (input[2] ?? null) : null;
}

async function inputFolderOf(root: string, configName: string, value: string): Promise<string> {
  try {
    return toSiteRelative(root, await resolveInsideSite(root, value));
  } catch (error) {
    if (!(error instanceof LanyardError)) throw error;
    throw new SiteProblem(
      `The input folder ${JSON.stringify(value)} in ${configName} leads outside the site folder. ${openedAsPlain}`,
    );
  }
}

/**
 * Reads an Eleventy site's layout: the input folder from its config (`.` when it names none
 * literally), which of `posts` and `blog` it holds, its folders of Markdown and its image
 * folder. Throws a `SiteProblem` when the input folder leaves the site, is missing or is
 * reached through a link.
 */
export async function readEleventyLayout(root: string, configFile: string): Promise<EleventyFacts> {
  const configName = path.basename(configFile);
  const text = await fs.readFile(configFile, 'utf8').catch(() => '');
  const literal = literalInputDir(text)?.trim() ?? '';
  const input = literal === '' ? '.' : await inputFolderOf(root, configName, literal);
  await assertPlainFolder(root, input, `The input folder ${input}/ named in ${configName}`);
  const inputFolder = siteFolder(root, input);
  const has = (name: string) => isDirectory(path.join(inputFolder, name));
  const [posts, blog, img, images, markdownFolders] = await Promise.all([
    has('posts'),
    has('blog'),
    has('img'),
    has('images'),
    findMarkdownFolders(inputFolder, postScanDepth, notPostFolders),
  ]);
  return {
    input,
    postSections: [...(posts ? ['posts'] : []), ...(blog ? ['blog'] : [])],
    markdownFolders,
    imageFolder: img ? 'img' : images ? 'images' : null,
  };
}
