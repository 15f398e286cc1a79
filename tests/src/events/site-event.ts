import type { SiteEvent } from '../../../src/events/event';

/** A three-day Las Vegas conference, with whatever a test changes. */
export function siteEvent(overrides: Partial<SiteEvent> = {}): SiteEvent {
  return {
    id: 'devconf-2026',
    name: 'DevConf 2026',
    start: '2026-01-06',
    end: '2026-01-08',
    timezone: 'America/Los_Angeles',
    location: 'Las Vegas',
    hashtag: 'devconf26',
    link: 'https://devconf.example.com/2026',
    tags: ['conference', 'devconf'],
    titleTemplate: '{event} Day {n}',
    template: 'conference-day',
    cover: null,
    layout: null,
    seriesLinks: false,
    ...overrides,
  };
}

/** Epoch milliseconds of an ISO instant, for readable tests. */
export const at = (iso: string): number => Date.parse(iso);
