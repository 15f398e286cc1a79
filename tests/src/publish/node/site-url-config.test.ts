import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { photoLinkBasePath, readSiteUrlConfig } from '../../../../src/publish/node/site-url-config';
import { publicPostUrl } from '../../../../src/publish/public-url';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let site = '';
useTempSite((folders) => ({ site } = folders));

const write = (file: string, text: string) => writeFileUnder(site, file, text);

const configOf = async () => readSiteUrlConfig(await detectSite(site));

const plainDefaults = {
  kind: 'plain',
  baseUrl: null,
  basePath: '',
  permalink: null,
  uglyUrls: false,
  contentDir: '.',
  timezone: null,
};
const jekyllDefaults = {
  ...plainDefaults,
  kind: 'jekyll',
  collectionsDir: '.',
  collectionPermalinks: { posts: null },
  permalinkDefaults: [],
};
const hugoDefaults = { ...plainDefaults, kind: 'hugo', contentDir: 'content' };

describe('readSiteUrlConfig: Jekyll', () => {
  it('reads url, baseurl, permalink and the time zone from _config.yml', async () => {
    await write(
      '_config.yml',
      'url: https://Me.Example.com/\nbaseurl: /blog/\npermalink: pretty\ntimezone: Asia/Tokyo\n',
    );
    expect(await configOf()).toEqual({
      ...jekyllDefaults,
      baseUrl: 'https://me.example.com',
      basePath: '/blog',
      permalink: 'pretty',
      timezone: 'Asia/Tokyo',
    });
  });

  it('joins a path in url before baseurl, and keeps the posts collection’s permalink beside the site’s', async () => {
    const config = [
      'url: "https://me.github.io/site"',
      'baseurl: blog',
      'permalink: /:year/:title/',
      'collections:',
      '  posts:',
      '    permalink: /posts/:title/',
    ];
    await write('_config.yaml', `${config.join('\n')}\n`);
    expect(await configOf()).toMatchObject({
      baseUrl: 'https://me.github.io',
      basePath: '/site/blog',
      permalink: '/:year/:title/',
      collectionPermalinks: { posts: '/posts/:title/' },
    });
  });

  it('gives the defaults for a missing, broken or odd config', async () => {
    await fs.mkdir(path.join(site, '_posts'));
    expect(await configOf()).toEqual(jekyllDefaults);
    await write('_config.yml', 'url: [unclosed\n');
    // A config that does not parse opens the folder as plain Markdown, with a notice.
    expect(await configOf()).toEqual(plainDefaults);
    await write('_config.yml', '- a list\n');
    expect(await configOf()).toEqual(jekyllDefaults);
    await write('_config.yml', 'url: me.example.com\nbaseurl: 42\npermalink: ""\ncollections: [posts]\n');
    expect(await configOf()).toEqual(jekyllDefaults);
    await write('_config.yml', 'url: "ftp://me.example.com"\n');
    expect(await configOf()).toEqual(jekyllDefaults);
  });

  it('feeds publicPostUrl the URL of a post', async () => {
    await write('_config.yml', 'url: https://me.example.com\nbaseurl: /blog\npermalink: /:categories/:title/\n');
    const config = await configOf();
    const frontMatter = { categories: ['Events'] };
    expect(publicPostUrl(config, { id: '_posts/2026-11-23-day-1.md', frontMatter })).toBe(
      'https://me.example.com/blog/events/day-1/',
    );
  });
});

describe('readSiteUrlConfig: Hugo', () => {
  it('reads baseURL, the posts permalink, uglyURLs and contentDir from hugo.toml', async () => {
    await fs.mkdir(path.join(site, 'pages'));
    const config = [
      'baseURL = "https://example.org/blog/"',
      'contentDir = "pages"',
      'uglyURLs = true',
      'timeZone = "Europe/Lisbon"',
      '[permalinks]',
      'posts = "/:year/:slug/"',
      'tutorials = "/training/:slug/"',
    ];
    await write('hugo.toml', `${config.join('\n')}\n`);
    expect(await configOf()).toEqual({
      ...hugoDefaults,
      baseUrl: 'https://example.org',
      basePath: '/blog',
      permalink: '/:year/:slug/',
      uglyUrls: true,
      contentDir: 'pages',
      timezone: 'Europe/Lisbon',
    });
  });

  it('reads the page patterns of Hugo 0.112 and per-section uglyURLs, in YAML and JSON, keys in any case', async () => {
    await write(
      'hugo.yaml',
      'baseurl: https://example.org\npermalinks:\n  page:\n    posts: /articles/:slug/\n  section:\n    posts: /articles/\nuglyurls:\n  posts: true\n  films: false\n',
    );
    expect(await configOf()).toMatchObject({
      baseUrl: 'https://example.org',
      permalink: '/articles/:slug/',
      uglyUrls: true,
    });
    await fs.rm(path.join(site, 'hugo.yaml'));
    await write('hugo.json', JSON.stringify({ baseURL: 'https://example.org/', uglyURLs: { books: true } }));
    expect(await configOf()).toMatchObject({ basePath: '', permalink: null, uglyUrls: false });
  });

  it('reads a legacy config.toml beside content/', async () => {
    await write('content/posts/day-1.md', '---\ntitle: Day 1\n---\n');
    await write('config.toml', 'baseURL = "https://example.org/"\n[permalinks]\nposts = "/:title/"\n');
    const config = await configOf();
    expect(config).toMatchObject({ kind: 'hugo', baseUrl: 'https://example.org', permalink: '/:title/' });
    const frontMatter = { title: 'Day One' };
    expect(publicPostUrl(config, { id: 'content/posts/day-1.md', frontMatter })).toBe('https://example.org/day-one/');
  });

  it('gives the defaults for a relative baseURL and a broken config', async () => {
    await write('hugo.toml', 'baseURL = "/"\n');
    expect(await configOf()).toEqual(hugoDefaults);
    await write('hugo.toml', 'baseURL = \n');
    expect(await configOf()).toEqual(plainDefaults);
  });
});

