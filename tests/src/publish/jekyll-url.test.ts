import { describe, expect, it } from 'vitest';
import { jekyllPath } from '../../../src/publish/jekyll-url';
import type { JekyllDefault, SiteUrlConfig } from '../../../src/publish/public-url';

// Every expected path here is what Jekyll 4.3 gave the same files under the same config.
const stories: SiteUrlConfig = {
  kind: 'jekyll',
  baseUrl: 'https://me.example.com',
  basePath: '',
  permalink: null,
  uglyUrls: false,
  contentDir: '.',
  collectionsDir: 'stories',
  collectionPermalinks: { posts: null, talks: null, notes: 'pretty' },
  permalinkDefaults: [],
};
const pathOf = (id: string, frontMatter: Record<string, unknown> = {}, config: Partial<SiteUrlConfig> = {}) =>
  jekyllPath({ ...stories, ...config }, id, frontMatter);
const scoped = (path: string, type: string | null, permalink: string | null): JekyllDefault => ({
  path,
  type,
  permalink,
});

describe('jekyllPath: posts inside collections_dir', () => {
  it('reads posts from the collections folder, categories and :path relative to it', () => {
    expect(pathOf('stories/_posts/2026-03-14-day-1.md')).toBe('/2026/03/14/day-1.html');
    const permalink = '/:categories/:path/:name/';
    expect(pathOf('stories/events/_posts/2026-03-15-Day-2.md', { permalink })).toBe(
      '/events/events/2026-03-15-Day-2/2026-03-15-day-2/',
    );
    expect(pathOf('stories/_posts/2026-03-14-day-1.md', { permalink: '/:collection/:path/' })).toBe(
      '/posts/2026-03-14-day-1/',
    );
  });

  it('knows no URL for posts Jekyll does not build from there', () => {
    expect(pathOf('_posts/2026-03-16-root.md')).toBeNull();
    expect(pathOf('stories/_drafts/2026-03-17-draft.md')).toBeNull();
    expect(pathOf('stories/_archive/_posts/2026-03-14-day-1.md')).toBeNull();
    expect(pathOf('stories/_posts/day-1.md')).toBeNull();
    expect(pathOf('stories/_posts/26-03-14-day-1.md')).toBeNull();
  });

  it('takes the posts collection’s own permalink as written, not as a style', () => {
    const config = { collectionPermalinks: { posts: 'pretty' }, permalink: '/:year/:title/' };
    expect(pathOf('stories/_posts/2026-03-14-day-1.md', {}, config)).toBe('/pretty');
  });

  it('shows short month and day names as Jekyll prints them', () => {
    const permalink = '/:short_month/:short_day/:long_month/:long_day/:title/';
    expect(pathOf('stories/_posts/2026-03-14-day-1.md', {}, { permalink })).toBe('/Mar/Sat/March/Saturday/day-1/');
  });
});

