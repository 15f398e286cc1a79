import { describe, expect, it } from 'vitest';
import {
  checkEvent,
  dateOfDay,
  eventLength,
  eventProblems,
  eventSpan,
  newEventId,
  overlappingEvents,
  type EventInput,
} from '../../../src/events/event';
import { at, siteEvent } from './site-event';

const minimal: EventInput = {
  name: 'DevConf 2026',
  start: '2026-01-06',
  end: '2026-01-08',
  timezone: 'America/Los_Angeles',
};

describe('checkEvent', () => {
  it('fills in the id, the defaults and nulls for what the writer left out', () => {
    expect(checkEvent(minimal)).toEqual({
      event: {
        id: 'devconf-2026',
        name: 'DevConf 2026',
        start: '2026-01-06',
        end: '2026-01-08',
        timezone: 'America/Los_Angeles',
        location: null,
        hashtag: null,
        link: null,
        tags: [],
        titleTemplate: '{event} Day {n}',
        template: 'conference-day',
        cover: null,
        layout: null,
        seriesLinks: false,
      },
      problems: [],
    });
  });

  it('takes series links as a switch, and refuses anything else', () => {
    expect(checkEvent({ ...minimal, seriesLinks: true }).event?.seriesLinks).toBe(true);
    expect(checkEvent({ ...minimal, seriesLinks: 'yes' }).problems).toEqual([
      'Series links are on or off: write true or false.',
    ]);
  });

  it('cleans what it keeps: trimmed text, the hashtag without #, tags once each, ./ off the cover', () => {
    const { event } = checkEvent({
      ...minimal,
      id: 'dc26',
      name: '  DevConf  ',
      location: ' ',
      hashtag: '#devconf26',
      tags: [' conference', 'conference', 'vegas'],
      cover: './assets/devconf.JPG',
      layout: 'event-day',
    });
    expect(event).toMatchObject({
      id: 'dc26',
      name: 'DevConf',
      location: null,
      hashtag: 'devconf26',
      tags: ['conference', 'vegas'],
      cover: 'assets/devconf.JPG',
      layout: 'event-day',
    });
  });

  it('says in plain words what is wrong, all of it at once', () => {
    const problems = eventProblems({
      name: ' ',
      start: '2026-02-30',
      end: 20260301,
      timezone: 'Europe/Berln',
      link: 'devconf.example.com',
      hashtag: 'dev conf',
      tags: 'conference',
      cover: '../secret.jpg',
      template: 'Conference Day',
      titleTemplate: '{event} Day {n} {speaker}',
      id: 'Dev Conf',
      layout: 'a b',
    });
    expect(problems).toEqual([
      'Give the event a name.',
      'The id must be lowercase letters, digits and single hyphens, like devconf-2026.',
      '"2026-02-30" is not a date: write the start date as YYYY-MM-DD, like 2026-03-14.',
      'It is not a date: write the end date as YYYY-MM-DD, like 2026-03-14.',
      '"Europe/Berln" is not a time zone Lanyard knows; use a name like Europe/Berlin or America/Los_Angeles.',
      'The hashtag must be one word, like #devconf26.',
      'The link must be a full web address, starting with https://.',
      'The tags must be a list of words, like [conference, devops].',
      'The day title uses {speaker}, which Lanyard does not fill; it can use {event}, {n}, {date}, {weekday} and {location}.',
      'The template must be named with lowercase letters, digits and hyphens, like conference-day.',
      'The cover must be an image in the site, like assets/images/devconf.jpg.',
      'The layout must be a layout’s name, like post.',
    ]);
    expect(checkEvent({ name: 'X' }).event).toBeNull();
  });

  it('asks for the dates and the zone when they are missing', () => {
    expect(eventProblems({ name: 'DevConf' })).toEqual([
      'Give the start date, like 2026-03-14.',
      'Give the end date, like 2026-03-14.',
      'Give the time zone where the event happens, like Europe/Berlin: its days follow that calendar.',
    ]);
  });

  it('refuses an event that ends before it starts, or lasts longer than a month', () => {
    expect(eventProblems({ ...minimal, end: '2026-01-05' })).toEqual([
      'The event ends (2026-01-05) before it starts (2026-01-06).',
    ]);
    expect(eventProblems({ ...minimal, end: '2026-02-05' })).toEqual([]);
    expect(eventProblems({ ...minimal, end: '2026-02-06' })).toEqual([
      'The event lasts 32 days; Lanyard handles events of at most 31 days. Check the dates.',
    ]);
  });

  it('refuses covers that are not images inside the site, and text on several lines', () => {
    for (const cover of ['/etc/x.jpg', 'C:/x.jpg', 'https://x.example/a.jpg', 'a\\b.jpg', 'notes.md', 'a//b.png']) {
      expect(eventProblems({ ...minimal, cover })).toHaveLength(1);
    }
    expect(eventProblems({ ...minimal, location: 'Las\nVegas' })).toEqual(['The location must be one line.']);
    expect(eventProblems({ ...minimal, link: 'http://devconf.example.com/a?b#c' })).toEqual([]);
  });
});

