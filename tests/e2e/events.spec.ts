import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, git, test, type LanyardApp } from './harness';
import { addBareRemote, newestSubject } from './support/bare-remote';
import { repoRoot } from './support/paths';

/** Stops both clocks, the core's and the page's, at one instant: a moment of the event. */
async function setTime(app: LanyardApp, iso: string): Promise<void> {
  app.clock.now = new Date(iso);
  await app.page.clock.setFixedTime(new Date(iso));
}

const dayOneId = '_posts/2026-11-10-kubecon-na-2026-day-1.md';
const dayTwoId = '_posts/2026-11-11-kubecon-na-2026-day-2.md';
const link = 'https://events.example.com/kubecon-na-2026';

/** The shipped conference-day template, filled as the day's post body is. */
async function conferenceDay(n: number, weekday: string, date: string): Promise<string> {
  const template = await readFile(path.join(repoRoot, 'resources', 'templates', 'conference-day.md'), 'utf8');
  const values: Record<string, string> = {
    n: String(n),
    event: 'KubeCon NA 2026',
    location: 'Atlanta',
    weekday,
    date,
    hashtag: '#kubecon',
    link,
  };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole).trimEnd();
}

function frontMatter(n: number, date: string): string {
  return [
    '---',
    'layout: post',
    `title: "KubeCon NA 2026 Day ${n}"`,
    `date: ${date}`,
    'tags: ["kubernetes", "conference"]',
    'event: "kubecon-na-2026"',
    `event_day: ${n}`,
    '---',
    '',
    '',
  ].join('\n');
}

const seriesBlock = (line: string | null) =>
  `<!-- lanyard:series -->\n${line === null ? '' : `\n${line}\n\n`}<!-- /lanyard:series -->\n`;

