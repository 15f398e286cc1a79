import { describe, expect, it } from 'vitest';
import { dayOfPost, eventSeries, existingDayPost, type EventPostFacts } from '../../../src/events/event-posts';
import { siteEvent } from './site-event';

const event = siteEvent();
const post = (id: string, date: string | null, overrides: Partial<EventPostFacts> = {}): EventPostFacts => ({
  id,
  title: 'DevConf 2026 Day 2',
  date,
  event: 'devconf-2026',
  ...overrides,
});

describe('dayOfPost', () => {
  it("takes a dated post to the event's zone: a Berlin morning is the Las Vegas evening before", () => {
    expect(dayOfPost('2026-01-07 08:00:00 +0100', event)).toBe(1);
    expect(dayOfPost('2026-01-07T08:00:00-08:00', event)).toBe(2);
    expect(dayOfPost('2026-01-08T07:59:59Z', event)).toBe(2);
  });

  it('counts a date without an offset as written', () => {
    expect(dayOfPost('2026-01-08', event)).toBe(3);
    expect(dayOfPost('2026-01-08 23:30', event)).toBe(3);
  });

  it('gives null outside the event and for what is not a date', () => {
    for (const date of ['2026-01-05', '2026-01-09T08:00:00Z', 'next tuesday', null]) {
      expect(dayOfPost(date, event)).toBeNull();
    }
  });
});

describe('eventSeries', () => {
  it("lists the event's posts by day then id, leaving out other events' and undated posts", () => {
    const posts = [
      post('b.md', '2026-01-07'),
      post('day-1.md', '2026-01-06'),
      post('a.md', '2026-01-07'),
      post('other.md', '2026-01-07', { event: 'meetup' }),
      post('none.md', '2026-01-07', { event: null }),
      post('undated.md', null),
    ];
    expect(eventSeries(posts, event).map(({ post: { id }, n }) => [id, n])).toEqual([
      ['day-1.md', 1],
      ['a.md', 2],
      ['b.md', 2],
    ]);
  });
});

const dayTitle = (n: number) => `DevConf 2026 Day ${n}`;

describe('eventSeries with day titles', () => {
  it('keeps the marked day posts, whatever their date, and the ones titled as the day post', () => {
    const posts = [
      post('talk.md', '2026-01-07', { title: 'Notes: Keynote' }),
      post('day-2.md', '2026-01-07'),
      post('republished.md', '2026-01-09T10:00:00-08:00', { title: 'Day one, retitled', eventDay: 1 }),
      post('bad-mark.md', '2026-01-07', { eventDay: 9 }),
    ];
    expect(eventSeries(posts, event, dayTitle).map(({ post: { id }, n }) => [id, n])).toEqual([
      ['republished.md', 1],
      ['day-2.md', 2],
    ]);
  });
});

describe('existingDayPost', () => {
  it('finds the post already written for the day, so none is written twice', () => {
    const posts = [post('day-1.md', '2026-01-06', { title: 'DevConf 2026 Day 1' }), post('day-2.md', '2026-01-07')];
    expect(existingDayPost(posts, event, 2, dayTitle)).toBe('day-2.md');
    expect(existingDayPost(posts, event, 3, dayTitle)).toBeNull();
    expect(existingDayPost(posts, siteEvent({ id: 'other' }), 2, dayTitle)).toBeNull();
  });

  it('takes the post marked for the day, retitled or redated, and never talk notes of the same day', () => {
    const talk = post('a-talk.md', '2026-01-07', { title: 'Notes: Keynote' });
    expect(existingDayPost([talk], event, 2, dayTitle), 'talk notes are not the day post').toBeNull();
    const retitled = post('z-day.md', '2026-01-08T18:00:00-08:00', { title: 'Keynotes and coffee', eventDay: 2 });
    expect(existingDayPost([talk, retitled], event, 2, dayTitle)).toBe('z-day.md');
    const titled = post('y-day.md', '2026-01-07T18:00:00-08:00', { title: ' DevConf 2026 Day 2 ' });
    expect(existingDayPost([talk, titled], event, 2, dayTitle)).toBe('y-day.md');
  });
});
