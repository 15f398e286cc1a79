import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../../src/api/contract';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import {
  conferenceClock,
  fixedConference,
  hugoBundleBlog,
  jekyllBlog,
  readPostFile,
  shortTemplate,
} from './event-sites';
import { callChannel, openCoreWithHost } from './test-host';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

type DayPost = ChannelOutput<'events.newDayPost'>;

const day1Id = '_posts/2026-01-06-devconf-2026-day-1.md';
const day2Id = '_posts/2026-01-07-devconf-2026-day-2.md';
const day1Url = 'https://me.example.com/2026/01/06/devconf-2026-day-1.html';
const day2Url = 'https://me.example.com/2026/01/07/devconf-2026-day-2.html';

/** A Jekyll blog in Las Vegas time with the `short` template and DevConf saved, the clock on `clock`. */
async function conferenceOnJekyll(event: Record<string, unknown>, clock: Date, moreConfig = '') {
  await jekyllBlog(site, 'America/Los_Angeles');
  await fs.appendFile(path.join(site, '_config.yml'), moreConfig);
  await shortTemplate(site);
  const opened = await openCoreWithHost(site, path.join(temp, 'user-data'), clock);
  await callChannel(opened.core, 'events.save', { event: fixedConference(event), replacing: null });
  return opened;
}

async function newDayPost(core: Parameters<typeof callChannel>[0]): Promise<string> {
  const answer = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: null });
  if (answer.kind !== 'created') throw new Error(`no post was created: ${JSON.stringify(answer)}`);
  return answer.post.id;
}

const jekyllDayPost = (n: number, date: string, time: string, extra: string[] = [], body = '') =>
  [
    '---',
    'layout: post',
    `title: "DevConf 2026 Day ${n}"`,
    `date: ${date} ${time} -0800`,
    'tags: ["conference", "devconf"]',
    ...extra,
    'event: "devconf-2026"',
    `event_day: ${n}`,
    '---',
    '',
    `Day ${n} at DevConf 2026.`,
    body,
  ].join('\n');

describe('the cover of a new day post', () => {
  it("goes under Jekyll's image key as the served URL, without the site's base path", async () => {
    const { core } = await conferenceOnJekyll(
      { cover: 'assets/images/dev conf.jpg' },
      conferenceClock.day2,
      'baseurl: /blog\n',
    );
    const id = await newDayPost(core);
    expect(id).toBe(day2Id);
    expect(await readPostFile(site, id)).toBe(
      jekyllDayPost(2, '2026-01-07', '14:05:00', ['image: "/assets/images/dev%20conf.jpg"']),
    );
    await core.dispose();
  });

  it("goes in Hugo's images list, served from static/ without the folder's name", async () => {
    await hugoBundleBlog(site, 'America/Los_Angeles');
    await shortTemplate(site);
    const { core } = await openCoreWithHost(site, path.join(temp, 'user-data'), conferenceClock.day2);
    await callChannel(core, 'events.save', {
      event: fixedConference({ cover: './static/images/devconf.jpg' }),
      replacing: null,
    });
    const id = await newDayPost(core);
    expect(id).toBe('content/posts/devconf-2026-day-2/index.md');
    expect(await readPostFile(site, id)).toBe(
      [
        '---',
        'title: "DevConf 2026 Day 2"',
        'date: 2026-01-07T14:05:00-08:00',
        'draft: true',
        'images: ["/images/devconf.jpg"]',
        'tags: ["conference", "devconf"]',
        'event: "devconf-2026"',
        'event_day: 2',
        '---',
        '',
        'Day 2 at DevConf 2026.',
        '',
      ].join('\n'),
    );
    await core.dispose();
  });
});