async function fillEventForm(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'New event' });
  await form.getByRole('textbox', { name: 'Name' }).fill('KubeCon NA 2026');
  await form.getByLabel('Start').fill('2026-11-10');
  await form.getByLabel('End').fill('2026-11-12');
  await form.getByRole('combobox', { name: 'Time zone' }).fill('America/New_York');
  await form.getByRole('textbox', { name: 'Location' }).fill('Atlanta');
  await form.getByRole('textbox', { name: 'Hashtag' }).fill('#kubecon');
  await form.getByRole('textbox', { name: 'Link' }).fill(link);
  await form.getByRole('textbox', { name: 'Tags' }).fill('kubernetes, conference');
  await form.getByRole('checkbox', { name: 'Add previous/next-day links to day posts' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
}

test('an event in the sample site gives Day 1 and Day 2 posts, live updates and quick notes', async ({
  app,
  lanyard,
}) => {
  const { page } = app;
  await setTime(app, '2026-11-10T15:00:00Z');

  await lanyard.menuCommand('events');
  const events = page.getByRole('dialog', { name: 'Events' });
  await events.getByRole('button', { name: 'New event' }).click();
  await fillEventForm(page);
  await expect(events.getByRole('list', { name: 'Events' })).toContainText('KubeCon NA 2026');
  expect(await readFile(path.join(app.site, '.lanyard', 'events.yml'), 'utf8')).toBe(
    [
      '# Lanyard’s events for this site. Each day post names its event by id (event: devconf-2026).',
      '# Generators never read this file.',
      '',
      'events:',
      '  - name: KubeCon NA 2026',
      '    id: kubecon-na-2026',
      '    start: 2026-11-10',
      '    end: 2026-11-12',
      '    timezone: America/New_York',
      '    location: Atlanta',
      '    hashtag: kubecon',
      `    link: ${link}`,
      '    tags: [kubernetes, conference]',
      '    day_title: "{event} Day {n}"',
      '    template: conference-day',
      '    series_links: true',
      '',
    ].join('\n'),
  );
  await events.getByRole('button', { name: 'Close' }).click();
  await expect(events).toBeHidden();

  // Day 1, 10:00 in Atlanta: one key writes the post and opens it.
  await page.keyboard.press('Control+Shift+D');
  await lanyard.expectEditorToContain('Day 1 of KubeCon NA 2026 in Atlanta');
  const dayOneBody = await conferenceDay(1, 'Tuesday', '2026-11-10');
  const dayOneHead = frontMatter(1, '2026-11-10 15:00:00 +0000');

  // An update at 14:05 Atlanta time, at the bottom (the default), then the writer's words.
  await setTime(app, '2026-11-10T19:05:00Z');
  await page.keyboard.press('Control+Shift+U');
  await page.keyboard.type('Keynote: the scheduler grows a brain.');
  await lanyard.expectSaved();
  const update = '**Update 14:05** — Keynote: the scheduler grows a brain.';
  await expect
    .poll(() => readFile(path.join(app.site, dayOneId), 'utf8'))
    .toBe(`${dayOneHead}${dayOneBody}\n\n${update}\n\n${seriesBlock(null)}`);

  // Day 2: a new post, linked back to Day 1, and Day 1's links now reach Day 2.
  await setTime(app, '2026-11-11T14:30:00Z');
  await lanyard.menuCommand('new-day-post');
  await lanyard.expectEditorToContain('Day 2 of KubeCon NA 2026 in Atlanta');
  const dayTwoHead = frontMatter(2, '2026-11-11 14:30:00 +0000');
  const dayTwoBody = await conferenceDay(2, 'Wednesday', '2026-11-11');
  const backToDayOne = seriesBlock('← [KubeCon NA 2026 Day 1](2026-11-10-kubecon-na-2026-day-1.md)');
  await expect
    .poll(() => readFile(path.join(app.site, dayOneId), 'utf8'))
    .toBe(
      `${dayOneHead}${dayOneBody}\n\n${update}\n\n${seriesBlock('[KubeCon NA 2026 Day 2](2026-11-11-kubecon-na-2026-day-2.md) →')}`,
    );
  expect(await readFile(path.join(app.site, dayTwoId), 'utf8')).toBe(`${dayTwoHead}${dayTwoBody}\n\n${backToDayOne}`);

  // Asking again the same day opens the same post: no second Day 2.
  await page.keyboard.press('Control+Shift+D');
  await lanyard.expectEditorToContain('Day 2 of KubeCon NA 2026 in Atlanta');
  const posts = await readdir(path.join(app.site, '_posts'));
  expect(posts.filter((name) => name.includes('kubecon'))).toEqual([
    '2026-11-10-kubecon-na-2026-day-1.md',
    '2026-11-11-kubecon-na-2026-day-2.md',
  ]);

  // A quick note at 11:45 lands in Day 2 without leaving the open post.
  await setTime(app, '2026-11-11T16:45:00Z');
  await page.keyboard.press('Control+Alt+Shift+N');
  const note = page.getByRole('dialog', { name: 'Quick note' });
  await expect(note).toContainText('KubeCon NA 2026 Day 2');
  await note.getByRole('textbox', { name: 'Quick note' }).fill('Lunch with the storage SIG');
  await note.getByRole('textbox', { name: 'Quick note' }).press('Enter');
  await expect(note).toBeHidden();
  const noted = '**Update 11:45** — Lunch with the storage SIG';
  expect(await readFile(path.join(app.site, dayTwoId), 'utf8')).toBe(
    `${dayTwoHead}${dayTwoBody}\n\n${noted}\n\n${backToDayOne}`,
  );
  await lanyard.expectEditorToContain(noted);

  // The post list shows the event's series alone, Day 1 first.
  await page.getByRole('combobox', { name: 'Show posts of event' }).selectOption({ label: 'KubeCon NA 2026' });
  const listed = lanyard.postList.getByRole('listitem');
  await expect(listed).toHaveCount(2);
  await expect(listed.first()).toContainText('KubeCon NA 2026 Day 1');
  await expect(listed.last()).toContainText('KubeCon NA 2026 Day 2');
});

test('updates go where the writer wants them, count toward the goal, and publish as an update', async ({
  app,
  lanyard,
}) => {
  test.setTimeout(60_000);
  const { page } = app;
  await mkdir(path.join(app.site, '.lanyard'));
  await writeFile(
    path.join(app.site, '.lanyard', 'events.yml'),
    `events:\n  - name: KubeCon NA 2026\n    start: 2026-11-10\n    end: 2026-11-12\n    timezone: America/New_York\n`,
  );
  await git(app.site, ['add', '.lanyard']);
  await git(app.site, ['commit', '--quiet', '-m', 'Add KubeCon']);
  const bare = await addBareRemote(app.site);
  await setTime(app, '2026-11-10T15:00:00Z');
  await lanyard.menuCommand('new-day-post');
  await lanyard.expectEditorToContain('title: "KubeCon NA 2026 Day 1"');

  await lanyard.statusBar.getByRole('button', { name: /words/ }).click();
  const writing = page.getByRole('dialog', { name: 'Writing' });
  await writing.getByRole('radio', { name: 'At the top (newest first)' }).check();
  await writing.getByRole('textbox', { name: 'Daily word goal' }).fill('400');
  await writing.getByRole('button', { name: 'Save' }).click();
  await expect(writing).toBeHidden();
  await expect(lanyard.statusBar).toContainText(/\d+ \/ 400/);

  await setTime(app, '2026-11-10T19:05:00Z');
  await page.keyboard.press('Control+Shift+U');
  await page.keyboard.type('Doors open.');
  await lanyard.expectSaved();
  await expect(lanyard.statusBar, 'the words written since the post was opened count today').toContainText(
    /\b[1-9]\d* \/ 400 today/,
  );
  const onDisk = await readFile(path.join(app.site, dayOneId), 'utf8');
  expect(onDisk, 'the update is the first thing under the front matter').toMatch(
    /\nevent: "kubecon-na-2026"\nevent_day: 1\n---\n\n\*\*Update 14:05\*\* — Doors open\.\n\nDay 1 of KubeCon NA 2026/,
  );

  // Published ten minutes later, the commit still names the update's time.
  await setTime(app, '2026-11-10T19:15:00Z');
  await page.keyboard.press('Control+Alt+Shift+U');
  const dialog = lanyard.publishDialog;
  await expect(dialog).toContainText('Update: KubeCon NA 2026 Day 1 14:05');
  await lanyard.publishFromDialog();
  await expect(dialog.getByRole('heading', { name: 'Published' })).toBeVisible({ timeout: 30_000 });
  expect(await newestSubject(bare)).toBe('Update: KubeCon NA 2026 Day 1 14:05');
});

test('with two events running New day post asks which, and an event that is over can be caught up on', async ({
  app,
  lanyard,
}) => {
  const { page } = app;
  await mkdir(path.join(app.site, '.lanyard'));
  await writeFile(
    path.join(app.site, '.lanyard', 'events.yml'),
    [
      'events:',
      '  - name: KubeCon NA 2026',
      '    start: 2026-11-10',
      '    end: 2026-11-12',
      '    timezone: America/New_York',
      '  - name: Berlin Go Meetup',
      '    start: 2026-11-11',
      '    end: 2026-11-11',
      '    timezone: Europe/Berlin',
      '  - name: DevSummit Lisbon 2026',
      '    start: 2026-06-16',
      '    end: 2026-06-18',
      '    timezone: Europe/Lisbon',
      '',
    ].join('\n'),
  );
  const samplePosts = await readdir(path.join(app.site, '_posts'));
  await setTime(app, '2026-11-11T15:00:00Z');
  await page.keyboard.press('Control+Shift+D');
  const chooser = page.getByRole('dialog', { name: 'New day post' });
  await expect(chooser.getByRole('button', { name: /^KubeCon NA 2026 Day 2 of 3 today/ })).toBeVisible();
  await chooser.getByRole('button', { name: /^Berlin Go Meetup/ }).click();
  await expect(chooser).toBeHidden();
  await lanyard.expectEditorToContain('title: "Berlin Go Meetup Day 1"');

  await expect(
    chooser.getByRole('button', { name: /^DevSummit Lisbon 2026/ }),
    'with events running, only they are offered',
  ).toHaveCount(0);

  // The morning after KubeCon: its last day is written up late, dated that evening in New York.
  await setTime(app, '2026-11-13T14:00:00Z');
  await page.keyboard.press('Control+Shift+D');
  await chooser.getByRole('button', { name: /^KubeCon NA 2026 ended yesterday/ }).click();
  await lanyard.expectEditorToContain('title: "KubeCon NA 2026 Day 3"');
  await lanyard.expectEditorToContain('date: 2026-11-12 23:00:00 +0000');

  // Any day of an event that is over can be caught up on, five months late too.
  await page.keyboard.press('Control+Shift+D');
  await chooser
    .getByRole('group', { name: 'Days of DevSummit Lisbon 2026' })
    .getByRole('button', { name: 'Day 2 of DevSummit Lisbon 2026' })
    .click();
  await lanyard.expectEditorToContain('title: "DevSummit Lisbon 2026 Day 2"');
  const written = (await readdir(path.join(app.site, '_posts'))).filter((name) => !samplePosts.includes(name));
  expect(written.sort()).toEqual([
    '2026-06-17-devsummit-lisbon-2026-day-2.md',
    '2026-11-11-berlin-go-meetup-day-1.md',
    '2026-11-12-kubecon-na-2026-day-3.md',
  ]);
  expect(await readFile(path.join(app.site, '_posts', '2026-06-17-devsummit-lisbon-2026-day-2.md'), 'utf8')).toContain(
    '\ndate: 2026-06-17 18:00:00 +0100\n',
  );
});
