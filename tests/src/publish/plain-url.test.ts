import { describe, expect, it } from 'vitest';
import { publicPostUrl, type SiteUrlConfig } from '../../../src/publish/public-url';

const plain: SiteUrlConfig = {
  kind: 'plain',
  baseUrl: 'https://me.example.com',
  basePath: '',
  permalink: '/notes/:year/:slug/',
  uglyUrls: false,
  contentDir: 'posts',
};

const url = (id: string, frontMatter: Record<string, unknown> = {}, permalink: string | null = plain.permalink) =>
  publicPostUrl({ ...plain, permalink }, { id, frontMatter });

describe('publicPostUrl: plain', () => {
  it('fills the date from front matter, else from the name', () => {
    expect(url('posts/day-1.md', { date: '2026-11-23T09:30:00-08:00' })).toBe(
      'https://me.example.com/notes/2026/day-1/',
    );
    expect(url('posts/2025-03-04-day-1.md', {}, '/:year/:month/:day/:slug/')).toBe(
      'https://me.example.com/2025/03/04/day-1/',
    );
    expect(url('posts/2025-03-04-day-1.md', { date: '2026-01-02' }, '/:year/:month/:day/')).toBe(
      'https://me.example.com/2026/01/02/',
    );
  });

  it('slugifies :slug from front matter or the name, and :title from the title', () => {
    expect(url('posts/2025-03-04-Day One.md', { date: '2025-03-04' })).toBe(
      'https://me.example.com/notes/2025/day-one/',
    );
    expect(url('posts/day-1.md', { date: '2025-03-04', slug: 'Zürich Straße' })).toBe(
      'https://me.example.com/notes/2025/zurich-strasse/',
    );
    expect(url('posts/trip/index.md', { date: '2025-03-04' })).toBe('https://me.example.com/notes/2025/trip/');
    expect(url('posts/day-1.md', { title: "Keynote: what's new" }, '/:title/')).toBe(
      'https://me.example.com/keynote-what-s-new/',
    );
  });

  it('keeps :filename and :path as they are, percent-encoded', () => {
    expect(url('posts/2025-03-04-Day One.md', {}, '/:filename.html')).toBe(
      'https://me.example.com/2025-03-04-Day%20One.html',
    );
    expect(url('posts/events/Day 1.md', {}, '/:path/')).toBe('https://me.example.com/events/Day%201/');
    expect(url('posts/events/100%41.md', {}, '/:path/')).toBe('https://me.example.com/events/100%2541/');
    expect(url('posts/day-1.md', {}, '/a//:filename/')).toBe('https://me.example.com/a/day-1/');
  });

  it('answers null when a placeholder cannot be filled or is unknown', () => {
    expect(url('posts/day-1.md')).toBeNull();
    expect(url('posts/day-1.md', { date: 'Monday' })).toBeNull();
    expect(url('posts/2025-13-45-day-1.md')).toBeNull();
    expect(url('posts/day-1.md', {}, '/:title/')).toBeNull();
    expect(url('posts/day-1.md', {}, '/:category/:slug/')).toBeNull();
    expect(url('notes/day-1.md', {}, '/:path/')).toBeNull();
    expect(url('posts/day-1.md', {}, null)).toBeNull();
  });
});