describe('newEventId', () => {
  it('is the slug of the name, numbered when taken', () => {
    expect(newEventId('DevConf 2026', [])).toBe('devconf-2026');
    expect(newEventId('DevConf 2026', ['devconf-2026', 'devconf-2026-2'])).toBe('devconf-2026-3');
  });
});

describe('event days', () => {
  it('counts the days and dates them, across a month end', () => {
    const event = siteEvent({ start: '2028-02-28', end: '2028-03-01' });
    expect(eventLength(event)).toBe(3);
    expect([1, 2, 3].map((n) => dateOfDay(event, n))).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect([0, 4, 1.5].map((n) => dateOfDay(event, n))).toEqual([null, null, null]);
  });

  it("spans the event's days in its own zone, summer time included", () => {
    expect(eventSpan(siteEvent())).toEqual({ from: at('2026-01-06T08:00:00Z'), to: at('2026-01-09T08:00:00Z') });
    const summer = siteEvent({ start: '2026-07-01', end: '2026-07-01', timezone: 'Europe/Berlin' });
    expect(eventSpan(summer)).toEqual({ from: at('2026-06-30T22:00:00Z'), to: at('2026-07-01T22:00:00Z') });
  });
});

describe('overlappingEvents', () => {
  const kiritimati = siteEvent({
    id: 'k',
    name: 'Line Islands Summit',
    start: '2026-03-14',
    end: '2026-03-14',
    timezone: 'Pacific/Kiritimati',
  });
  const pagoPago = (date: string) =>
    siteEvent({ id: 'p', name: 'Samoa Meetup', start: date, end: date, timezone: 'Pacific/Pago_Pago' });

  it('compares the hours the days cover, not the dates as written, across the date line', () => {
    expect(overlappingEvents([kiritimati, pagoPago('2026-03-14')])).toEqual([]);
    const [overlap, ...others] = overlappingEvents([kiritimati, pagoPago('2026-03-13')]);
    expect(others).toEqual([]);
    expect(overlap?.events.map((event) => event.id)).toEqual(['k', 'p']);
    expect(overlap?.message).toBe(
      'Line Islands Summit (2026-03-14, Pacific/Kiritimati) and Samoa Meetup (2026-03-13, Pacific/Pago_Pago) overlap; Lanyard asks which one a day post is for when both are running.',
    );
  });

  it('finds every overlapping pair, and none for events that only touch', () => {
    const first = siteEvent({ id: 'a', start: '2026-05-01', end: '2026-05-03', timezone: 'UTC' });
    const touching = siteEvent({ id: 'b', start: '2026-05-04', end: '2026-05-05', timezone: 'UTC' });
    const spanning = siteEvent({ id: 'c', start: '2026-05-02', end: '2026-05-04', timezone: 'UTC' });
    const pairs = overlappingEvents([first, touching, spanning]).map(({ events }) => events.map((event) => event.id));
    expect(pairs).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });
});