describe('readSiteUrlConfig: plain', () => {
  it('knows no base URL for a plain folder of Markdown', async () => {
    await write('notes/day-1.md', '# Day 1\n');
    expect(await configOf()).toEqual(plainDefaults);
  });

  it('splits the writer’s URL pattern into origin and path, below the posts folder', async () => {
    await write('notes/events/2026-11-23-day-1.md', '# Day 1\n');
    await write('.lanyard/site.yml', 'posts: notes\nurl: https://Me.Example.com/my%20notes/:year/:path/\n');
    const config = await configOf();
    expect(config).toEqual({
      ...plainDefaults,
      baseUrl: 'https://me.example.com',
      permalink: '/my notes/:year/:path/',
      contentDir: 'notes',
    });
    expect(publicPostUrl(config, { id: 'notes/events/2026-11-23-day-1.md', frontMatter: {} })).toBe(
      'https://me.example.com/my%20notes/2026/events/2026-11-23-day-1/',
    );
  });
});

describe('readSiteUrlConfig: Astro and Eleventy', () => {
  it('reads each from its own config', async () => {
    await write('src/content/blog/day-1.md', '---\ntitle: Day 1\n---\n');
    await write('astro.config.mjs', 'export default { site: "https://me.example.com", base: "/docs" };\n');
    expect(await configOf()).toMatchObject({ kind: 'astro', baseUrl: 'https://me.example.com', basePath: '/docs' });
    await fs.rm(path.join(site, 'astro.config.mjs'));
    await write('eleventy.config.js', 'module.exports = { pathPrefix: "/blog/" };\n');
    expect(await configOf()).toMatchObject({ kind: 'eleventy', baseUrl: null, basePath: '/blog', contentDir: '.' });
  });
});

describe('photoLinkBasePath', () => {
  it('is the decoded base path, and empty where Hugo rewrites root URLs itself', async () => {
    await fs.mkdir(path.join(site, 'content'));
    await write('hugo.toml', 'baseURL = "https://example.org/caf%C3%A9/"\n');
    expect((await configOf()).basePath).toBe('/café');
    expect(await photoLinkBasePath(await detectSite(site))).toBe('/café');
    await write('hugo.toml', 'baseURL = "https://example.org/blog/"\ncanonifyURLs = true\n');
    expect(await photoLinkBasePath(await detectSite(site))).toBe('');
    await write('hugo.toml', 'baseURL = "https://example.org/blog/"\nrelativeURLs = true\n');
    expect(await photoLinkBasePath(await detectSite(site))).toBe('');
  });

  it('is Astro’s base, and Eleventy’s pathPrefix unless the HTML <base> plugin adds it itself', async () => {
    await write('src/content/blog/day-1.md', '---\ntitle: Day 1\n---\n');
    await write('astro.config.mjs', 'export default { base: "/docs/" };\n');
    expect(await photoLinkBasePath(await detectSite(site))).toBe('/docs');
    await fs.rm(path.join(site, 'astro.config.mjs'));
    const eleventyConfig = (plugin: string) =>
      `module.exports = function (eleventyConfig) {\n  ${plugin}\n  return { pathPrefix: "/blog/" };\n};\n`;
    await write('eleventy.config.js', eleventyConfig('eleventyConfig.addPassthroughCopy("images");'));
    expect(await photoLinkBasePath(await detectSite(site))).toBe('/blog');
    await write('eleventy.config.js', eleventyConfig('eleventyConfig.addPlugin(HtmlBasePlugin);'));
    expect(await photoLinkBasePath(await detectSite(site))).toBe('');
  });
});
