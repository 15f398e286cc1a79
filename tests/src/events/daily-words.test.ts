import { describe, expect, it } from 'vitest';
import { maxDailyWordPosts, recordWords, type DailyWords } from '../../../src/events/daily-words';

/** Records each `[key, words]` in turn on `day`, answering the state and the words written after the last. */
function recordAll(
  counts: Array<[string, number]>,
  day = '2026-06-16',
  start: DailyWords | null = null,
): { state: DailyWords | null; written: number } {
  let state = start;
  let written = 0;
  for (const [key, words] of counts) ({ state, written } = recordWords(state, day, key, words));
  return { state, written };
}

describe('recordWords', () => {
  it('counts nothing for a post first seen today, however long it already is', () => {
    expect(recordWords(null, '2026-06-16', 'old-post', 3000)).toEqual({
      state: { day: '2026-06-16', first: { 'old-post': 3000 }, latest: { 'old-post': 3000 } },
      written: 0,
    });
  });

  it('counts the words added since the first count of the day', () => {
    expect(
      recordAll([
        ['old-post', 3000],
        ['old-post', 3040],
        ['old-post', 3250],
      ]).written,
    ).toBe(250);
    // A day post filled from a template starts at the template's words.
    expect(
      recordAll([
        ['day-2', 85],
        ['day-2', 400],
      ]).written,
    ).toBe(315);
  });

  it('adds up the words written in every post of the day', () => {
    const { state, written } = recordAll([
      ['a', 100],
      ['b', 0],
      ['a', 160],
      ['b', 75],
      ['c', 2000],
    ]);
    expect(written).toBe(135);
    expect(state).toEqual({ day: '2026-06-16', first: { a: 100, b: 0, c: 2000 }, latest: { a: 160, b: 75, c: 2000 } });
  });

  it('takes deleted words back from a post, but never below nothing', () => {
    expect(
      recordAll([
        ['a', 100],
        ['a', 300],
        ['a', 250],
      ]).written,
    ).toBe(150);
    // Cutting old text from one post leaves what was written in another.
    expect(
      recordAll([
        ['a', 100],
        ['b', 500],
        ['a', 180],
        ['b', 20],
      ]).written,
    ).toBe(80);
    expect(
      recordAll([
        ['a', 100],
        ['a', 40],
        ['a', 120],
      ]).written,
    ).toBe(20);
  });

  it('keeps the first count of a post when it comes back later the same day', () => {
    const { state } = recordAll([
      ['a', 100],
      ['b', 10],
      ['a', 130],
    ]);
    expect(recordAll([['a', 150]], '2026-06-16', state).written).toBe(50);
  });

  it('starts afresh on another day, the words of the day before counting as already there', () => {
    const { state } = recordAll([
      ['a', 100],
      ['a', 900],
      ['b', 5],
      ['b', 50],
    ]);
    const nextDay = recordWords(state, '2026-06-17', 'a', 900);
    expect(nextDay).toEqual({ state: { day: '2026-06-17', first: { a: 900 }, latest: { a: 900 } }, written: 0 });
    expect(recordWords(nextDay.state, '2026-06-17', 'a', 960).written).toBe(60);
  });

  it('leaves the state it was given unchanged', () => {
    const { state } = recordAll([['a', 100]]);
    const before = structuredClone(state);
    recordWords(state, '2026-06-16', 'a', 500);
    recordWords(state, '2026-06-16', 'b', 500);
    expect(state).toEqual(before);
  });

  it(`follows at most ${maxDailyWordPosts} posts a day, still counting the ones it follows`, () => {
    const many = Array.from({ length: maxDailyWordPosts }, (_, n): [string, number] => [`post-${n}`, 10]);
    const { state } = recordAll([...many, ['post-0', 30]]);
    expect(Object.keys(state!.first)).toHaveLength(maxDailyWordPosts);

    const past = recordWords(state, '2026-06-16', 'one-too-many', 10);
    expect(Object.keys(past.state.first)).toHaveLength(maxDailyWordPosts);
    expect(recordWords(past.state, '2026-06-16', 'one-too-many', 900)).toMatchObject({ written: 20 });
    expect(recordWords(past.state, '2026-06-16', 'post-1', 15).written).toBe(25);
    // A new day makes room again.
    expect(recordWords(state, '2026-06-17', 'one-too-many', 10).state.first).toEqual({ 'one-too-many': 10 });
  });
});
