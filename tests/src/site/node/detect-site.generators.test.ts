import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostIndex } from '../../../../src/posts/node/post-index';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let temp: string;
let site: string;
useTempSite((folders) => ({ temp, site } = folders));

const write = (relative: string, content = '') => writeFileUnder(site, relative, content);

describe('detectSite: Astro', () => {
  it('recognises each astro.config.* and lists the collections of Markdown, new posts in blog', async () => {
    await write('src/content/blog/first.md', '---\ntitle: First\npubDate: 2026-03-14\n---\n');
    await write('src/content/talks/2026/keynote/index.mdx');
    await write('src/content/authors/ada.json', '{}');
    await write('src/content/config.ts');
    for (const name of [
      'astro.config.mjs',
      'astro.config.js',
      'astro.config.ts',
      'astro.config.mts',
      'astro.config.cjs',
    ]) {
      await write(name, 'export default {}');
      expect(await detectSite(site), name).toMatchObject({
        kind: 'astro',
        name: path.basename(site),
        postFolders: ['src/content/blog', 'src/content/talks'],
        newPostFolder: 'src/content/blog',
        draftFolders: [],
        assetFolders: ['public', 'src/assets'],
        notice: null,
      });
      await fs.rm(path.join(site, name));
    }
  });

  it('indexes the collections’ posts, MDX included, with drafts marked draft: true', async () => {
    await write('astro.config.mjs', 'export default {}');
    await write('src/content/posts/a.md', '---\ntitle: A\ndraft: true\n---\n');
    await write('src/content/posts/b.mdx', '---\ntitle: B\n---\n');
    const profile = await detectSite(site);
    expect(profile.newPostFolder).toBe('src/content/posts');
    const cache = path.join(temp, 'index.json');
    const index = new PostIndex(profile, cache);
    await index.load();
    const rows = index.list().map((post) => [post.id, post.draft]);
    expect(rows.sort()).toEqual([
      ['src/content/posts/a.md', true],
      ['src/content/posts/b.mdx', false],
    ]);
  });
});

describe('detectSite: Eleventy', () => {
  it('recognises each config name, with the input folder at the root by default', async () => {
    await write('posts/first.md');
    await write('about.md');
    for (const name of [
      '.eleventy.js',
      '.eleventy.cjs',
      'eleventy.config.js',
      'eleventy.config.cjs',
      'eleventy.config.mjs',
    ]) {
      await write(name, 'module.exports = function () {};');
      expect(await detectSite(site), name).toMatchObject({
        kind: 'eleventy',
        postFolders: ['posts'],
        newPostFolder: 'posts',
        assetFolders: ['.'],
        photoFolders: { folder: 'images', servedFrom: '.' },
        notice: null,
      });
      await fs.rm(path.join(site, name));
    }
  });

  it('reads the input folder written in the config, and its img folder', async () => {
    await write(
      'eleventy.config.js',
      'export default function (c) {\n  return { dir: { input: "content", output: "_site" } };\n}\n',
    );
    await write('content/blog/first.md');
    await write('content/img/logo.png');
    await write('README.md');
    expect(await detectSite(site)).toMatchObject({
      kind: 'eleventy',
      postFolders: ['content/blog'],
      newPostFolder: 'content/blog',
      assetFolders: ['content'],
      photoFolders: { folder: 'content/img', servedFrom: 'content' },
    });
  });

  it('lists every folder of Markdown in the input folder without posts or blog, never layouts or data', async () => {
    await write('.eleventy.js', "module.exports = (c) => { c.setInputDirectory('src'); };");
    await write('src/index.md');
    await write('src/notes/2026/day-1.md');
    await write('src/_includes/base.md');
    await write('src/_data/x.md');
    await write('src/_site/copy.md');
    expect((await detectSite(site)).postFolders).toEqual(['src', 'src/posts', 'src/notes/2026']);
  });

  it('never indexes layouts, includes or data as posts, even from an input folder at the root', async () => {
    await write('eleventy.config.js', 'export default function () {}');
    await write('index.md', '---\ntitle: Home\n---\n');
    await write('_includes/footer.md', 'Footer');
    await write('_layouts/post.md', 'Layout');
    await write('_data/people.md', 'Data');
    const index = new PostIndex(await detectSite(site), path.join(temp, 'index.json'));
    await index.load();
    expect(index.list().map((post) => post.id)).toEqual(['index.md']);
  });
});

