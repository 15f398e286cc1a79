import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import { fixedConference, jekyllBlog, readPostFile } from './event-sites';
import { readHooks } from './post-read-hooks';
import { callChannel, openCoreWithHost } from './test-host';

vi.mock('../../../../src/posts/node/post-file', async (importOriginal) =>
  (await import('./post-read-hooks')).withReadHooks(await importOriginal()),
);

let temp = '';
let site = '';
useTempSite((folders) => {
  ({ temp, site } = folders);
  readHooks.before = null;
  readHooks.after = null;
});

const dayOne = '_posts/2026-01-06-day-one.md';
const dayThree = '_posts/2026-01-08-day-three.md';
const meetup = '_posts/2026-01-07-meetup.md';
const dayOneUrl = 'https://me.example.com/2026/01/06/day-one.html';
const dayThreeUrl = 'https://me.example.com/2026/01/08/day-three.html';

/** A post as a writer might have it; DevConf's (06 to 08 January) are marked as its day posts, as Lanyard marks them. */
const post = (title: string, date: string, event: string, body: string) => {
  const mark = event === 'devconf-2026' ? `event_day: ${Number(date.slice(8)) - 5}\n` : '';
  return `---\ntitle: ${title}\ndate: ${date} 09:00:00 -0800\nevent: ${event}\n${mark}---\n\n${body}`;
};
const block = (line: string) => `<!-- lanyard:series -->\n\n${line}\n\n<!-- /lanyard:series -->`;

const dayThreeText = (series: string) =>
  post('Day three', '2026-01-08', 'devconf-2026', `Closing keynote.\n\n${series}\n\nThanks for reading.\n`);
const staleBlock = block('← [Old title](https://me.example.com/old.html)');

/** DevConf's Day 1 (no block yet) and Day 3 (a stale block mid-post), and another event's post between them. */
async function writtenByHand() {
  await jekyllBlog(site, 'America/Los_Angeles');
  await writeFileUnder(site, dayOne, post('Day one', '2026-01-06', 'devconf-2026', 'Keynote.\n'));
  await writeFileUnder(site, dayThree, dayThreeText(staleBlock));
  await writeFileUnder(site, meetup, post('Meetup', '2026-01-07', 'meetup', 'Pizza.\n'));
  const opened = await openCoreWithHost(site, path.join(temp, 'user-data'));
  await callChannel(opened.core, 'events.save', { event: fixedConference(), replacing: null });
  return opened;
}

describe('events.syncSeries', () => {
  it("gives every post of the event its block, brings stale ones up to date, and leaves others' posts alone", async () => {
    const { core, host } = await writtenByHand();
    host.events.length = 0;
    expect(await callChannel(core, 'events.syncSeries', { id: 'devconf-2026' })).toEqual({
      changed: [dayOne, dayThree],
      problems: [],
    });
    expect(await readPostFile(site, dayOne)).toBe(
      post('Day one', '2026-01-06', 'devconf-2026', `Keynote.\n\n${block(`[Day three](${dayThreeUrl}) →`)}\n`),
    );
    expect(await readPostFile(site, dayThree)).toBe(dayThreeText(block(`← [Day one](${dayOneUrl})`)));
    expect(await readPostFile(site, meetup)).toBe(post('Meetup', '2026-01-07', 'meetup', 'Pizza.\n'));
    // A window showing either post reloads it at the version written.
    expect(host.events).toEqual([
      { name: 'post.changedOnDisk', payload: { id: dayOne, version: expect.any(String) as unknown } },
      { name: 'post.changedOnDisk', payload: { id: dayThree, version: expect.any(String) as unknown } },
      { name: 'posts.changed', payload: { ids: [dayOne, dayThree] } },
    ]);

    // Already right: nothing written, nothing announced.
    expect(await callChannel(core, 'events.syncSeries', { id: 'devconf-2026' })).toEqual({ changed: [], problems: [] });
    expect(host.events).toHaveLength(3);
    await core.dispose();
  });

  it('puts back a block the writer removed, since the writer asked for every post', async () => {
    const { core } = await writtenByHand();
    await callChannel(core, 'events.syncSeries', { id: 'devconf-2026' });
    await writeFileUnder(site, dayOne, post('Day one', '2026-01-06', 'devconf-2026', 'Keynote.\n'));
    expect(await callChannel(core, 'events.syncSeries', { id: 'devconf-2026' })).toEqual({
      changed: [dayOne],
      problems: [],
    });
    expect(await readPostFile(site, dayOne)).toContain(`[Day three](${dayThreeUrl}) →`);
    await core.dispose();
  });

  it('skips a post saved meanwhile rather than overwrite it, and writes the others', async () => {
    const { core } = await writtenByHand();
    const edited = post('Day one', '2026-01-06', 'devconf-2026', 'Keynote, edited in the editor.\n');
    readHooks.after = async (id) => {
      if (id !== dayOne) return;
      readHooks.after = null;
      await writeFileUnder(site, dayOne, edited);
    };
    expect(await callChannel(core, 'events.syncSeries', { id: 'devconf-2026' })).toEqual({
      changed: [dayThree],
      problems: [],
    });
    expect(await readPostFile(site, dayOne)).toBe(edited);
    expect(await readPostFile(site, dayThree)).toBe(dayThreeText(block(`← [Day one](${dayOneUrl})`)));
    await core.dispose();
  });

  it('links around a post that vanished since the index listed it', async () => {
    const { core } = await writtenByHand();
    readHooks.before = async (id) => {
      if (id === dayOne) await fs.rm(path.join(site, ...dayOne.split('/')));
    };
    expect(await callChannel(core, 'events.syncSeries', { id: 'devconf-2026' })).toEqual({
      changed: [dayThree],
      problems: [],
    });
    expect(await readPostFile(site, dayThree)).toBe(dayThreeText('<!-- lanyard:series -->\n<!-- /lanyard:series -->'));
    await core.dispose();
  });

  it('refuses a post whose block has no end, naming it, and changes no post', async () => {
    const { core } = await writtenByHand();
    const broken = dayThreeText('<!-- lanyard:series -->\nno end marker');
    await writeFileUnder(site, dayThree, broken);
    await expect(callChannel(core, 'events.syncSeries', { id: 'devconf-2026' })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: `${dayThree} has <!-- lanyard:series --> without <!-- /lanyard:series --> after it; add the end marker or remove the start marker, and try again.`,
    });
    expect(await readPostFile(site, dayOne)).toBe(post('Day one', '2026-01-06', 'devconf-2026', 'Keynote.\n'));
    expect(await readPostFile(site, dayThree)).toBe(broken);
    await core.dispose();
  });

  it('refuses an event the site does not have, and an id that is not one', async () => {
    const { core } = await writtenByHand();
    await expect(callChannel(core, 'events.syncSeries', { id: 'meetup' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no event with the id meetup in .lanyard/events.yml.',
    });
    await expect(callChannel(core, 'events.syncSeries', { id: '../x' })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    expect(await readPostFile(site, meetup)).toBe(post('Meetup', '2026-01-07', 'meetup', 'Pizza.\n'));
    await core.dispose();
  });
});
