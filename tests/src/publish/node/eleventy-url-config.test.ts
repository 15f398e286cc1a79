import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eleventyPrefixesRootUrls, eleventyUrlConfig } from '../../../../src/publish/node/eleventy-url-config';
import { publicPostUrl } from '../../../../src/publish/public-url';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

const write = (file: string, text = '') => writeFileUnder(site, file, text);
const configOf = async () => eleventyUrlConfig(await detectSite(site));
const srcConfig = (extra = '') => `module.exports = function () {\n  return { dir: { input: "src" }${extra} };\n};\n`;

describe('eleventyUrlConfig', () => {
  it('reads pathPrefix from the config and the origin of url in _data/metadata.json', async () => {
    await write('eleventy.config.js', srcConfig(', pathPrefix: "/blog/"'));
    await write('src/_data/metadata.json', JSON.stringify({ url: 'https://Me.Example.com/ignored/' }));
    await write('src/posts/day-1.md', '---\ntitle: Day 1\n---\n');
    const config = await configOf();
    expect(config).toEqual({
      kind: 'eleventy',
      baseUrl: 'https://me.example.com',
      basePath: '/blog',
      permalink: null,
      uglyUrls: false,
      contentDir: 'src',
      timezone: null,
    });
    expect(publicPostUrl(config, { id: 'src/posts/day-1.md', frontMatter: {} })).toBe(
      'https://me.example.com/blog/posts/day-1/',
    );
  });

  it('falls back to _data/site.json when metadata.json has no usable url', async () => {
    await write('.eleventy.js', 'module.exports = {};\n');
    await write('posts/day-1.md');
    await write('_data/metadata.json', '{ "title": "Notes", "url": "not a url" }');
    await write('_data/site.json', '{ "url": "https://site.example.org" }');
    expect(await configOf()).toMatchObject({ baseUrl: 'https://site.example.org', basePath: '', contentDir: '.' });
  });

  it('knows no base URL from data written in code, broken JSON or a file linked from outside', async () => {
    await write('eleventy.config.js', srcConfig());
    await write('src/posts/day-1.md');
    await write('src/_data/metadata.js', 'module.exports = { url: "https://me.example.com" };');
    await write('src/_data/site.json', '{ "url": ');
    expect(await configOf()).toMatchObject({ baseUrl: null, basePath: '', contentDir: 'src' });
    await writeFileUnder(temp, 'outside.json', '{ "url": "https://outside.example.com" }');
    await fs.symlink(path.join(temp, 'outside.json'), path.join(site, 'src/_data/metadata.json'));
    expect((await configOf()).baseUrl).toBeNull();
  });

  it('ignores a commented-out or computed pathPrefix', async () => {
    await write('eleventy.config.js', `// pathPrefix: "/old/"\n${srcConfig(', pathPrefix: process.env.PREFIX')}`);
    await write('src/posts/day-1.md');
    expect((await configOf()).basePath).toBe('');
  });
});

describe('eleventyPrefixesRootUrls', () => {
  it('is true only when the config adds the HTML <base> plugin', async () => {
    await write('src/posts/day-1.md');
    const answers: boolean[] = [];
    for (const line of [
      'eleventyConfig.addPlugin(HtmlBasePlugin);',
      'eleventyConfig.addPlugin(eleventy.EleventyHtmlBasePlugin, { baseHref: "/x/" });',
      '// eleventyConfig.addPlugin(HtmlBasePlugin);',
      'eleventyConfig.addPlugin(MyHtmlBasePluginWrapper);',
    ]) {
      await write('eleventy.config.js', `module.exports = function (eleventyConfig) {\n  ${line}\n};\n`);
      answers.push(await eleventyPrefixesRootUrls(await detectSite(site)));
    }
    expect(answers).toEqual([true, true, false, false]);
  });
});