describe('series links in new day posts', () => {
  it('link Day 2 back to Day 1 and bring Day 1’s block up to date', async () => {
    const { core, host } = await conferenceOnJekyll({ seriesLinks: true }, conferenceClock.day1);
    expect(await newDayPost(core)).toBe(day1Id);
    // Nothing to link to yet: the markers wait for the days to come.
    const emptyBlock = ['<!-- lanyard:series -->', '<!-- /lanyard:series -->', ''];
    expect(await readPostFile(site, day1Id)).toBe(
      jekyllDayPost(1, '2026-01-06', '10:30:00', [], ['', ...emptyBlock].join('\n')),
    );

    host.clock = conferenceClock.day2;
    host.events.length = 0;
    expect(await newDayPost(core)).toBe(day2Id);
    const block = (line: string) =>
      ['', '<!-- lanyard:series -->', '', line, '', '<!-- /lanyard:series -->', ''].join('\n');
    expect(await readPostFile(site, day1Id)).toBe(
      jekyllDayPost(1, '2026-01-06', '10:30:00', [], block(`[DevConf 2026 Day 2](${day2Url}) →`)),
    );
    expect(await readPostFile(site, day2Id)).toBe(
      jekyllDayPost(2, '2026-01-07', '14:05:00', [], block(`← [DevConf 2026 Day 1](${day1Url})`)),
    );
    expect(host.events).toEqual([
      { name: 'post.changedOnDisk', payload: { id: day1Id, version: expect.any(String) as unknown } },
      { name: 'post.changedOnDisk', payload: { id: day2Id, version: expect.any(String) as unknown } },
      { name: 'posts.changed', payload: { ids: [day2Id, day1Id] } },
    ]);
    await core.dispose();
  });

  it('leave out a block the writer removed', async () => {
    const { core, host } = await conferenceOnJekyll({ seriesLinks: true }, conferenceClock.day1);
    await newDayPost(core);
    const withoutBlock = jekyllDayPost(1, '2026-01-06', '10:30:00', [], 'My own ending.\n');
    await writeFileUnder(site, day1Id, withoutBlock);

    host.clock = conferenceClock.day2;
    expect(await newDayPost(core)).toBe(day2Id);
    expect(await readPostFile(site, day1Id)).toBe(withoutBlock);
    expect(await readPostFile(site, day2Id)).toBe(
      jekyllDayPost(
        2,
        '2026-01-07',
        '14:05:00',
        [],
        `
<!-- lanyard:series -->

← [DevConf 2026 Day 1](${day1Url})

<!-- /lanyard:series -->
`,
      ),
    );
    await core.dispose();
  });

  it('are not written for an event that does not ask for them', async () => {
    const { core, host } = await conferenceOnJekyll({}, conferenceClock.day1);
    await newDayPost(core);
    host.clock = conferenceClock.day2;
    await newDayPost(core);
    expect(await readPostFile(site, day1Id)).toBe(jekyllDayPost(1, '2026-01-06', '10:30:00', [], ''));
    expect(await readPostFile(site, day2Id)).toBe(jekyllDayPost(2, '2026-01-07', '14:05:00', [], ''));
    await core.dispose();
  });
});

describe('a day post written after its day', () => {
  it('is dated the evening of its day, once the day is over, and opened when asked again', async () => {
    const { core } = await conferenceOnJekyll({}, conferenceClock.after);
    const late = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: 'devconf-2026', day: 3 });
    expect(late).toMatchObject({ kind: 'created', n: 3, post: { id: '_posts/2026-01-08-devconf-2026-day-3.md' } });
    expect(await readPostFile(site, '_posts/2026-01-08-devconf-2026-day-3.md')).toBe(
      jekyllDayPost(3, '2026-01-08', '18:00:00'),
    );
    const again = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: 'devconf-2026', day: 3 });
    expect(again).toMatchObject({ kind: 'existing', n: 3 });
    await core.dispose();
  });

  it('is refused for a day still to come, a day the event does not have, or no named event', async () => {
    const { core } = await conferenceOnJekyll({}, conferenceClock.day2);
    expect(await callChannel<DayPost>(core, 'events.newDayPost', { eventId: 'devconf-2026', day: 3 })).toEqual({
      kind: 'not-running',
      message: 'Day 3 of DevConf 2026 is still to come (2026-01-08); write it on the day.',
    });
    const today = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: 'devconf-2026', day: 2 });
    expect(today, "today's day is dated now").toMatchObject({ kind: 'created', n: 2 });
    expect(await readPostFile(site, day2Id)).toBe(jekyllDayPost(2, '2026-01-07', '14:05:00'));
    await expect(callChannel(core, 'events.newDayPost', { eventId: 'devconf-2026', day: 4 })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'DevConf 2026 has 3 days; there is no Day 4.',
    });
    await expect(callChannel(core, 'events.newDayPost', { eventId: null, day: 1 })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    await core.dispose();
  });
});

describe('the day post among other posts of the event', () => {
  it('is not talk notes of the same day: those get no day post written into them, nor quick notes', async () => {
    const talk = '_posts/2026-01-07-a-keynote-notes.md';
    const talkText =
      '---\ntitle: Notes on the keynote\ndate: 2026-01-07 10:00:00 -0800\nevent: devconf-2026\n---\n\nSlides.\n';
    const { core } = await conferenceOnJekyll({ seriesLinks: true }, conferenceClock.day2);
    await writeFileUnder(site, talk, talkText);
    await core.openSite(site);
    expect(await newDayPost(core)).toBe(day2Id);
    await callChannel(core, 'events.capture', { eventId: null, text: 'Coffee.' });
    expect(await readPostFile(site, talk), 'the talk notes are left as they were').toBe(talkText);
    expect(await readPostFile(site, day2Id)).toContain('**Update 14:05** — Coffee.');
    await core.dispose();
  });
});