describe('jekyllPath: collection documents', () => {
  it('ends /:collection/:path as the site permalink ends, weekdate and bare patterns bare', () => {
    const keynote = (permalink: string | null) => pathOf('stories/_talks/2026/Keynote..md', {}, { permalink });
    expect(keynote(null)).toBe('/talks/2026/Keynote.html');
    expect(keynote('ordinal')).toBe('/talks/2026/Keynote.html');
    expect(keynote('pretty')).toBe('/talks/2026/Keynote/');
    expect(keynote('weekdate')).toBe('/talks/2026/Keynote');
    expect(keynote('/:year/:title/')).toBe('/talks/2026/Keynote/');
    expect(keynote('/:title:output_ext')).toBe('/talks/2026/Keynote.html');
    expect(keynote('/:title')).toBe('/talks/2026/Keynote');
  });

  it('takes the collection’s own permalink as written', () => {
    expect(pathOf('stories/_notes/n.md', {}, { permalink: '/:title/' })).toBe('/pretty');
    const talks = { collectionPermalinks: { posts: null, talks: '/sessions/:title:output_ext' } };
    expect(pathOf('stories/_talks/panel.md', { slug: 'Cloud & You' }, talks)).toBe('/sessions/Cloud-&-You.html');
  });

  it('fills :title, :slug, :name and the date from a dated file name, else from front matter', () => {
    expect(pathOf('stories/_talks/2026-01-02-opening.md', { permalink: '/:year/:month/:title/:name/' })).toBe(
      '/2026/01/opening/2026-01-02-opening/',
    );
    const panel = { slug: 'Cloud & You', categories: ['Events'], permalink: '/:categories/:title/:slug:output_ext' };
    expect(pathOf('stories/_talks/panel.md', panel)).toBe('/events/Cloud-&-You/cloud-you.html');
    const undated = { date: '2025-07-08 10:00:00 +0000', permalink: '/:year/:month/:day/:title/' };
    expect(pathOf('stories/_talks/undated.md', undated)).toBe('/2025/07/08/undated/');
  });

  it('takes no categories from a document’s folders', () => {
    expect(pathOf('stories/_talks/events/panel.md', { permalink: '/:categories/:title/' })).toBe('/panel/');
  });

  it('knows no URL without a date for date placeholders, or outside a collection with pages', () => {
    // Jekyll dates such a document at the moment it builds.
    expect(pathOf('stories/_talks/panel.md', { permalink: '/:year/:title/' })).toBeNull();
    expect(pathOf('stories/_talks/panel.md', { date: 'soon' })).toBeNull();
    expect(pathOf('stories/_hidden/h.md')).toBeNull();
    expect(pathOf('_talks/panel.md')).toBeNull();
    expect(pathOf('stories/_talks/2026-13-45-odd.md')).toBeNull();
    expect(pathOf('stories/_talks/26-03-14-odd.md')).toBeNull();
  });
});

describe('jekyllPath: front matter defaults', () => {
  const permalinkDefaults = [
    scoped('/_posts', null, '/never/'),
    scoped('stories/_posts', 'posts', '/p/:title/'),
    scoped('_talks/2026', null, null),
    scoped('_talks/20', 'talks', '/t20/:title/'),
    scoped('_talks', 'talks', '/short/:name/'),
    scoped('_notes', null, '/untyped/'),
    scoped('_notes', 'notes', '/typed/'),
    scoped('_notes', null, '/untyped-later/'),
  ];
  const defaulted = (id: string, frontMatter: Record<string, unknown> = {}) =>
    pathOf(id, frontMatter, { permalinkDefaults });

  it('applies a default whose scope path starts the path inside collections_dir and whose type matches', () => {
    expect(defaulted('stories/_posts/2026-03-14-day-1.md')).toBe('/p/day-1/');
    expect(defaulted('stories/events/_posts/2026-03-15-day-2.md')).toBe('/events/2026/03/15/day-2.html');
    expect(pathOf('stories/_posts/2026-03-14-day-1.md', {}, { permalinkDefaults: [scoped('', 'talks', '/t/')] })).toBe(
      '/2026/03/14/day-1.html',
    );
  });

  it('lets the front matter permalink win', () => {
    expect(defaulted('stories/_posts/2026-03-16-own.md', { permalink: '/mine/' })).toBe('/mine/');
    expect(defaulted('stories/_posts/2026-03-16-own.md', { permalink: null })).toBe('/p/own/');
  });

  it('ranks scopes as Jekyll does: longer path first, then a typed one, a path matching as a string prefix', () => {
    expect(defaulted('stories/_talks/2026/Keynote.md')).toBe('/t20/Keynote/');
    expect(defaulted('stories/_talks/2026-01-02-opening.md')).toBe('/t20/opening/');
    expect(defaulted('stories/_talks/panel.md')).toBe('/short/panel/');
    expect(defaulted('stories/_notes/n.md')).toBe('/typed/');
  });

  it('knows no URL when a glob scope may decide it, and ignores one that cannot', () => {
    const glob = (path: string, permalink: string | null, others: JekyllDefault[] = []) =>
      pathOf('stories/_talks/panel.md', {}, { permalinkDefaults: [...others, scoped(path, null, permalink)] });
    expect(glob('stories/_talks/*.md', '/g/')).toBeNull();
    expect(glob('_ta*', null, [scoped('_talks', null, '/t/')])).toBeNull();
    expect(glob('_ta*', null)).toBe('/talks/panel.html');
    expect(glob('assets/**/*.jpg', '/g/', [scoped('_talks', null, '/t/')])).toBe('/t/');
  });
});
