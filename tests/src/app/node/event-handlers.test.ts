import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../../src/api/contract';
import { createLanyardCore, type LanyardCore } from '../../../../src/app/node/lanyard-core';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import {
  dayIn,
  filesUnder,
  hugoBundleBlog,
  jekyllBlog,
  jekyllDate,
  machineZone,
  rfc3339Date,
  runningConference,
  shippedTemplateFilled,
  weekdayOf,
} from './event-sites';
import { callChannel, testHost, type TestHost } from './test-host';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

type DayPost = ChannelOutput<'events.newDayPost'>;
type EventList = ChannelOutput<'events.list'>;
type SavedEvent = ChannelOutput<'events.save'>;

async function openCore(): Promise<{ core: LanyardCore; host: TestHost }> {
  const host = testHost(path.join(temp, 'user-data'));
  const core = createLanyardCore(host);
  await core.openSite(site);
  return { core, host };
}

const read = (id: string) => fs.readFile(path.join(site, ...id.split('/')), 'utf8');

/** The front matter lines and the body of a post's text. */
function parts(text: string): { lines: string[]; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
  if (match === null) throw new Error(`not a post with YAML front matter:\n${text}`);
  return { lines: (match[1] ?? '').split('\n'), body: match[2] ?? '' };
}

describe('a day post on a Jekyll blog', () => {
  it('is written once from the event and the shipped conference-day template, then opened again', async () => {
    await jekyllBlog(site, 'Pacific/Pago_Pago');
    const { core, host } = await openCore();
    const saved = await callChannel<SavedEvent>(core, 'events.save', {
      event: runningConference(machineZone),
      replacing: null,
    });
    expect(saved).toEqual({
      event: expect.objectContaining({
        id: 'devconf-2026',
        hashtag: 'devconf26',
        template: 'conference-day',
      }) as unknown,
      warnings: [],
    });
    const listed = await callChannel<EventList>(core, 'events.list');
    expect(listed).toEqual({
      events: [saved.event],
      problems: [],
      templates: ['conference-day', 'meetup-recap', 'talk-notes', 'trip-report'],
    });

    const created = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: null });
    const siteDay = dayIn('Pacific/Pago_Pago');
    expect(created).toMatchObject({ kind: 'created', n: 2, event: saved.event });
    if (created.kind !== 'created') throw new Error('no post was created');
    expect(created.post).toMatchObject({
      id: `_posts/${siteDay}-devconf-2026-day-2.md`,
      title: 'DevConf 2026 Day 2',
      tags: ['conference', 'devconf'],
      event: 'devconf-2026',
      readable: true,
    });
    const { lines, body } = parts(await read(created.post.id));
    expect(lines.slice(0, 2)).toEqual(['layout: post', 'title: "DevConf 2026 Day 2"']);
    expect(lines[2]?.replace(/^date: /, '')).toMatch(jekyllDate);
    expect(lines[2]?.startsWith(`date: ${siteDay} `)).toBe(true);
    expect(lines.slice(3)).toEqual(['tags: ["conference", "devconf"]', 'event: "devconf-2026"', 'event_day: 2']);
    const today = dayIn(machineZone);
    expect(body).toBe(
      await shippedTemplateFilled('conference-day', {
        n: '2',
        event: 'DevConf 2026',
        location: 'Las Vegas',
        weekday: weekdayOf(today),
        date: today,
        hashtag: '#devconf26',
        link: 'https://devconf.example.com/2026',
      }),
    );
    expect(body).toMatch(
      /^Day 2 of DevConf 2026 in Las Vegas, \w+day \d{4}-\d{2}-\d{2}\. Following along\? #devconf26\n/,
    );
    expect(host.events).toContainEqual({ name: 'posts.changed', payload: { ids: [created.post.id] } });

    const again = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: 'devconf-2026' });
    expect(again).toEqual({ kind: 'existing', post: created.post, event: saved.event, n: 2, warnings: [] });
    expect(await filesUnder(site, '_posts')).toEqual(['_posts/2025-05-01-hello.md', created.post.id]);
    await core.dispose();
  });

  it("uses the site's own template of the same name instead of the shipped one", async () => {
    await jekyllBlog(site, 'UTC');
    await writeFileUnder(
      site,
      '.lanyard/templates/conference-day.md',
      'Our day {n} at {event}, {speaker} speaking.\r\n',
    );
    const { core } = await openCore();
    await callChannel(core, 'events.save', { event: runningConference('UTC', { layout: 'event' }), replacing: null });
    const created = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: null });
    if (created.kind !== 'created') throw new Error('no post was created');
    const { lines, body } = parts(await read(created.post.id));
    expect(lines[0]).toBe('layout: "event"');
    expect(body).toBe('Our day 2 at DevConf 2026, {speaker} speaking.\n');
    const { templates } = await callChannel<EventList>(core, 'events.list');
    expect(templates).toEqual(['conference-day', 'meetup-recap', 'talk-notes', 'trip-report']);
    await core.dispose();
  });
});

describe('a day post on a Hugo blog of page bundles', () => {
  it("counts the day in the event's far zone and finds the post again from another zone", async () => {
    await hugoBundleBlog(site, 'Pacific/Pago_Pago');
    const { core } = await openCore();
    const kiritimati = runningConference('Pacific/Kiritimati', {
      name: 'Line Islands Trip',
      titleTemplate: '{event}, day {n} ({location})',
      location: 'Kiritimati',
      template: 'trip-report',
      tags: ['travel'],
      hashtag: null,
      link: null,
    });
    const { event } = await callChannel<SavedEvent>(core, 'events.save', { event: kiritimati, replacing: null });
    // Both clicks at once: the second finds the post the first wrote.
    const answers = await Promise.all([
      callChannel<DayPost>(core, 'events.newDayPost', { eventId: null }),
      callChannel<DayPost>(core, 'events.newDayPost', { eventId: null }),
    ]);
    expect(answers.map((answer) => answer.kind)).toEqual(['created', 'existing']);
    const [created] = answers;
    if (created?.kind !== 'created') throw new Error('no post was created');
    expect(created.post.id).toBe('content/posts/line-islands-trip-day-2-kiritimati/index.md');
    expect(answers[1]).toEqual({ ...created, kind: 'existing' });
    expect(created.event).toEqual(event);
    const { lines, body } = parts(await read(created.post.id));
    expect(lines[0]).toBe('title: "Line Islands Trip, day 2 (Kiritimati)"');
    expect(lines[1]?.replace(/^date: /, '')).toMatch(rfc3339Date);
    expect(lines[1]?.endsWith('-11:00')).toBe(true);
    expect(lines.slice(2)).toEqual(['draft: true', 'tags: ["travel"]', 'event: "line-islands-trip"', 'event_day: 2']);
    const today = dayIn('Pacific/Kiritimati');
    expect(body).toBe(
      await shippedTemplateFilled('trip-report', {
        n: '2',
        location: 'Kiritimati',
        weekday: weekdayOf(today),
        date: today,
      }),
    );
    expect(await filesUnder(site, 'content/posts')).toEqual([
      created.post.id,
      'content/posts/lisbon/index.md',
      'content/posts/porto/index.md',
    ]);
    await core.dispose();
  });
});
