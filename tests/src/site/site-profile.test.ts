import { describe, expect, it } from 'vitest';
import {
  astroProfile,
  eleventyProfile,
  hugoProfile,
  jekyllProfile,
  plainProfile,
} from '../../../src/site/site-profile';

describe('jekyllProfile', () => {
  it('lists _drafts as a post folder and the draft folder, whether or not it exists yet', () => {
    const profile = jekyllProfile('/blog', 'Blog', {});
    expect(profile.postFolders).toEqual(['_posts', '_drafts']);
    expect(profile.draftFolders).toEqual(['_drafts']);
  });

  it('creates posts in _posts and serves assets from assets and images', () => {
    const profile = jekyllProfile('/blog', 'Blog', {});
    expect(profile).toMatchObject({ kind: 'jekyll', newPostFolder: '_posts', assetFolders: ['assets', 'images'] });
  });

  it('carries the time zone the detector found, null when it found none', () => {
    expect(jekyllProfile('/blog', 'Blog', { timezone: 'Asia/Kolkata' }).timezone).toBe('Asia/Kolkata');
    expect(jekyllProfile('/blog', 'Blog', { timezone: null }).timezone).toBeNull();
    expect(jekyllProfile('/blog', 'Blog', {}).timezone).toBeNull();
  });
});

describe('plainProfile', () => {
  it('creates posts in posts/ when it exists and lists it even while empty', () => {
    const profile = plainProfile('/notes', 'notes', { markdownFolders: ['notes/2024'], hasPostsFolder: true });
    expect(profile.newPostFolder).toBe('posts');
    expect(profile.postFolders).toEqual(['posts', 'notes/2024']);
  });

  it('falls back to the root for new posts and orders folders root first, then by depth and name', () => {
    const profile = plainProfile('/notes', 'notes', { markdownFolders: ['b/x', 'b', 'a', '.'], hasPostsFolder: false });
    expect(profile.newPostFolder).toBe('.');
    expect(profile.postFolders).toEqual(['.', 'a', 'b', 'b/x']);
    expect(profile).toMatchObject({ kind: 'plain', draftFolders: [], assetFolders: ['.'], timezone: null });
    expect(profile.notice).toBeNull();
  });

  it('carries the notice saying why a generator’s site opened as plain', () => {
    const facts = { markdownFolders: [], hasPostsFolder: false, notice: 'hugo.toml could not be read' };
    expect(plainProfile('/notes', 'notes', facts).notice).toBe('hugo.toml could not be read');
  });
});

describe('hugoProfile', () => {
  const facts = { contentDir: 'content', timezone: null };

  it('lists only content/posts when it holds posts, creates posts there and marks drafts in front matter', () => {
    const profile = hugoProfile('/trip', 'Trip', { ...facts, sections: ['about', 'posts'], timezone: 'Asia/Tokyo' });
    expect(profile).toEqual({
      root: '/trip',
      name: 'Trip',
      kind: 'hugo',
      postFolders: ['content/posts'],
      draftFolders: [],
      newPostFolder: 'content/posts',
      assetFolders: ['static', 'assets'],
      timezone: 'Asia/Tokyo',
      notice: null,
    });
  });

  it('lists every section with Markdown otherwise, and posts, where new posts go, even while empty', () => {
    const profile = hugoProfile('/trip', 'Trip', { ...facts, sections: ['talks', 'blog'] });
    expect(profile.postFolders).toEqual(['content/blog', 'content/posts', 'content/talks']);
    expect(profile.newPostFolder).toBe('content/posts');
  });

  it('lists the whole content folder when no section holds Markdown', () => {
    expect(hugoProfile('/trip', 'Trip', { ...facts, sections: [] }).postFolders).toEqual(['content']);
  });

  it('follows a content folder the config moves, the site root included', () => {
    const moved = hugoProfile('/trip', 'Trip', { ...facts, contentDir: 'site/pages', sections: ['posts'] });
    expect(moved).toMatchObject({ postFolders: ['site/pages/posts'], newPostFolder: 'site/pages/posts' });
    const atRoot = hugoProfile('/trip', 'Trip', { ...facts, contentDir: '.', sections: ['news'] });
    expect(atRoot).toMatchObject({ postFolders: ['news', 'posts'], newPostFolder: 'posts' });
  });
});

describe('astroProfile', () => {
  it('lists every collection of Markdown and creates posts in blog, even while it is empty', () => {
    const profile = astroProfile('/site', 'Site', { folders: ['authors', 'blog', 'talks'], collections: ['talks'] });
    expect(profile).toEqual({
      root: '/site',
      name: 'Site',
      kind: 'astro',
      postFolders: ['src/content/blog', 'src/content/talks'],
      draftFolders: [],
      newPostFolder: 'src/content/blog',
      assetFolders: ['public', 'src/assets'],
      timezone: null,
      notice: null,
    });
  });

  it('creates posts in posts without blog, else in the first collection, else in a new blog', () => {
    const posts = astroProfile('/site', 'Site', { folders: ['news', 'posts'], collections: ['news'] });
    expect(posts.newPostFolder).toBe('src/content/posts');
    expect(posts.postFolders).toEqual(['src/content/news', 'src/content/posts']);
    const first = astroProfile('/site', 'Site', { folders: ['docs', 'news'], collections: ['docs', 'news'] });
    expect(first).toMatchObject({
      newPostFolder: 'src/content/docs',
      postFolders: ['src/content/docs', 'src/content/news'],
    });
    const none = astroProfile('/site', 'Site', { folders: [], collections: [] });
    expect(none).toMatchObject({ newPostFolder: 'src/content/blog', postFolders: ['src/content/blog'] });
  });
});

describe('eleventyProfile', () => {
  const facts = { input: 'src', postSections: [], markdownFolders: ['.', 'notes'], imageFolder: null };

  it('takes posts from posts and blog when either exists, creating posts in posts first', () => {
    const both = eleventyProfile('/site', 'Site', { ...facts, postSections: ['posts', 'blog'] });
    expect(both).toMatchObject({
      kind: 'eleventy',
      postFolders: ['src/blog', 'src/posts'],
      newPostFolder: 'src/posts',
    });
    const blog = eleventyProfile('/site', 'Site', { ...facts, postSections: ['blog'] });
    expect(blog).toMatchObject({ postFolders: ['src/blog'], newPostFolder: 'src/blog' });
  });

  it('lists every folder of Markdown otherwise, plus posts, where new posts go', () => {
    const profile = eleventyProfile('/site', 'Site', facts);
    expect(profile.postFolders).toEqual(['src', 'src/notes', 'src/posts']);
    expect(profile).toMatchObject({ newPostFolder: 'src/posts', assetFolders: ['src'], draftFolders: [] });
  });

  it('places photos in the input folder’s img or images, served from the input folder', () => {
    expect(eleventyProfile('/site', 'Site', { ...facts, imageFolder: 'img' }).photoFolders).toEqual({
      folder: 'src/img',
      servedFrom: 'src',
    });
    const atRoot = eleventyProfile('/site', 'Site', { ...facts, input: '.' });
    expect(atRoot.photoFolders).toEqual({ folder: 'images', servedFrom: '.' });
    expect(atRoot.postFolders).toEqual(['.', 'notes', 'posts']);
  });
});
