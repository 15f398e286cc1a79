import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvents, removeEvent, saveEvent } from '../../../../src/events/node/events-file';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import { siteEvent } from '../site-event';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

const eventsText = () => fs.readFile(path.join(site, '.lanyard', 'events.yml'), 'utf8');
const writeEvents = (text: string) => writeFileUnder(site, '.lanyard/events.yml', text);

const devconf = [
  '# Our conferences',
  'events:',
  '  # The big one',
  '  - name: DevConf 2026 # renamed twice',
  '    start: 2026-01-06',
  '    end: 2026-01-08',
  '    timezone: America/Los_Angeles',
  '    location: Las Vegas',
  '    hashtag: "#devconf26"',
  '    link: https://devconf.example.com/2026',
  '    tags: [conference, devconf]',
  '    sponsor: ACME',
  '',
].join('\n');

describe('readEvents', () => {
  it('gives no events and no problem when there is no file, or no events in it', async () => {
    expect(await readEvents(site)).toEqual({ events: [], problems: [] });
    await writeEvents('# nothing yet\nevents:\n');
    expect(await readEvents(site)).toEqual({ events: [], problems: [] });
  });

  it('reads the events, defaults filled in and unknown keys ignored', async () => {
    await writeEvents(devconf);
    expect(await readEvents(site)).toEqual({ events: [siteEvent()], problems: [] });
  });

  it('skips each bad event with its problems, and still uses the good ones', async () => {
    await writeEvents(
      [
        'events:',
        '  - name: Backwards',
        '    start: 2026-05-03',
        '    end: 2026-05-01',
        '    timezone: UTC',
        '  - name: Fine',
        '    start: 2026-05-01',
        '    end: 2026-05-01',
        '    timezone: UTC',
        '  - just a line',
        '  - name: fine',
        '    start: 2026-06-01',
        '    end: 2026-06-01',
        '    timezone: Mars/Olympus',
        '  - name: FINE',
        '    start: 2026-06-01',
        '    end: 2026-06-01',
        '    timezone: UTC',
        '',
      ].join('\n'),
    );
    const read = await readEvents(site);
    expect(read.events.map((event) => event.name)).toEqual(['Fine']);
    expect(read.problems).toEqual([
      'Event 1 (Backwards) in .lanyard/events.yml was skipped: The event ends (2026-05-01) before it starts (2026-05-03).',
      'Event 3 in .lanyard/events.yml was skipped: Give the event a name. Give the start date, like 2026-03-14. Give the end date, like 2026-03-14. Give the time zone where the event happens, like Europe/Berlin: its days follow that calendar.',
      'Event 4 (fine) in .lanyard/events.yml was skipped: "Mars/Olympus" is not a time zone Lanyard knows; use a name like Europe/Berlin or America/Los_Angeles.',
      'Event 5 (FINE) in .lanyard/events.yml was skipped: an earlier event has the id fine.',
    ]);
  });

  it('says where a file that does not parse is broken, and what shape it should have', async () => {
    await writeEvents('events:\n  - name: [unclosed\n');
    expect((await readEvents(site)).problems).toEqual([
      expect.stringMatching(/^\.lanyard\/events\.yml was not used: .*line \d/),
    ]);
    await writeEvents('- name: DevConf\n');
    expect((await readEvents(site)).problems).toEqual([
      '.lanyard/events.yml was not used: it does not start with events:.',
    ]);
    await writeEvents('events: DevConf\n');
    expect((await readEvents(site)).problems).toEqual([
      '.lanyard/events.yml was not used: events: is not a list of events (each starting with -).',
    ]);
  });

  it('does not read a file too big to be an events file', async () => {
    await writeEvents(`${devconf}${'# padding\n'.repeat(30_000)}`);
    expect(await readEvents(site)).toEqual({
      events: [],
      problems: ['.lanyard/events.yml was not used: it is larger than an events file can be.'],
    });
  });

  it('refuses an events file or folder that is a link to elsewhere', async () => {
    await writeFileUnder(temp, 'elsewhere/events.yml', devconf);
    await fs.symlink(path.join(temp, 'elsewhere'), path.join(site, '.lanyard'));
    expect(await readEvents(site)).toEqual({
      events: [],
      problems: ['.lanyard/events.yml was not used: it is reached through a link.'],
    });
  });
});

