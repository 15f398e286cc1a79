import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayPostBody } from '../../../../src/events/day-post';
import { listEventTemplates, readEventTemplate } from '../../../../src/events/node/event-templates';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import { siteEvent } from '../site-event';

let temp = '';
let site = '';
let shipped = '';
useTempSite((folders) => {
  ({ temp, site } = folders);
  shipped = path.join(temp, 'shipped');
});

/** The templates the app ships, in the repository. */
const resourcesTemplates = path.resolve(import.meta.dirname, '../../../../resources/templates');

async function shipTemplates(): Promise<void> {
  await writeFileUnder(shipped, 'conference-day.md', '## Keynote\r\n\r\nDay {n}\r\n');
  await writeFileUnder(shipped, 'talk-notes.md', '## Talk\n');
  await writeFileUnder(shipped, 'README.txt', 'not a template');
  await writeFileUnder(shipped, 'Bad Name.md', 'not a template name');
}

describe('the shipped templates', () => {
  it('are the four kinds of event post, each filling only placeholders Lanyard knows', async () => {
    const entries = await listEventTemplates(site, resourcesTemplates);
    expect(entries).toEqual(
      ['conference-day', 'meetup-recap', 'talk-notes', 'trip-report'].map((name) => ({ name, source: 'shipped' })),
    );
    for (const { name } of entries) {
      const { text } = await readEventTemplate(site, resourcesTemplates, name);
      const filled = dayPostBody(text, siteEvent(), { n: 2, date: '2026-01-07' });
      expect(filled.unknown, name).toEqual([]);
      expect(filled.text, name).toMatch(/^## /m);
    }
  });

  it('give a conference day its sections', async () => {
    const { text } = await readEventTemplate(site, resourcesTemplates, 'conference-day');
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Keynote', '## Talks', '## Hallway track', '## Photos', '## Tomorrow']);
  });
});

describe('listEventTemplates', () => {
  it("lists the site's own templates with the shipped ones, the site's winning a shared name", async () => {
    await shipTemplates();
    await writeFileUnder(site, '.lanyard/templates/talk-notes.md', 'Our talk notes\n');
    await writeFileUnder(site, '.lanyard/templates/workshop.md', 'Workshop\n');
    await fs.mkdir(path.join(site, '.lanyard', 'templates', 'drafts.md'));
    expect(await listEventTemplates(site, shipped)).toEqual([
      { name: 'conference-day', source: 'shipped' },
      { name: 'talk-notes', source: 'site' },
      { name: 'workshop', source: 'site' },
    ]);
  });

  it('lists none when neither folder exists', async () => {
    expect(await listEventTemplates(site, shipped)).toEqual([]);
  });

  it('refuses a site templates folder that links out of the site', async () => {
    await writeFileUnder(temp, 'outside/secret.md', 'secret');
    await fs.mkdir(path.join(site, '.lanyard'));
    await fs.symlink(path.join(temp, 'outside'), path.join(site, '.lanyard', 'templates'));
    await expect(listEventTemplates(site, shipped)).rejects.toMatchObject({ code: 'outside-site' });
  });
});

describe('readEventTemplate', () => {
  it('reads a shipped template, line endings made LF', async () => {
    await shipTemplates();
    expect(await readEventTemplate(site, shipped, 'conference-day')).toEqual({
      name: 'conference-day',
      source: 'shipped',
      text: '## Keynote\n\nDay {n}\n',
    });
  });

  it("reads the site's template of the same name instead", async () => {
    await shipTemplates();
    await writeFileUnder(site, '.lanyard/templates/conference-day.md', '\uFEFFOur own day {n}\n');
    expect(await readEventTemplate(site, shipped, 'conference-day')).toEqual({
      name: 'conference-day',
      source: 'site',
      text: 'Our own day {n}\n',
    });
  });

  it('names a missing template and lists the ones there are', async () => {
    await shipTemplates();
    await writeFileUnder(site, '.lanyard/templates/workshop.md', 'Workshop\n');
    await expect(readEventTemplate(site, shipped, 'hackathon')).rejects.toMatchObject({
      code: 'not-found',
      message:
        'There is no template named hackathon. The templates are conference-day, talk-notes and workshop; a site can add its own as .lanyard/templates/hackathon.md.',
    });
  });

  it('refuses a name that could reach another folder', async () => {
    await shipTemplates();
    for (const name of ['../shipped/talk-notes', 'Talk-Notes', '']) {
      await expect(readEventTemplate(site, shipped, name)).rejects.toMatchObject({ code: 'invalid-argument' });
    }
  });

  it('refuses a site template that links out of the site', async () => {
    await shipTemplates();
    await writeFileUnder(temp, 'secret.md', 'secret');
    await fs.mkdir(path.join(site, '.lanyard', 'templates'), { recursive: true });
    await fs.symlink(path.join(temp, 'secret.md'), path.join(site, '.lanyard', 'templates', 'talk-notes.md'));
    await expect(readEventTemplate(site, shipped, 'talk-notes')).rejects.toMatchObject({ code: 'outside-site' });
  });

  it('refuses a template too big to be one', async () => {
    await writeFileUnder(site, '.lanyard/templates/huge.md', 'x'.repeat(300 * 1024));
    await expect(readEventTemplate(site, shipped, 'huge')).rejects.toMatchObject({ code: 'refused' });
  });
});
