import { describe, expect, it } from 'vitest';
import { eventProblems } from '../../../src/events/event';
import {
  draftOf,
  eventDatesText,
  eventsInOrder,
  inputOf,
  runningDayText,
  seriesLinksText,
  templateChoices,
  withStart,
} from '../../../renderer/src/events/event-form';
import { at, siteEvent } from '../../src/events/site-event';

describe('draftOf', () => {
  it('starts a new event in the given zone with the default day title and template', () => {
    expect(draftOf(null, 'Europe/Berlin')).toEqual({
      name: '',
      start: '',
      end: '',
      timezone: 'Europe/Berlin',
      location: '',
      hashtag: '',
      link: '',
      tags: '',
      titleTemplate: '{event} Day {n}',
      template: 'conference-day',
      cover: '',
      layout: '',
      seriesLinks: false,
    });
  });

  it('shows an event as text, its own zone kept and unset fields empty', () => {
    const draft = draftOf(siteEvent({ cover: null, seriesLinks: true }), 'Europe/Berlin');
    expect(draft).toMatchObject({
      name: 'DevConf 2026',
      timezone: 'America/Los_Angeles',
      tags: 'conference, devconf',
      cover: '',
      seriesLinks: true,
    });
  });
});

describe('inputOf', () => {
  it('trims text, splits tags on commas and drops empty ones, and leaves empty optional text unset', () => {
    const draft = {
      ...draftOf(null, 'Europe/Berlin'),
      name: '  DevConf 2026 ',
      start: '2026-01-06',
      end: '2026-01-08',
      location: '   ',
      hashtag: ' #devconf26 ',
      tags: ' conference,, devops ,  ,',
      titleTemplate: '',
      template: ' ',
    };
    expect(inputOf(draft)).toEqual({
      name: 'DevConf 2026',
      start: '2026-01-06',
      end: '2026-01-08',
      timezone: 'Europe/Berlin',
      location: null,
      hashtag: '#devconf26',
      link: null,
      tags: ['conference', 'devops'],
      titleTemplate: null,
      template: null,
      cover: null,
      layout: null,
      seriesLinks: false,
    });
  });

  it('gives back an event unchanged after a round trip through the form', () => {
    const event = siteEvent({ seriesLinks: true, layout: 'post', cover: 'assets/images/devconf.jpg' });
    const { id, ...rest } = event;
    expect(id).toBe('devconf-2026');
    expect(inputOf(draftOf(event, 'UTC'))).toEqual(rest);
  });

  it('gives what the main process checks: a blank new event is refused for its name and dates only', () => {
    expect(eventProblems(inputOf(draftOf(null, 'Europe/Berlin')))).toEqual([
      'Give the event a name.',
      'Give the start date, like 2026-03-14.',
      'Give the end date, like 2026-03-14.',
    ]);
  });
});

describe('withStart', () => {
  const draft = { ...draftOf(null, 'UTC'), start: '2026-01-06', end: '2026-01-08' };

  it('fills a missing end with the start', () => {
    expect(withStart({ ...draft, end: '' }, '2026-03-14')).toMatchObject({ start: '2026-03-14', end: '2026-03-14' });
  });

  it('moves an end that would come before the start, and keeps one after it', () => {
    expect(withStart(draft, '2026-01-10')).toMatchObject({ start: '2026-01-10', end: '2026-01-10' });
    expect(withStart(draft, '2026-01-07')).toMatchObject({ start: '2026-01-07', end: '2026-01-08' });
  });

  it('keeps the end when the start is cleared', () => {
    expect(withStart(draft, '')).toMatchObject({ start: '', end: '2026-01-08' });
  });
});

describe('templateChoices', () => {
  it('offers the site’s templates as listed', () => {
    expect(templateChoices(['conference-day', 'meetup-recap'], 'meetup-recap')).toEqual([
      'conference-day',
      'meetup-recap',
    ]);
  });

  it('keeps the default and the event’s own template even when the list lacks them', () => {
    expect(templateChoices([], 'my-day')).toEqual(['conference-day', 'my-day']);
    expect(templateChoices(['trip-report'], ' ')).toEqual(['trip-report', 'conference-day']);
  });
});

describe('eventDatesText', () => {
  it('shows a range of days with the zone, as calendar dates', () => {
    // ICU versions differ in the spaces around the dash, so any (thin) space or none will do.
    expect(eventDatesText(siteEvent(), 'en-GB')).toMatch(/^6\s?–\s?8 Jan 2026, America\/Los_Angeles$/u);
  });

  it('shows one day once, and a range across months and years', () => {
    expect(eventDatesText(siteEvent({ end: '2026-01-06' }), 'en-GB')).toBe('6 Jan 2026, America/Los_Angeles');
    expect(eventDatesText(siteEvent({ start: '2025-12-30', end: '2026-01-02' }), 'en-GB')).toMatch(
      /^30 Dec 2025\s?–\s?2 Jan 2026, America\/Los_Angeles$/u,
    );
  });

  it('shows dates it cannot read as written', () => {
    expect(eventDatesText(siteEvent({ start: '2026-01-08', end: '2026-01-06' }), 'en-GB')).toBe(
      '2026-01-08 to 2026-01-06, America/Los_Angeles',
    );
    expect(eventDatesText(siteEvent({ start: 'soon' }), 'en-GB')).toBe('soon to 2026-01-08, America/Los_Angeles');
  });
});

describe('runningDayText', () => {
  it('names the day running in the event’s own zone', () => {
    // 07:00 UTC on the 7th is still the 6th in Las Vegas: Day 1.
    expect(runningDayText(siteEvent(), at('2026-01-07T07:00:00Z'))).toBe('today: Day 1');
    expect(runningDayText(siteEvent(), at('2026-01-08T20:00:00Z'))).toBe('today: Day 3');
  });

  it('says nothing before or after the event', () => {
    expect(runningDayText(siteEvent(), at('2026-01-06T07:00:00Z'))).toBeNull();
    expect(runningDayText(siteEvent(), at('2026-01-09T09:00:00Z'))).toBeNull();
  });
});

describe('seriesLinksText', () => {
  it('counts the posts changed, singular and plural', () => {
    const event = siteEvent();
    expect(seriesLinksText(event, ['a.md'])).toBe('Updated the previous/next-day links in 1 day post of DevConf 2026.');
    expect(seriesLinksText(event, ['a.md', 'b.md'])).toBe(
      'Updated the previous/next-day links in 2 day posts of DevConf 2026.',
    );
  });

  it('says when nothing needed changing', () => {
    expect(seriesLinksText(siteEvent(), [])).toBe('The day posts of DevConf 2026 already link to each other.');
  });
});

describe('eventsInOrder', () => {
  it('sorts by first day, then by name, without changing the list it was given', () => {
    const events = [
      siteEvent({ id: 'c', name: 'Aardvark Summit', start: '2026-05-01', end: '2026-05-01' }),
      siteEvent({ id: 'b', name: 'Beta', start: '2026-01-06' }),
      siteEvent({ id: 'a', name: 'Alpha', start: '2026-01-06' }),
    ];
    expect(eventsInOrder(events).map((event) => event.id)).toEqual(['a', 'b', 'c']);
    expect(events.map((event) => event.id)).toEqual(['c', 'b', 'a']);
  });
});
