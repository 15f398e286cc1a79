import { promises as fs } from 'node:fs';
import path from 'node:path';
import { calendarDateText, dayIndexAt } from '../../../../src/events/calendar-date';
import { writeFileUnder } from '../../support/temp-site';
import { shippedTemplatesDir } from './test-host';

/** The zone this machine's clock is read in. */
export const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Today's date in a zone (now, as the handlers read the clock), moved by `days`: `YYYY-MM-DD`. */
export function dayIn(timeZone: string, days = 0): string {
  return calendarDateText(dayIndexAt(Date.now(), timeZone) + days);
}

/** What the event form sends for a three-day conference running from yesterday to tomorrow in `timezone`. */
export function runningConference(timezone: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'DevConf 2026',
    start: dayIn(timezone, -1),
    end: dayIn(timezone, 1),
    timezone,
    location: 'Las Vegas',
    hashtag: '#devconf26',
    link: 'https://devconf.example.com/2026',
    tags: ['conference', 'devconf'],
    ...overrides,
  };
}

/** A Jekyll blog with its URL, dating posts in `timezone`. */
export async function jekyllBlog(site: string, timezone: string): Promise<void> {
  await writeFileUnder(site, '_config.yml', `title: Blog\nurl: https://me.example.com\ntimezone: ${timezone}\n`);
  await writeFileUnder(site, '_posts/2025-05-01-hello.md', '---\ntitle: Hello\n---\nFirst post.\n');
}

/** A Hugo site whose posts are page bundles, dating posts in `timezone`. */
export async function hugoBundleBlog(site: string, timezone: string): Promise<void> {
  await writeFileUnder(
    site,
    'hugo.toml',
    `baseURL = "https://trips.example.com/"\ntitle = "Trips"\ntimeZone = "${timezone}"\n`,
  );
  await writeFileUnder(site, 'content/posts/lisbon/index.md', '---\ntitle: Lisbon\ndate: 2025-03-14\n---\n');
  await writeFileUnder(site, 'content/posts/porto/index.md', '---\ntitle: Porto\ndate: 2025-03-15\n---\n');
}

/** Every file under a folder of the site, site-relative, sorted. */
export async function filesUnder(site: string, folder: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(site, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A shipped template with its `{name}` placeholders replaced from `values`. */
export async function shippedTemplateFilled(name: string, values: Record<string, string>): Promise<string> {
  const text = await fs.readFile(path.join(shippedTemplatesDir, `${name}.md`), 'utf8');
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The English weekday of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): string {
  return new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(Date.parse(date));
}

/** A date as `createPost` writes it on Jekyll: `2026-01-07 09:30:00 -1100`. */
export const jekyllDate = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4}$/;
/** A date as `createPost` writes it on Hugo: `2026-01-07T09:30:00-11:00`. */
export const rfc3339Date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** Instants on DevConf's days in Las Vegas (UTC-8 in January): Day 1 at 10:30, Day 2 at 14:05; and days before and after it. */
export const conferenceClock = {
  before: new Date('2026-01-05T20:00:00Z'),
  day1: new Date('2026-01-06T18:30:00Z'),
  day2: new Date('2026-01-07T22:05:00Z'),
  after: new Date('2026-01-10T20:00:00Z'),
};

/** What the event form sends for DevConf, 2026-01-06 to 08 in Las Vegas, its posts from the site's `short` template. */
export function fixedConference(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...runningConference('America/Los_Angeles'),
    start: '2026-01-06',
    end: '2026-01-08',
    template: 'short',
    ...overrides,
  };
}

/** The site's `short` day-post template, so whole posts fit in a test: `Day {n} at {event}.` */
export function shortTemplate(site: string): Promise<void> {
  return writeFileUnder(site, '.lanyard/templates/short.md', 'Day {n} at {event}.\n');
}

/** A post's text on disk, by its id. */
export function readPostFile(site: string, id: string): Promise<string> {
  return fs.readFile(path.join(site, ...id.split('/')), 'utf8');
}
