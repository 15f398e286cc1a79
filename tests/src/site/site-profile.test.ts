import { describe, expect, it } from 'vitest';
import { hugoProfile, jekyllProfile, plainProfile } from '../../../src/site/site-profile';

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
