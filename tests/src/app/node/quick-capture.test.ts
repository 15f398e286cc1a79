import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../../src/api/contract';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import { conferenceClock, filesUnder, fixedConference, jekyllBlog, readPostFile, shortTemplate } from './event-sites';
import { readHooks } from './post-read-hooks';
import { callChannel, openCoreWithHost } from './test-host';

vi.mock('../../../../src/posts/node/post-file', async (importOriginal) =>
  (await import('./post-read-hooks')).withReadHooks(await importOriginal()),
);

let temp = '';
let site = '';
useTempSite((folders) => {
  ({ temp, site } = folders);
  readHooks.after = null;
});

type Captured = ChannelOutput<'events.capture'>;

const day2Id = '_posts/2026-01-07-devconf-2026-day-2.md';

/** Day 2 as the capture writes it on a Berlin blog: dated in Berlin, `body` after the template's line. */
const day2Post = (body: string, top = '') =>
  [
    '---',
    'layout: post',
    'title: "DevConf 2026 Day 2"',
    'date: 2026-01-07 23:05:00 +0100',
    'tags: ["conference", "devconf"]',
    'event: "devconf-2026"',
    'event_day: 2',
    '---',
    '',
    `${top}Day 2 at DevConf 2026.${body}`,
  ].join('\n');

/** A Jekyll blog in Berlin, DevConf (in Las Vegas) saved, the clock at 14:05 on Day 2 in Las Vegas. */
async function conference(event: Record<string, unknown> = {}) {
  await jekyllBlog(site, 'Europe/Berlin');
  await shortTemplate(site);
  const opened = await openCoreWithHost(site, path.join(temp, 'user-data'), conferenceClock.day2);
  await callChannel(opened.core, 'events.save', { event: fixedConference(event), replacing: null });
  return opened;
}

const capture = (core: Parameters<typeof callChannel>[0], text: string, eventId: string | null = null) =>
  callChannel<Captured>(core, 'events.capture', { eventId, text });

