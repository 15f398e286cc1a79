import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { dateTag, titleTag, writeFiles } from './generator-sites';

const run = promisify(execFile);

/** The Eleventy the project installs as a dev dependency. */
export const eleventyBinary = fileURLToPath(new URL('../../../../node_modules/.bin/eleventy', import.meta.url));
/** Eleventy's CommonJS entry, which a site's config requires for its plugins. */
const eleventyModule = createRequire(import.meta.url).resolve('@11ty/eleventy');

/** An Eleventy site's settings the tests vary. */
export interface EleventySiteOptions {
  /** The `url` of `_data/metadata.json`. */
  url: string;
  pathPrefix?: string;
  /** Adds the HTML `<base>` plugin, which puts `pathPrefix` in front of root URLs itself. */
  htmlBasePlugin?: boolean;
}

const bom = '\uFEFF';
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * 1 June 2025, 14:00 on this machine's clock with its offset, as a post written here has it:
 * the layout prints dates in the machine's zone, as Eleventy does.
 */
function localDateText(): string {
  const offset = -new Date(2025, 5, 1, 14).getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return `2025-06-01T14:00:00${sign}${twoDigits(Math.floor(Math.abs(offset) / 60))}:${twoDigits(Math.abs(offset) % 60)}`;
}

function configFile(options: EleventySiteOptions): string {
  const settings = [
    'dir: { input: "src" }',
    ...(options.pathPrefix === undefined ? [] : [`pathPrefix: ${JSON.stringify(options.pathPrefix)}`]),
  ];
  return [
    ...(options.htmlBasePlugin === true
      ? [`const { HtmlBasePlugin } = require(${JSON.stringify(eleventyModule)});`]
      : []),
    'module.exports = function (eleventyConfig) {',
    '  // Photos Lanyard imports are copied into the built site as they are.',
    '  eleventyConfig.addPassthroughCopy("src/images");',
    ...(options.htmlBasePlugin === true ? ['  eleventyConfig.addPlugin(HtmlBasePlugin);'] : []),
    `  return { ${settings.join(', ')} };`,
    '};',
    '',
  ].join('\n');
}

/**
 * A small real Eleventy site in `root`: `eleventy.config.js` with the input folder `src`,
 * `_data/metadata.json` with the site's URL, a Liquid post layout that prints the title and
 * the date (`%Y-%m-%d %H:%M`, in the machine's zone as Lanyard writes it) given to every post
 * by `posts/posts.json`, and posts in several styles: CRLF, a bundle with a BOM and no final
 * newline, and a literal `permalink`.
 */
export async function writeEleventySite(root: string, options: EleventySiteOptions): Promise<void> {
  await writeFiles(root, {
    '.gitignore': '_site/\nnode_modules/\n',
    'eleventy.config.js': configFile(options),
    'src/_data/metadata.json': `${JSON.stringify({ title: 'Conference notes', url: options.url }, null, 2)}\n`,
    'src/_includes/post.liquid': [
      '<!DOCTYPE html>',
      '<html><head><title>{{ title | escape }}</title></head><body>',
      titleTag('{{ title | escape }}'),
      dateTag('{{ page.date | date: "%Y-%m-%d %H:%M" }}'),
      '{{ content }}',
      '</body></html>',
      '',
    ].join('\n'),
    'src/index.md': '---\ntitle: Home\n---\n\nAll the notes.\n',
    'src/posts/posts.json': '{ "layout": "post.liquid" }\n',
    'src/posts/welcome.md': "---\r\ntitle: 'It''s here'\r\ndate: 2024-05-01\r\n---\r\n\r\nHello.  \r\n",
    'src/posts/trip/index.md': `${bom}---\ntitle: Trip\ndate: 2024-06-02T10:00:00+01:00\ntags: [travel]\n---\n\nOn the road.`,
    'src/posts/keynote.md': `---\ntitle: Keynote\ndate: ${localDateText()}\npermalink: /talks/keynote/\n---\n\nSlides soon.\n`,
  });
}

/** Builds the Eleventy site at `site` (its config names the input folder) into `out`. */
export async function buildEleventy(site: string, out: string): Promise<void> {
  await run(eleventyBinary, ['--quiet', `--output=${out}`], { cwd: site });
}
