import { describe, expect, it } from 'vitest';
import { jekyllProfile, plainProfile } from '../../../src/site/site-profile';

describe('jekyllProfile', () => {
  it('lists _drafts as a post folder only when it exists, but always as the draft folder', () => {
    const without = jekyllProfile('/blog', 'Blog', { hasDrafts: false });
    expect(without.postFolders).toEqual(['_posts']);
    expect(without.draftFolders).toEqual(['_drafts']);
    expect(jekyllProfile('/blog', 'Blog', { hasDrafts: true }).postFolders).toEqual(['_posts', '_drafts']);
  });

  it('creates posts in _posts and serves assets from assets and images', () => {
    const profile = jekyllProfile('/blog', 'Blog', { hasDrafts: false });
    expect(profile).toMatchObject({ kind: 'jekyll', newPostFolder: '_posts', assetFolders: ['assets', 'images'] });
  });

  it('carries the time zone the detector found, null when it found none', () => {
    expect(jekyllProfile('/blog', 'Blog', { hasDrafts: false, timezone: 'Asia/Kolkata' }).timezone).toBe(
      'Asia/Kolkata',
    );
    expect(jekyllProfile('/blog', 'Blog', { hasDrafts: false, timezone: null }).timezone).toBeNull();
    expect(jekyllProfile('/blog', 'Blog', { hasDrafts: false }).timezone).toBeNull();
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
