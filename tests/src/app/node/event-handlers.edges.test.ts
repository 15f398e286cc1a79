import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../../src/api/contract';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import { dayIn, filesUnder, jekyllBlog, runningConference } from './event-sites';
import { callChannel, openCoreOn } from './test-host';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

type DayPost = ChannelOutput<'events.newDayPost'>;
type SavedEvent = ChannelOutput<'events.save'>;

const openCore = () => openCoreOn(site, path.join(temp, 'user-data'));
const eventsText = () => fs.readFile(path.join(site, '.lanyard', 'events.yml'), 'utf8');
const lanyardFolderExists = () =>
  fs.stat(path.join(site, '.lanyard')).then(
    () => true,
    () => false,
  );

describe('events.save', () => {
  it('refuses a bad event with the validator’s words, writing nothing', async () => {
    await jekyllBlog(site, 'UTC');
    const core = await openCore();
    for (const [change, words] of [
      [{ start: '2026-05-03', end: '2026-05-01' }, 'The event ends (2026-05-01) before it starts (2026-05-03).'],
      [{ timezone: 'Mars/Olympus' }, '"Mars/Olympus" is not a time zone Lanyard knows'],
      [{ id: 'Dev Conf' }, 'The id must be lowercase letters, digits and single hyphens, like devconf-2026.'],
      [{ name: ' ' }, 'Give the event a name.'],
      [{ titleTemplate: '{event} {speaker}' }, 'The day title uses {speaker}, which Lanyard does not fill'],
    ] as const) {
      const refusal = await callChannel(core, 'events.save', {
        event: runningConference('UTC', change),
        replacing: null,
      }).then(
        () => null,
        (error: unknown) => error as Error & { code: string },
      );
      // Refused at the channel, before the handler runs, in the events' own words.
      expect(refusal?.code).toBe('invalid-argument');
      expect(refusal?.message).toMatch(/^events\.save refused its argument \(event: /);
      expect(refusal?.message).toContain(words);
    }
    await expect(
      callChannel(core, 'events.save', { event: { ...runningConference('UTC'), sponsor: 'ACME' }, replacing: null }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(await lanyardFolderExists()).toBe(false);
    await core.dispose();
  });

  it('saves an overlapping event with a warning, and gives a second event of the same name its own id', async () => {
    await jekyllBlog(site, 'UTC');
    const core = await openCore();
    const first = await callChannel<SavedEvent>(core, 'events.save', {
      event: runningConference('UTC'),
      replacing: null,
    });
    const second = await callChannel<SavedEvent>(core, 'events.save', {
      event: runningConference('UTC', { start: dayIn('UTC', 1), end: dayIn('UTC', 2) }),
      replacing: null,
    });
    expect(second.event.id).toBe('devconf-2026-2');
    expect(second.warnings).toEqual([
      `DevConf 2026 (${dayIn('UTC', -1)} to ${dayIn('UTC', 1)}, UTC) and DevConf 2026 (${dayIn('UTC', 1)} to ${dayIn('UTC', 2)}, UTC) overlap; Lanyard asks which one a day post is for when both are running.`,
    ]);
    const list = await callChannel<ChannelOutput<'events.list'>>(core, 'events.list');
    expect(list.events.map((event) => event.id)).toEqual([first.event.id, 'devconf-2026-2']);
    await core.dispose();
  });

  it('updates an event in place, keeping its id when renamed, and removes it', async () => {
    await jekyllBlog(site, 'UTC');
    const core = await openCore();
    await callChannel(core, 'events.save', { event: runningConference('UTC'), replacing: null });
    const renamed = await callChannel<SavedEvent>(core, 'events.save', {
      event: runningConference('UTC', { name: 'DevConf Europe' }),
      replacing: 'devconf-2026',
    });
    expect(renamed.event).toMatchObject({ id: 'devconf-2026', name: 'DevConf Europe' });
    expect(await eventsText()).toMatch(/- name: DevConf Europe\n {4}id: devconf-2026\n/);
    await expect(
      callChannel(core, 'events.save', { event: runningConference('UTC'), replacing: 'gone' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await callChannel(core, 'events.remove', { id: 'devconf-2026' });
    expect((await callChannel<ChannelOutput<'events.list'>>(core, 'events.list')).events).toEqual([]);
    await expect(callChannel(core, 'events.remove', { id: 'devconf-2026' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(callChannel(core, 'events.remove', { id: '../site' })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('The id must be lowercase letters') as unknown,
    });
    await core.dispose();
  });

  it('warns of a template there is not, naming the ones there are', async () => {
    await jekyllBlog(site, 'UTC');
    await writeFileUnder(site, '.lanyard/templates/workshop.md', 'Workshop day {n}\n');
    const core = await openCore();
    const saved = await callChannel<SavedEvent>(core, 'events.save', {
      event: runningConference('UTC', { template: 'hackathon' }),
      replacing: null,
    });
    expect(saved.warnings).toEqual([
      'There is no template named hackathon. The templates are conference-day, meetup-recap, talk-notes, trip-report and workshop; a site can add its own as .lanyard/templates/hackathon.md.',
    ]);
    await core.dispose();
  });
});

describe('events.list', () => {
  it('names what is wrong with the events file and still lists the templates', async () => {
    await jekyllBlog(site, 'UTC');
    await writeFileUnder(site, '.lanyard/events.yml', 'events: DevConf\n');
    const core = await openCore();
    expect(await callChannel(core, 'events.list')).toEqual({
      events: [],
      problems: ['.lanyard/events.yml was not used: events: is not a list of events (each starting with -).'],
      templates: ['conference-day', 'meetup-recap', 'talk-notes', 'trip-report'],
    });
    await expect(callChannel(core, 'events.newDayPost', { eventId: null })).rejects.toMatchObject({
      code: 'not-found',
      message:
        'This site has no events Lanyard can use yet: .lanyard/events.yml was not used: events: is not a list of events (each starting with -).',
    });
    await core.dispose();
  });
});

describe('events.newDayPost', () => {
  it('writes nothing for an event that is not running, and says when it runs', async () => {
    await jekyllBlog(site, 'UTC');
    const core = await openCore();
    const zone = 'Pacific/Kiritimati';
    const [soon, past] = [
      runningConference(zone, { name: 'Soon', start: dayIn(zone, 2), end: dayIn(zone, 3) }),
      runningConference(zone, { name: 'Past', start: dayIn(zone, -3), end: dayIn(zone, -1) }),
    ];
    for (const event of [soon, past]) await callChannel(core, 'events.save', { event, replacing: null });
    expect(await callChannel(core, 'events.newDayPost', { eventId: 'soon' })).toEqual({
      kind: 'not-running',
      message: `Soon starts in 2 days, on ${dayIn(zone, 2)} (${zone}); there is no day post to write yet.`,
    });
    expect(await callChannel(core, 'events.newDayPost', { eventId: 'past' })).toEqual({
      kind: 'not-running',
      message: `Past ended yesterday, on ${dayIn(zone, -1)} (${zone}).`,
    });
    const asked = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: null });
    expect(asked).toMatchObject({
      kind: 'choose',
      events: [
        { event: { id: 'past' }, day: { kind: 'after', daysSince: 1 } },
        { event: { id: 'soon' }, day: { kind: 'before', daysUntil: 2 } },
      ],
    });
    expect(await filesUnder(site, '_posts')).toEqual(['_posts/2025-05-01-hello.md']);
    await core.dispose();
  });

  it('asks which event when two are running, then writes the one chosen', async () => {
    await jekyllBlog(site, 'UTC');
    const core = await openCore();
    await callChannel(core, 'events.save', { event: runningConference('UTC'), replacing: null });
    await callChannel(core, 'events.save', { event: runningConference('UTC', { name: 'Meetup' }), replacing: null });
    const asked = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: null });
    expect(asked.kind === 'choose' && asked.events.map(({ event }) => event.id)).toEqual(['devconf-2026', 'meetup']);
    const created = await callChannel<DayPost>(core, 'events.newDayPost', { eventId: 'meetup' });
    expect(created).toMatchObject({ kind: 'created', n: 2, post: { title: 'Meetup Day 2', event: 'meetup' } });
    await core.dispose();
  });

  it('names a missing template and the ones there are, writing no post', async () => {
    await jekyllBlog(site, 'UTC');
    const core = await openCore();
    await callChannel(core, 'events.save', {
      event: runningConference('UTC', { template: 'hackathon' }),
      replacing: null,
    });
    await expect(callChannel(core, 'events.newDayPost', { eventId: null })).rejects.toMatchObject({
      code: 'not-found',
      message:
        'There is no template named hackathon. The templates are conference-day, meetup-recap, talk-notes and trip-report; a site can add its own as .lanyard/templates/hackathon.md.',
    });
    expect(await filesUnder(site, '_posts')).toEqual(['_posts/2025-05-01-hello.md']);
    await core.dispose();
  });

  it('says so when the site has no events, an unknown event, and a bad argument', async () => {
    await jekyllBlog(site, 'UTC');
    const core = await openCore();
    await expect(callChannel(core, 'events.newDayPost', { eventId: null })).rejects.toMatchObject({
      code: 'not-found',
      message: 'This site has no events Lanyard can use yet: add the event, with its dates and time zone, first.',
    });
    await expect(callChannel(core, 'events.newDayPost', { eventId: 'devconf' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no event with the id devconf in .lanyard/events.yml.',
    });
    for (const argument of [{ eventId: 'Dev Conf' }, { eventId: null, now: '2026-01-07' }, undefined]) {
      await expect(callChannel(core, 'events.newDayPost', argument)).rejects.toMatchObject({
        code: 'invalid-argument',
      });
    }
    expect(await filesUnder(site, '_posts')).toEqual(['_posts/2025-05-01-hello.md']);
    expect(await lanyardFolderExists()).toBe(false);
    await core.dispose();
  });
});
