import { describe, expect, it } from 'vitest';
import { publicPostUrl, type SiteUrlConfig } from '../../../src/publish/public-url';

const eleventy: SiteUrlConfig = {
  kind: 'eleventy',
  baseUrl: 'https://me.example.com',
  basePath: '',
  permalink: null,
  uglyUrls: false,
  contentDir: 'src',
};

const url = (id: string, frontMatter: Record<string, unknown> = {}, config: Partial<SiteUrlConfig> = {}) =>
  publicPostUrl({ ...eleventy, ...config }, { id, frontMatter });

describe('publicPostUrl: Eleventy', () => {
  it('serves a page at its path in the input folder, without extension, as a folder', () => {
    expect(url('src/posts/day-1.md')).toBe('https://me.example.com/posts/day-1/');
    expect(url('src/posts/trip/index.md')).toBe('https://me.example.com/posts/trip/');
    expect(url('src/posts/posts.md')).toBe('https://me.example.com/posts/');
    expect(url('src/index.md')).toBe('https://me.example.com/');
    expect(url('posts/day-1.md', {}, { contentDir: '.' })).toBe('https://me.example.com/posts/day-1/');
    expect(url('src/posts/day-1.md', {}, { basePath: '/blog' })).toBe('https://me.example.com/blog/posts/day-1/');
  });

  it('keeps names as they are, percent-encoded', () => {
    expect(url('src/posts/Café Zürich!.md')).toBe('https://me.example.com/posts/Caf%C3%A9%20Z%C3%BCrich!/');
    expect(url('src/posts/100%41 sure.md')).toBe('https://me.example.com/posts/100%2541%20sure/');
  });

  it('takes a literal permalink as Eleventy writes it', () => {
    expect(url('src/posts/day-1.md', { permalink: '/talks/keynote/' })).toBe('https://me.example.com/talks/keynote/');
    expect(url('src/posts/day-1.md', { permalink: 'talks/keynote.html' })).toBe(
      'https://me.example.com/talks/keynote.html',
    );
    expect(url('src/posts/day-1.md', { permalink: '/talks/index.html' })).toBe('https://me.example.com/talks/');
    expect(url('src/posts/day-1.md', { permalink: { build: '/x/' } })).toBe('https://me.example.com/x/');
    expect(url('src/posts/day-1.md', { permalink: '/x/' }, { basePath: '/blog' })).toBe(
      'https://me.example.com/blog/x/',
    );
  });

  it('answers null for pages not written and permalinks that are templates or computed', () => {
    expect(url('src/posts/day-1.md', { permalink: false })).toBeNull();
    expect(url('src/posts/day-1.md', { permalink: { build: false } })).toBeNull();
    expect(url('src/posts/day-1.md', { permalink: { serverless: '/x/' } })).toBeNull();
    expect(url('src/posts/day-1.md', { permalink: '/{{ title | slugify }}/' })).toBeNull();
    expect(url('src/posts/day-1.md', { permalink: '/{% if x %}a{% endif %}/' })).toBeNull();
    expect(url('src/posts/day-1.md', { permalink: '../outside/' })).toBeNull();
    expect(url('src/posts/day-1.md', { permalink: 42 })).toBeNull();
    expect(url('src/posts/day-1.md', { eleventyComputed: { permalink: '/x/' } })).toBeNull();
  });

  it('answers null for files Eleventy does not build by default and files outside the input folder', () => {
    expect(url('src/posts/day-1.markdown')).toBeNull();
    expect(url('src/posts/day-1.mdx')).toBeNull();
    expect(url('notes/day-1.md')).toBeNull();
    expect(url('src/posts/day-1.md', {}, { baseUrl: null })).toBeNull();
  });
});
