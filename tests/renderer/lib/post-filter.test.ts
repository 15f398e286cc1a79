import { describe, expect, it } from 'vitest';
import { filterPosts, foldForSearch } from '../../../renderer/src/lib/post-filter';
import type { PostSummary } from '../../../src/posts/post-types';

const post = (id: string, title: string): PostSummary => ({
  id,
  title,
  date: null,
  tags: [],
  draft: false,
  event: null,
  readable: true,
  problem: null,
});

const posts = [post('a', 'Café au Lait at Day One'), post('b', 'ÉTÉ: summer keynote'), post('c', 'Workshops')];

describe('filterPosts', () => {
  it('ignores case and accents, both ways', () => {
    expect(filterPosts(posts, 'cafe').map((p) => p.id)).toEqual(['a']);
    expect(filterPosts(posts, 'été').map((p) => p.id)).toEqual(['b']);
    expect(filterPosts(posts, 'ETE').map((p) => p.id)).toEqual(['b']);
  });

  it('matches every word, in any order, and keeps the list order', () => {
    expect(filterPosts(posts, 'day café').map((p) => p.id)).toEqual(['a']);
    expect(filterPosts(posts, 'o').map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('shows everything for an empty query', () => {
    expect(filterPosts(posts, '   ')).toHaveLength(3);
  });

  it('folds to plain lower case', () => {
    expect(foldForSearch('Ångström Ünïcode')).toBe('angstrom unicode');
  });
});
