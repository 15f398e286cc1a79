import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jekyllUrlConfig } from '../../../../src/publish/node/jekyll-url-config';
import { publicPostUrl } from '../../../../src/publish/public-url';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let site = '';
useTempSite((folders) => ({ site } = folders));

const write = (file: string, text: string) => writeFileUnder(site, file, text);

const configOf = async () => jekyllUrlConfig(await detectSite(site));

const storiesConfig = [
  'url: https://me.example.com',
  'collections_dir: ./stories/',
  'permalink: pretty',
  'collections:',
  '  posts:',
  '    permalink: /:year/:title/',
  '  talks:',
  '    output: true',
  '    permalink: /sessions/:title/',
  '  speakers:',
  '    output: true',
  '  drafts_box:',
  '    output: false',
  'defaults:',
  '  - scope: { path: stories/_posts, type: post }',
  '    values: { permalink: "/p/:title/", layout: post }',
  '  - scope: { type: talks }',
  '    values: { layout: talk }',
  '  - values: { permalink: /all/ }',
  '  - scope: { path: _talks }',
  '    values: oops',
  '  - scope: { path: _talks, type: [talks] }',
  '    values: { permalink: /never/ }',
  '',
].join('\n');

describe('jekyllUrlConfig', () => {
  it('reads collections_dir, the collections with pages and their permalinks, and the defaults', async () => {
    await fs.mkdir(path.join(site, 'stories/_posts'), { recursive: true });
    await write('_config.yml', storiesConfig);
    const { permalink, collectionsDir, collectionPermalinks, permalinkDefaults } = await configOf();
    expect({ permalink, collectionsDir }).toEqual({ permalink: 'pretty', collectionsDir: 'stories' });
    expect(collectionPermalinks).toEqual({ posts: '/:year/:title/', talks: '/sessions/:title/', speakers: null });
    expect(permalinkDefaults).toEqual([
      { path: 'stories/_posts', type: 'posts', permalink: '/p/:title/' },
      { path: '', type: 'talks', permalink: null },
      { path: '', type: null, permalink: '/all/' },
    ]);
  });

  it('gives posts only, at the site folder, for a config without collections or defaults', async () => {
    await write('_config.yml', 'url: https://me.example.com\ncollections: [talks]\ndefaults: {}\n');
    expect(await configOf()).toMatchObject({
      collectionsDir: '.',
      collectionPermalinks: { posts: null },
      permalinkDefaults: [],
    });
    await fs.rm(path.join(site, '_config.yml'));
    await fs.mkdir(path.join(site, '_posts'));
    expect(await configOf()).toMatchObject({
      baseUrl: null,
      collectionsDir: '.',
      collectionPermalinks: { posts: null },
    });
  });

  it('feeds publicPostUrl the URLs of a post and a talk inside collections_dir', async () => {
    await write(
      '_config.yml',
      [
        'url: https://me.example.com',
        'baseurl: /blog',
        'collections_dir: stories',
        'collections:',
        '  talks:',
        '    output: true',
        'defaults:',
        '  - scope: { path: _posts, type: posts }',
        '    values: { permalink: "/:categories/:title/" }',
        '',
      ].join('\n'),
    );
    await write('stories/_posts/2026-03-14-day-1.md', '---\ntitle: Day 1\n---\n');
    await write('stories/_talks/keynote.md', '---\ntitle: Keynote\n---\n');
    const config = await configOf();
    const post = { id: 'stories/_posts/2026-03-14-day-1.md', frontMatter: { categories: ['Events'] } };
    expect(publicPostUrl(config, post)).toBe('https://me.example.com/blog/events/day-1/');
    const talk = { id: 'stories/_talks/keynote.md', frontMatter: {} };
    expect(publicPostUrl(config, talk)).toBe('https://me.example.com/blog/talks/keynote.html');
  });
});
