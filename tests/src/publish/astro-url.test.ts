import { describe, expect, it } from 'vitest';
import { publicPostUrl, type SiteUrlConfig } from '../../../src/publish/public-url';

const astro: SiteUrlConfig = {
  kind: 'astro',
  baseUrl: 'https://me.example.com',
  basePath: '',
  permalink: null,
  uglyUrls: false,
  contentDir: 'src/content',
  astroRoutes: { blog: 'rest', notes: 'segment' },
};

const url = (id: string, frontMatter: Record<string, unknown> = {}, config: Partial<SiteUrlConfig> = {}) =>
  publicPostUrl({ ...astro, ...config }, { id, frontMatter });

describe('publicPostUrl: Astro', () => {
  it('serves an entry at its collection and slug when the collection has a route', () => {
    expect(url('src/content/blog/day-1.md')).toBe('https://me.example.com/blog/day-1/');
    expect(url('src/content/blog/day-1.mdx', {}, { basePath: '/docs' })).toBe(
      'https://me.example.com/docs/blog/day-1/',
    );
    expect(url('src/content/news/day-1.md')).toBeNull();
    expect(url('src/content/blog/day-1.md', {}, { astroRoutes: undefined })).toBeNull();
  });

  it('slugifies each part of the path as github-slugger does, a bundle named by its folder', () => {
    expect(url('src/content/blog/2026/Day One: Keynote!.md')).toBe('https://me.example.com/blog/2026/day-one-keynote/');
    expect(url('src/content/blog/Trip  Notes/index.md')).toBe('https://me.example.com/blog/trip--notes/');
    expect(url('src/content/blog/snake_case-Ünïcode.md')).toBe(
      'https://me.example.com/blog/snake_case-%C3%BCn%C3%AFcode/',
    );
    expect(url('src/content/blog/index.md')).toBe('https://me.example.com/blog/index/');
  });

  it('takes front matter `slug` as written', () => {
    expect(url('src/content/blog/day-1.md', { slug: 'Keynote/Recap' })).toBe(
      'https://me.example.com/blog/Keynote/Recap/',
    );
    expect(url('src/content/blog/day-1.md', { slug: '100%' })).toBe('https://me.example.com/blog/100%25/');
    expect(url('src/content/blog/day-1.md', { slug: '' })).toBe('https://me.example.com/blog/day-1/');
  });

  it('keeps a one-part route to one-part slugs', () => {
    expect(url('src/content/notes/day-1.md')).toBe('https://me.example.com/notes/day-1/');
    expect(url('src/content/notes/2026/day-1.md')).toBeNull();
    expect(url('src/content/notes/day-1.md', { slug: 'a/b' })).toBeNull();
  });

  it('writes .html for the file format and drops the final slash with trailingSlash never', () => {
    expect(url('src/content/blog/day-1.md', {}, { uglyUrls: true })).toBe('https://me.example.com/blog/day-1.html');
    expect(url('src/content/blog/day-1.md', {}, { dropTrailingSlash: true })).toBe('https://me.example.com/blog/day-1');
  });

  it('answers null for entries Astro leaves out and paths outside the collections', () => {
    expect(url('src/content/blog/_draft.md')).toBeNull();
    expect(url('src/content/blog/_wip/day-1.md')).toBeNull();
    expect(url('src/content/blog/!!!.md')).toBeNull();
    expect(url('src/pages/blog/day-1.md')).toBeNull();
    expect(url('src/content/blog')).toBeNull();
    expect(url('src/content/blog/day-1.md', {}, { baseUrl: null })).toBeNull();
  });
});