describe('events.capture', () => {
  it("writes today's post when there is none, stamped in the event's time, the note on one line", async () => {
    const { core, host } = await conference();
    const answer = await capture(core, '  Keynote starts late,\r\n\n   room B.  ');
    expect(answer).toMatchObject({
      kind: 'captured',
      post: { id: day2Id, title: 'DevConf 2026 Day 2', event: 'devconf-2026' },
      event: { id: 'devconf-2026' },
      n: 2,
      line: '**Update 14:05** — Keynote starts late, room B.',
    });
    expect(await readPostFile(site, day2Id)).toBe(day2Post('\n\n**Update 14:05** — Keynote starts late, room B.\n'));
    expect(host.events.filter((event) => event.name === 'posts.changed')).toEqual([
      { name: 'posts.changed', payload: { ids: [day2Id] } },
      { name: 'posts.changed', payload: { ids: [day2Id] } },
    ]);
    await core.dispose();
  });

  it('adds later notes at the bottom in order, before the series block that ends the post', async () => {
    const { core, host } = await conference({ seriesLinks: true });
    await capture(core, 'Doors open.');
    host.clock = new Date('2026-01-07T22:20:00Z');
    await capture(core, 'Demo crashed.');
    expect(await readPostFile(site, day2Id)).toBe(
      day2Post(
        '\n\n**Update 14:05** — Doors open.\n\n**Update 14:20** — Demo crashed.\n\n<!-- lanyard:series -->\n<!-- /lanyard:series -->\n',
      ),
    );
    await core.dispose();
  });

  it('writes one post for two notes sent at once, and keeps both', async () => {
    const { core } = await conference();
    const answers = await Promise.all([capture(core, 'First.'), capture(core, 'Second.')]);
    expect(answers.map((answer) => answer.kind === 'captured' && answer.post.id)).toEqual([day2Id, day2Id]);
    expect(await filesUnder(site, '_posts')).toEqual(['_posts/2025-05-01-hello.md', day2Id]);
    expect(await readPostFile(site, day2Id)).toBe(
      day2Post('\n\n**Update 14:05** — First.\n\n**Update 14:05** — Second.\n'),
    );
    await core.dispose();
  });

  it('adds notes at the top, newest first, when the writer wants them there', async () => {
    const { core, host } = await conference();
    await callChannel(core, 'writing.updateSettings', { updatePlacement: 'top' });
    await capture(core, 'Doors open.');
    host.clock = new Date('2026-01-07T22:20:00Z');
    await capture(core, 'Demo crashed.');
    expect(await readPostFile(site, day2Id)).toBe(
      day2Post('\n', '**Update 14:20** — Demo crashed.\n\n**Update 14:05** — Doors open.\n\n'),
    );
    await core.dispose();
  });

  it('keeps both the editor’s save and the note when the save lands while capturing', async () => {
    const { core } = await conference();
    await callChannel(core, 'events.newDayPost', { eventId: null });
    const opened = await callChannel<ChannelOutput<'posts.read'>>(core, 'posts.read', { id: day2Id });
    const typed = opened.text.replace('Day 2 at DevConf 2026.', 'Day 2 at DevConf 2026. Typed in the editor.');
    readHooks.after = async (id) => {
      if (id !== day2Id) return;
      readHooks.after = null;
      const saved = await callChannel(core, 'posts.save', { id, text: typed, baseVersion: opened.version });
      expect(saved).toMatchObject({ status: 'saved' });
    };
    await capture(core, 'Doors open.');
    expect(await readPostFile(site, day2Id)).toBe(
      day2Post(' Typed in the editor.\n\n**Update 14:05** — Doors open.\n'),
    );
    await core.dispose();
  });

  it('gives up, adding nothing, when the post keeps changing on disk', async () => {
    const { core } = await conference();
    await callChannel(core, 'events.newDayPost', { eventId: null });
    let saves = 0;
    readHooks.after = (id) => writeFileUnder(site, id, day2Post(` Save ${++saves}.\n`));
    await expect(capture(core, 'Doors open.')).rejects.toMatchObject({
      code: 'refused',
      message: `${day2Id} kept changing on disk, so the note was not added. Try again.`,
    });
    expect(await readPostFile(site, day2Id)).toBe(day2Post(` Save ${saves}.\n`));
    await core.dispose();
  });

  it('asks which event when none or two are running, and says when the one named is not, writing nothing', async () => {
    const { core, host } = await conference();
    host.clock = conferenceClock.before;
    expect(await capture(core, 'Too early.')).toMatchObject({
      kind: 'choose',
      events: [{ event: { id: 'devconf-2026' }, day: { kind: 'before', daysUntil: 1 } }],
    });
    expect(await capture(core, 'Too early.', 'devconf-2026')).toEqual({
      kind: 'not-running',
      message: 'DevConf 2026 starts tomorrow, on 2026-01-06 (America/Los_Angeles); there is no day post to write yet.',
    });
    host.clock = conferenceClock.after;
    expect(await capture(core, 'Too late.', 'devconf-2026')).toEqual({
      kind: 'not-running',
      message: 'DevConf 2026 ended 2 days ago, on 2026-01-08 (America/Los_Angeles).',
    });
    host.clock = conferenceClock.day2;
    await callChannel(core, 'events.save', { event: fixedConference({ name: 'Meetup' }), replacing: null });
    const asked = await capture(core, 'Which one?');
    expect(asked.kind === 'choose' && asked.events.map(({ event }) => event.id)).toEqual(['devconf-2026', 'meetup']);
    expect(await filesUnder(site, '_posts')).toEqual(['_posts/2025-05-01-hello.md']);
    const chosen = await capture(core, 'This one.', 'meetup');
    expect(chosen).toMatchObject({ kind: 'captured', post: { id: '_posts/2026-01-07-meetup-day-2.md' }, n: 2 });
    await core.dispose();
  });

  it('refuses an empty note and one too long for a quick note', async () => {
    const { core } = await conference();
    for (const text of [' \n\t ', 'x'.repeat(4001)]) {
      await expect(capture(core, text)).rejects.toMatchObject({ code: 'invalid-argument' });
    }
    expect(await filesUnder(site, '_posts')).toEqual(['_posts/2025-05-01-hello.md']);
    await core.dispose();
  });
});
