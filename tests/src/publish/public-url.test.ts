import { describe, expect, it } from 'vitest';
import { publicPostUrl, type SiteUrlConfig } from '../../../src/publish/public-url';

const jekyll: SiteUrlConfig = {
  kind: 'jekyll',
  baseUrl: 'https://me.example.com',
  basePath: '',
  permalink: null,
  uglyUrls: false,
  contentDir: '.',
};
const hugo: SiteUrlConfig = { ...jekyll, kind: 'hugo', baseUrl: 'https://example.org', contentDir: 'content' };

const day1 = '_posts/2026-11-23-day-1.md';
const url = (config: SiteUrlConfig, id: string, frontMatter: Record<string, unknown> = {}) =>
  publicPostUrl(config, { id, frontMatter });
/** The Jekyll URL path under a site permalink setting. */
const jekyllPath = (permalink: string | null, frontMatter: Record<string, unknown> = {}, id = day1) =>
  url({ ...jekyll, permalink }, id, frontMatter)?.slice('https://me.example.com'.length) ?? null;

describe('publicPostUrl: Jekyll', () => {
  it('uses the date style by default and for each built-in style its pattern', () => {
    expect(url(jekyll, day1, { title: 'Day 1' })).toBe('https://me.example.com/2026/11/23/day-1.html');
    expect(jekyllPath('date')).toBe('/2026/11/23/day-1.html');
    expect(jekyllPath('pretty')).toBe('/2026/11/23/day-1/');
    expect(jekyllPath('ordinal')).toBe('/2026/327/day-1.html');
    expect(jekyllPath('weekdate')).toBe('/2026/W48/Mon/day-1.html');
    expect(jekyllPath('none')).toBe('/day-1.html');
  });

  it('fills every date placeholder of a custom pattern', () => {
    const pattern = '/:year/:short_year/:month/:i_month/:day/:i_day/:y_day/:hour:minute:second/:title/';
    expect(jekyllPath(pattern, { date: '2026-01-05 07:08:09 +0000' })).toBe('/2026/26/01/1/05/5/005/070809/day-1/');
    const names = '/:short_month/:long_month/:short_day/:long_day/:w_year-:week-:w_day/';
    // 3 January 2027 is a Sunday in the last ISO week of 2026.
    expect(jekyllPath(names, { date: '2027-01-03' })).toBe('/Jan/January/Sun/Sunday/2026-53-7/');
    expect(jekyllPath('/:month_:day/:title')).toBe('/11_23/day-1');
  });

  it('keeps the case of :title and lowercases :slug, both from `slug` when it is set', () => {
    const id = '_posts/2026-11-23-Day-One.md';
    expect(jekyllPath('/:title/:slug/', {}, id)).toBe('/Day-One/day-one/');
    expect(jekyllPath('/:title/:slug/', { slug: 'Keynote: AWS & You!' }, id)).toBe(
      '/Keynote-AWS-&-You!/keynote-aws-you/',
    );
    expect(jekyllPath('/:title/', { slug: 2026 }, id)).toBe('/2026/');
    expect(jekyllPath('/:title/', { slug: ['a'] }, id)).toBeNull();
  });

  it('gathers categories from folders above _posts, `categories` and `category`, lowercased', () => {
    expect(jekyllPath(null, { categories: 'AWS Events' })).toBe('/aws/events/2026/11/23/day-1.html');
    expect(jekyllPath(null, { categories: ['Cloud Native', 'AWS', 'aws'] })).toBe(
      '/cloud%20native/aws/2026/11/23/day-1.html',
    );
    expect(jekyllPath(null, { category: 'Cloud Native', categories: ['aws'] })).toBe(
      '/aws/cloud%20native/2026/11/23/day-1.html',
    );
    expect(jekyllPath(null, { categories: ['AWS'] }, 'Blog/_posts/2026-11-23-day-1.md')).toBe(
      '/blog/aws/2026/11/23/day-1.html',
    );
    expect(jekyllPath(null, {}, '_posts/events/2026-11-23-day-1.md')).toBe('/2026/11/23/day-1.html');
    expect(jekyllPath('/:slugified_categories/:title/', { categories: ['Work 2 Progress', 'C#'] })).toBe(
      '/work-2-progress/c/day-1/',
    );
  });

  it('lets the front matter permalink win, filling its placeholders but not taking style names', () => {
    expect(jekyllPath('pretty', { permalink: '/talks/:title/' })).toBe('/talks/day-1/');
    expect(jekyllPath(null, { permalink: 'pretty' })).toBe('/pretty');
    expect(jekyllPath(null, { permalink: '/:collection/:path/:name' })).toBe(
      '/posts/2026-11-23-day-1/2026-11-23-day-1',
    );
  });

  it('reads the date from front matter, moved into the site zone as Jekyll does', () => {
    const la = { ...jekyll, timezone: 'America/Los_Angeles' };
    const dayOf = (date: string, config: SiteUrlConfig = la) =>
      url(config, day1, { date })?.split('/').slice(3, 6).join('/');
    expect(dayOf('2026-12-01 10:00:00 +0000', jekyll)).toBe('2026/12/01');
    expect(dayOf('2026-11-24 01:00:00 +0000')).toBe('2026/11/23');
    expect(dayOf('2026-11-24T01:00:00Z')).toBe('2026/11/23');
    // With seconds and no offset Jekyll's YAML reader takes the time as UTC; without seconds, as local.
    expect(dayOf('2026-11-24 01:00:00')).toBe('2026/11/23');
    expect(dayOf('2026-11-24 01:00')).toBe('2026/11/24');
    expect(dayOf('2026-11-24')).toBe('2026/11/24');
    expect(dayOf('2026-11-24 01:00:00 +0000', jekyll)).toBe('2026/11/24');
  });

  it('gives .html for Markdown and HTML, and other extensions as they are', () => {
    expect(jekyllPath(null, {}, '_posts/2026-11-23-day-1.markdown')).toBe('/2026/11/23/day-1.html');
    expect(jekyllPath(null, {}, '_posts/2026-11-23-day-1.HTML')).toBe('/2026/11/23/day-1.html');
    expect(jekyllPath(null, {}, '_posts/2026-11-23-day-1.txt')).toBe('/2026/11/23/day-1.txt');
  });

  it('escapes what a URL path cannot hold and cleans slashes and dots as Jekyll does', () => {
    expect(jekyllPath('/:title/', {}, '_posts/2026-11-23-café zürich?.md')).toBe('/caf%C3%A9-z%C3%BCrich/');
    expect(jekyllPath('//:categories//:title/', { slug: 'v1..2' })).toBe('/v1/2/');
    expect(jekyllPath(null, { categories: ['\ud800'] })).toBeNull();
  });

  it('answers null when the URL cannot be known', () => {
    expect(jekyllPath(null, {}, '_drafts/day-1.md')).toBeNull();
    expect(jekyllPath(null, { date: 'Monday' })).toBeNull();
    expect(jekyllPath(null, { permalink: '/{{ page.lang }}/:title/' })).toBeNull();
    expect(jekyllPath('/{% if x %}a{% endif %}/:title/')).toBeNull();
    expect(jekyllPath('/:year/:nonsense/')).toBeNull();
    expect(url({ ...jekyll, baseUrl: null }, day1)).toBeNull();
    expect(url({ ...jekyll, kind: 'plain' }, 'posts/day-1.md')).toBeNull();
  });

  it('joins the base URL and base path with exactly one slash each', () => {
    const config = { ...jekyll, baseUrl: 'https://me.example.com/', basePath: 'my blog/' };
    expect(url(config, day1)).toBe('https://me.example.com/my%20blog/2026/11/23/day-1.html');
    expect(url({ ...jekyll, basePath: '/' }, day1)).toBe('https://me.example.com/2026/11/23/day-1.html');
  });
});

