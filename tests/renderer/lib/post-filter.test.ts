import { describe, expect, it } from 'vitest';
import { filterPosts, foldForSearch, oldestFirst } from '../../../renderer/src/lib/post-filter';
import type { PostSummary } from '../../../src/posts/post-types';

const post = (id: string, title: string, event: string | null = null, date: string | null = null): PostSummary => ({
  id,
  title,
  date,
  tags: [],
  draft: false,
  event,
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

describe('filterPosts by event', () => {
  const mixed = [
    post('d1', 'DevConf Day 1', 'devconf-2026'),
    post('x', 'Home notes'),
    post('k1', 'KubeCon Day 1', 'kubecon'),
    post('d2', 'DevConf Day 2', 'devconf-2026'),
  ];

  it('keeps only the posts of the chosen event, in the order given', () => {
    expect(filterPosts(mixed, '', 'devconf-2026').map((p) => p.id)).toEqual(['d1', 'd2']);
  });

  it('shows posts of every event and of none when no event is chosen', () => {
    expect(filterPosts(mixed, '', null).map((p) => p.id)).toEqual(['d1', 'x', 'k1', 'd2']);
    expect(filterPosts(mixed, 'day 1').map((p) => p.id)).toEqual(['d1', 'k1']);
  });

  it('applies the query within the event', () => {
    expect(filterPosts(mixed, 'day 2', 'devconf-2026').map((p) => p.id)).toEqual(['d2']);
    expect(filterPosts(mixed, 'kubecon', 'devconf-2026')).toEqual([]);
  });

  it('finds nothing for an event without posts', () => {
    expect(filterPosts(mixed, '', 'gone')).toEqual([]);
  });
});

describe('oldestFirst', () => {
  it('puts Day 1 first, times within a day in order, and undated posts last', () => {
    const posts = [
      post('undated', 'Notes'),
      post('day3', 'Day 3', null, '2026-11-25'),
      post('day1-late', 'Day 1 evening', null, '2026-11-23 20:15:00 +0100'),
      post('day1', 'Day 1', null, '2026-11-23'),
      post('day2', 'Day 2', null, '2026-11-24T09:00:00Z'),
    ];
    expect(oldestFirst(posts).map((p) => p.id)).toEqual(['day1', 'day1-late', 'day2', 'day3', 'undated']);
  });

  it('keeps the order of posts with the same date and leaves the input alone', () => {
    const posts = [post('b', 'B', null, '2026-01-01'), post('n', 'N'), post('a', 'A', null, '2026-01-01')];
    expect(oldestFirst(posts).map((p) => p.id)).toEqual(['b', 'a', 'n']);
    expect(posts.map((p) => p.id)).toEqual(['b', 'n', 'a']);
  });
});