describe('saveEvent', () => {
  it('creates the file with a header and every field, and reads back what it wrote', async () => {
    await saveEvent(site, siteEvent({ layout: 'event-day' }));
    expect(await eventsText()).toBe(
      [
        '# Lanyard’s events for this site. Each day post names its event by id (event: devconf-2026).',
        '# Generators never read this file.',
        '',
        'events:',
        '  - name: DevConf 2026',
        '    id: devconf-2026',
        '    start: 2026-01-06',
        '    end: 2026-01-08',
        '    timezone: America/Los_Angeles',
        '    location: Las Vegas',
        '    hashtag: devconf26',
        '    link: https://devconf.example.com/2026',
        '    tags: [conference, devconf]',
        '    day_title: "{event} Day {n}"',
        '    template: conference-day',
        '    layout: event-day',
        '',
      ].join('\n'),
    );
    expect((await readEvents(site)).events).toEqual([siteEvent({ layout: 'event-day' })]);
  });

  it("updates an event in place: comments, unknown keys and the writer's spelling of unchanged values stay", async () => {
    await writeEvents(devconf);
    await saveEvent(site, siteEvent({ name: 'DevConf 26', end: '2026-01-09', tags: [], link: null }), 'devconf-2026');
    expect(await eventsText()).toBe(
      [
        '# Our conferences',
        'events:',
        '  # The big one',
        '  - name: DevConf 26 # renamed twice',
        '    start: 2026-01-06',
        '    end: 2026-01-09',
        '    timezone: America/Los_Angeles',
        '    location: Las Vegas',
        '    hashtag: "#devconf26"',
        '    sponsor: ACME',
        '    id: devconf-2026',
        '',
      ].join('\n'),
    );
    expect((await readEvents(site)).events[0]).toMatchObject({ id: 'devconf-2026', name: 'DevConf 26' });
  });

  it('adds a new event after the others, leaving them as they were', async () => {
    await writeEvents(devconf);
    await saveEvent(
      site,
      siteEvent({ id: 'meetup', name: 'Meetup', start: '2026-02-01', end: '2026-02-01', tags: [] }),
    );
    const text = await eventsText();
    expect(text.startsWith(devconf)).toBe(true);
    expect(text.slice(devconf.length)).toMatch(/^ {2}- name: Meetup\n {4}id: meetup\n/);
    expect((await readEvents(site)).events.map((event) => event.id)).toEqual(['devconf-2026', 'meetup']);
  });

  it('refuses an id another event has, and an event that is gone, writing nothing', async () => {
    await writeEvents(devconf);
    await expect(saveEvent(site, siteEvent())).rejects.toMatchObject({ code: 'already-exists' });
    await expect(saveEvent(site, siteEvent({ id: 'new' }), 'missing')).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no event with the id missing in .lanyard/events.yml any more.',
    });
    expect(await eventsText()).toBe(devconf);
  });

  it('refuses a bad event with its problems before touching the disk', async () => {
    await expect(saveEvent(site, siteEvent({ timezone: 'Nowhere/Else' }))).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('"Nowhere/Else" is not a time zone') as unknown,
    });
    await expect(fs.stat(path.join(site, '.lanyard'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses to replace a file that does not parse or has no list of events, and keeps it as it was', async () => {
    for (const text of ['events: [unclosed\n', 'events: DevConf\n', '- a\n']) {
      await writeEvents(text);
      await expect(saveEvent(site, siteEvent())).rejects.toMatchObject({
        code: 'refused',
        message: expect.stringMatching(/Fix it or remove it first\.$/) as unknown,
      });
      expect(await eventsText()).toBe(text);
    }
  });

  it('fills an empty events: [] as a list of entries', async () => {
    await writeEvents('events: []\n');
    await saveEvent(site, siteEvent({ tags: [] }));
    expect(await eventsText()).toMatch(/^events:\n {2}- name: DevConf 2026\n/);
  });

  it('never writes through a linked .lanyard folder', async () => {
    await fs.mkdir(path.join(temp, 'elsewhere'));
    await fs.symlink(path.join(temp, 'elsewhere'), path.join(site, '.lanyard'));
    await expect(saveEvent(site, siteEvent())).rejects.toMatchObject({ code: 'refused' });
    expect(await fs.readdir(path.join(temp, 'elsewhere'))).toEqual([]);
  });
});

describe('series links in the events file', () => {
  it('writes series_links: true, reads it back, and leaves the line out once switched off', async () => {
    await writeEvents(devconf);
    await saveEvent(site, siteEvent({ seriesLinks: true }), 'devconf-2026');
    const text = await eventsText();
    expect(text).toBe(
      `${devconf.replace('    sponsor: ACME\n', '    sponsor: ACME\n    id: devconf-2026\n')}    series_links: true\n`,
    );
    expect((await readEvents(site)).events).toEqual([siteEvent({ seriesLinks: true })]);
    await saveEvent(site, siteEvent(), 'devconf-2026');
    expect(await eventsText()).toBe(text.replace('    series_links: true\n', ''));
    expect((await readEvents(site)).events).toEqual([siteEvent()]);
  });

  it('skips an event whose series_links is not true or false', async () => {
    await writeEvents(`${devconf}    series_links: "yes"\n`);
    expect(await readEvents(site)).toEqual({
      events: [],
      problems: [
        'Event 1 (DevConf 2026) in .lanyard/events.yml was skipped: Series links are on or off: write true or false.',
      ],
    });
  });
});

describe('removeEvent', () => {
  it('removes the event, keeping the rest of the file and its comments', async () => {
    await writeEvents(`${devconf}  - name: Meetup\n    start: 2026-02-01\n    end: 2026-02-01\n    timezone: UTC\n`);
    await removeEvent(site, 'devconf-2026');
    expect(await eventsText()).toBe(
      '# Our conferences\nevents:\n  # The big one\n  - name: Meetup\n    start: 2026-02-01\n    end: 2026-02-01\n    timezone: UTC\n',
    );
    await expect(removeEvent(site, 'devconf-2026')).rejects.toMatchObject({ code: 'not-found' });
  });
});