describe('publicPostUrl: Hugo', () => {
  it('follows the content folders and the file name by default, lowercased and sanitised', () => {
    expect(url(hugo, 'content/posts/day-1.md')).toBe('https://example.org/posts/day-1/');
    expect(url(hugo, 'content/posts/2026/Day One!.md')).toBe('https://example.org/posts/2026/day-one/');
    expect(url({ ...hugo, contentDir: '.' }, 'posts/day-1.md')).toBe('https://example.org/posts/day-1/');
    expect(url({ ...hugo, basePath: '/blog' }, 'content/posts/day-1.md')).toBe('https://example.org/blog/posts/day-1/');
  });

  it('names a page bundle by its folder and lets `slug` (any case of the key) replace the last part', () => {
    expect(url(hugo, 'content/posts/day-1/index.md')).toBe('https://example.org/posts/day-1/');
    expect(url(hugo, 'content/posts/day-1/index.md', { Slug: 'Hello, World! (2026)' })).toBe(
      'https://example.org/posts/hello-world-2026/',
    );
    expect(url(hugo, 'content/posts/day-1.md', { slug: 'Über Café' })).toBe(
      'https://example.org/posts/%C3%BCber-caf%C3%A9/',
    );
  });

  it('writes .html with uglyURLs', () => {
    expect(url({ ...hugo, uglyUrls: true }, 'content/posts/day-1.md')).toBe('https://example.org/posts/day-1.html');
    expect(url({ ...hugo, uglyUrls: true }, 'content/posts/day-1/index.md')).toBe(
      'https://example.org/posts/day-1.html',
    );
  });

  it('takes front matter `url` as written, adding a slash unless it names a file', () => {
    expect(url(hugo, 'content/posts/day-1.md', { url: '/talks/Keynote', slug: 'x' })).toBe(
      'https://example.org/talks/Keynote/',
    );
    expect(url(hugo, 'content/posts/day-1.md', { url: 'talks/keynote.html' })).toBe(
      'https://example.org/talks/keynote.html',
    );
    expect(url(hugo, 'content/posts/day-1.md', { URL: 'my\\:example' })).toBe('https://example.org/my:example/');
    expect(url(hugo, 'content/posts/day-1.md', { url: '/:slug/' })).toBeNull();
  });

  it('expands the posts pattern with each token', () => {
    const config = { ...hugo, permalink: '/:year/:month/:day/:slug/' };
    const frontMatter = { title: 'Day One!', date: '2026-11-23T23:30:00-08:00' };
    expect(url(config, 'content/posts/day-1.md', frontMatter)).toBe('https://example.org/2026/11/23/day-one/');
    const names = { ...hugo, permalink: '/:section/:sections/:monthname/:weekday-:weekdayname/:yearday/:title/' };
    expect(url(names, 'content/posts/day-1.md', frontMatter)).toBe(
      'https://example.org/posts/posts/november/1-monday/327/day-one/',
    );
    const files = { ...hugo, permalink: '/:filename/:contentbasename/:slugorfilename/:slugorcontentbasename/' };
    expect(url(files, 'content/posts/day-1/index.md', { slug: 'Recap' })).toBe(
      'https://example.org/day-1/day-1/recap/recap/',
    );
    expect(url({ ...config, uglyUrls: true }, 'content/posts/day-1.md', frontMatter)).toBe(
      'https://example.org/2026/11/23/day-one.html',
    );
    const publishDate = { title: 'X', publishDate: '2025-02-03' };
    expect(url(config, 'content/posts/x.md', publishDate)).toBe('https://example.org/2025/02/03/x/');
  });

  it('applies the pattern to posts only', () => {
    const config = { ...hugo, permalink: '/:year/:slug/' };
    expect(url(config, 'content/notes/x.md', { title: 'X', date: '2026-01-01' })).toBe('https://example.org/notes/x/');
  });

  it('answers null when a token cannot be filled or is unknown', () => {
    const id = 'content/posts/day-1.md';
    expect(url({ ...hugo, permalink: '/:year/:slug/' }, id, { title: 'X' })).toBeNull();
    expect(url({ ...hugo, permalink: '/:title/' }, id, { date: '2026-01-01' })).toBeNull();
    expect(url({ ...hugo, permalink: '/:06/:slug/' }, id, { title: 'X', date: '2026-01-01' })).toBeNull();
    expect(url({ ...hugo, permalink: '/:sections[1:]/:slug/' }, id, { title: 'X' })).toBeNull();
    expect(url({ ...hugo, permalink: '/:sections/:slug/' }, 'content/posts/2026/x.md', { title: 'X' })).toBeNull();
  });

  it('answers null for section pages, the home page and files outside the content folder', () => {
    expect(url(hugo, 'content/posts/_index.md')).toBeNull();
    expect(url(hugo, 'content/index.md')).toBeNull();
    expect(url(hugo, 'static/day-1.md')).toBeNull();
    expect(url({ ...hugo, baseUrl: null }, 'content/posts/day-1.md')).toBeNull();
  });
});