describe('detectSite: Jekyll collections', () => {
  it('lists _posts, _drafts and collections with pages inside collections_dir, and indexes their documents', async () => {
    const config = 'title: Diary\ncollections_dir: stories\ncollections:\n  talks:\n    output: true\n  people: {}\n';
    await write('_config.yml', config);
    await write('stories/_posts/2026-03-14-day-1.md', '---\ntitle: Day 1\n---\n');
    await write('stories/_talks/keynote.md', '---\ntitle: The keynote\n---\n');
    await write('stories/_people/ada.md', '---\ntitle: Ada\n---\n');
    await write('_posts/2020-01-01-ignored.md', '---\ntitle: Outside collections_dir\n---\n');
    const profile = await detectSite(site);
    expect(profile).toMatchObject({
      kind: 'jekyll',
      postFolders: ['stories/_posts', 'stories/_drafts', 'stories/_talks'],
      draftFolders: ['stories/_drafts'],
      newPostFolder: 'stories/_posts',
    });
    const index = new PostIndex(profile, path.join(temp, 'index.json'));
    await index.load();
    expect(
      index
        .list()
        .map((post) => post.title)
        .sort(),
    ).toEqual(['Day 1', 'The keynote']);
  });
});

describe('detectSite: how posts are named', () => {
  it('follows the most common form of the posts where new ones go', async () => {
    await write('hugo.toml', 'title = "Trips"\n');
    await write('content/posts/lisbon/index.md', '# Lisbon');
    await write('content/posts/porto/index.md', '# Porto');
    await write('content/posts/faro.md', '# Faro');
    await write('content/posts/_index.md', '# Section');
    expect((await detectSite(site)).postNaming).toBe('bundle');

    await write('content/posts/2026-03-14-day-1.md');
    await write('content/posts/2026-03-15-day-2.md');
    await write('content/posts/2026-03-16-day-3.md');
    expect((await detectSite(site)).postNaming).toBe('dated');
  });

  it('leaves the kind’s own naming when posts are evenly split or there are none', async () => {
    await write('astro.config.mjs', 'export default {};\n');
    await write('src/content/blog/one.md');
    await write('src/content/blog/two/index.md');
    expect((await detectSite(site)).postNaming).toBeUndefined();
    await fs.rm(path.join(site, 'src/content/blog'), { recursive: true });
    await fs.mkdir(path.join(site, 'src/content/blog'));
    expect((await detectSite(site)).postNaming).toBeUndefined();
  });

  it('never names Jekyll posts any way but dated, and never reads a linked posts folder', async () => {
    await write('_config.yml', 'title: Diary\n');
    await write('_posts/2026-03-14-a/index.md');
    await write('_posts/2026-03-15-b/index.md');
    expect((await detectSite(site)).postNaming).toBeUndefined();

    await fs.rm(path.join(site, '_config.yml'));
    await fs.rm(path.join(site, '_posts'), { recursive: true });
    await writeFileUnder(temp, 'elsewhere/a/index.md');
    await writeFileUnder(temp, 'elsewhere/b/index.md');
    await fs.symlink(path.join(temp, 'elsewhere'), path.join(site, 'posts'));
    const profile = await detectSite(site);
    expect(profile).toMatchObject({ kind: 'plain', newPostFolder: 'posts' });
    expect(profile.postNaming).toBeUndefined();
  });
});
