import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublishOutcome, PublishStatus } from '../../../../src/publish/publish-types';
import { useGitSandbox } from '../../git/node/git-env';
import { git, makeBlog, POST_ID, POST_TEXT } from '../../publish/node/publish-fixture';
import { writeFileUnder } from '../../support/temp-site';
import { conferenceClock } from './event-sites';
import { callChannel, openCoreWithHost } from './test-host';

const sandbox = useGitSandbox();

const day2Id = '_posts/2026-01-07-devconf-2026-day-2.md';
const devconf = [
  'events:',
  '  - name: DevConf 2026',
  '    start: 2026-01-06',
  '    end: 2026-01-08',
  '    timezone: America/Los_Angeles',
  '',
].join('\n');
/** Day 2 with updates at 09:15 and 14:00, in order at the bottom, and a note after them that is not an update. */
const day2Text = [
  '---',
  'title: "DevConf 2026 Day 2"',
  'date: 2026-01-07 09:00:00 -0800',
  'event: devconf-2026',
  '---',
  '',
  '**Update 09:15** — Doors open.',
  '',
  '**Update 14:00** — Keynote.',
  '',
  'The party is at 16:30 (**Update** to come).',
  '',
].join('\n');

/** The publish fixture's blog, dating in Berlin, with DevConf and its Day 2 committed and pushed; the clock at 14:05 in Las Vegas. */
async function conferenceBlog() {
  const blog = await makeBlog(sandbox.path);
  await writeFileUnder(
    blog.site,
    '_config.yml',
    'title: Notes\nurl: https://me.example.com\ntimezone: Europe/Berlin\n',
  );
  await writeFileUnder(blog.site, '.lanyard/events.yml', devconf);
  await writeFileUnder(blog.site, day2Id, day2Text);
  await git(blog.site, 'add', '--all');
  await git(blog.site, 'commit', '--quiet', '-m', 'DevConf Day 2');
  await git(blog.site, 'push', '--quiet');
  const opened = await openCoreWithHost(blog.site, path.join(sandbox.path, 'user-data'), conferenceClock.day2);
  return { ...blog, ...opened };
}

const lastSubject = (repository: string) => git(repository, 'log', '-1', '--format=%s', 'main');

describe('publishing a live update', () => {
  it("names the post's latest update before now, in the event's time, and commits with it", async () => {
    const { core, site, bare } = await conferenceBlog();
    const status = (liveUpdate: boolean) =>
      callChannel<PublishStatus>(core, 'publish.status', { id: day2Id, liveUpdate });
    expect((await status(true)).commitMessage).toBe('Update: DevConf 2026 Day 2 14:00');
    expect((await status(false)).commitMessage).toBe('Update: DevConf 2026 Day 2');

    await callChannel(core, 'events.capture', { eventId: 'devconf-2026', text: 'Keynote ran over.' });
    expect((await status(true)).commitMessage).toBe('Update: DevConf 2026 Day 2 14:05');
    const outcome = await callChannel<PublishOutcome>(core, 'publish.run', { id: day2Id, run: 'r', liveUpdate: true });
    expect(outcome.kind).toBe('published');
    expect(await lastSubject(bare)).toBe('Update: DevConf 2026 Day 2 14:05');
    expect(await fs.readFile(path.join(site, ...day2Id.split('/')), 'utf8')).toBe(
      `${day2Text}\n**Update 14:05** — Keynote ran over.\n`,
    );
    await core.dispose();
  });

  it("uses the site's own update template, and the time now where the post has no stamp, in the site's zone without an event", async () => {
    const { core, site, bare } = await conferenceBlog();
    await callChannel(core, 'publish.updateTemplates', { update: 'Live from {title}:' });
    const dayStatus = await callChannel<PublishStatus>(core, 'publish.status', { id: day2Id, liveUpdate: true });
    expect(dayStatus.commitMessage).toBe('Live from DevConf 2026 Day 2: 14:00');

    // re:Invent's post names no event: the site's Berlin time, an hour past midnight UTC's 22:05.
    await fs.writeFile(path.join(site, POST_ID), POST_TEXT.replace('Second line.', 'Edited.'));
    const status = await callChannel<PublishStatus>(core, 'publish.status', { id: POST_ID, liveUpdate: true });
    expect(status.commitMessage).toBe('Live from re:Invent Day 1: 23:05');
    await callChannel(core, 'publish.run', { id: POST_ID, run: 'r', liveUpdate: true });
    expect(await lastSubject(bare)).toBe('Live from re:Invent Day 1: 23:05');
    await core.dispose();
  });

  it('commits with the plain update message when not asked for a live update', async () => {
    const { core, site, bare } = await conferenceBlog();
    await fs.appendFile(path.join(site, ...day2Id.split('/')), '\nMore.\n');
    await callChannel(core, 'publish.run', { id: day2Id, run: 'r' });
    expect(await lastSubject(bare)).toBe('Update: DevConf 2026 Day 2');
    await core.dispose();
  });
});
