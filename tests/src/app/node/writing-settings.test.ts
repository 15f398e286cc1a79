import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WritingSettings } from '../../../../src/events/writing-settings';
import { createLanyardCore, type LanyardCore } from '../../../../src/app/node/lanyard-core';
import { useTempSite } from '../../support/temp-site';
import { jekyllBlog } from './event-sites';
import { callChannel, memorySettings, openCoreWithHost, testHost } from './test-host';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

// The writing settings are the writer's, for every site: no site is opened here.
const coreOver = (settings = memorySettings()) => createLanyardCore(testHost(path.join(temp, 'user-data'), settings));

describe('writing.settings', () => {
  it('starts with updates at the bottom and no daily goal', async () => {
    const core = coreOver();
    expect(await callChannel(core, 'writing.settings')).toEqual({ updatePlacement: 'bottom', dailyWordGoal: null });
    await core.dispose();
  });

  it('stores what each update changes, keeps the rest, and reads it back after a restart', async () => {
    const settings = memorySettings();
    const core = coreOver(settings);
    expect(await callChannel(core, 'writing.updateSettings', { dailyWordGoal: 750 })).toEqual({
      updatePlacement: 'bottom',
      dailyWordGoal: 750,
    });
    expect(await callChannel(core, 'writing.updateSettings', { updatePlacement: 'top' })).toEqual({
      updatePlacement: 'top',
      dailyWordGoal: 750,
    });
    // Left out and undefined both mean "keep it".
    expect(await callChannel(core, 'writing.updateSettings', { dailyWordGoal: undefined })).toEqual({
      updatePlacement: 'top',
      dailyWordGoal: 750,
    });
    expect(settings.data.writing).toEqual({ updatePlacement: 'top', dailyWordGoal: 750 });
    await core.dispose();

    const restarted = coreOver(settings);
    expect(await callChannel(restarted, 'writing.settings')).toEqual({ updatePlacement: 'top', dailyWordGoal: 750 });
    expect(await callChannel(restarted, 'writing.updateSettings', { dailyWordGoal: null })).toEqual({
      updatePlacement: 'top',
      dailyWordGoal: null,
    });
    expect(await callChannel(restarted, 'writing.updateSettings', { dailyWordGoal: 100_000 })).toMatchObject({
      dailyWordGoal: 100_000,
    });
    await restarted.dispose();
  });

  it('refuses a goal that is no whole number of words from 1 to 100,000, and a placement it does not know', async () => {
    const settings = memorySettings({ writing: { dailyWordGoal: 500 } });
    const core = coreOver(settings);
    const refusals: Array<[unknown, string]> = [
      [{ dailyWordGoal: 0 }, 'the goal is at least one word'],
      [{ dailyWordGoal: -5 }, 'the goal is at least one word'],
      [{ dailyWordGoal: 1.5 }, 'the goal is a whole number of words'],
      [{ dailyWordGoal: 100_001 }, 'that goal is more words than anyone writes in a day'],
      [{ dailyWordGoal: '750' }, 'dailyWordGoal'],
      [{ updatePlacement: 'middle' }, 'updatePlacement'],
      [{ theme: 'dark' }, 'theme'],
      [null, 'writing.updateSettings refused its argument'],
    ];
    for (const [patch, words] of refusals) {
      await expect(callChannel(core, 'writing.updateSettings', patch)).rejects.toMatchObject({
        code: 'invalid-argument',
        message: expect.stringContaining(words) as unknown,
      });
    }
    expect(settings.data.writing).toEqual({ dailyWordGoal: 500 });
    expect(await callChannel<WritingSettings>(core, 'writing.settings')).toEqual({
      updatePlacement: 'bottom',
      dailyWordGoal: 500,
    });
    await core.dispose();
  });
});

describe('writing.recordWords', () => {
  const hello = '_posts/2025-05-01-hello.md';
  const today = '2026-06-16';

  async function blogCore(folder = site, settings = memorySettings()): Promise<LanyardCore> {
    await jekyllBlog(folder, 'Europe/Lisbon');
    return (await openCoreWithHost(folder, path.join(temp, 'user-data'), null, settings)).core;
  }

  const record = (core: LanyardCore, id: string, words: number, day = today) =>
    callChannel<{ written: number }>(core, 'writing.recordWords', { id, words, day });

  it('counts the words added to each post since its first count of the day, and keeps them over a restart', async () => {
    const settings = memorySettings();
    const core = await blogCore(site, settings);
    expect(await record(core, hello, 3000)).toEqual({ written: 0 });
    expect(await record(core, hello, 3120)).toEqual({ written: 120 });
    expect(await record(core, '_posts/2026-06-16-day-2.md', 85)).toEqual({ written: 120 });
    expect(await record(core, '_posts/2026-06-16-day-2.md', 385)).toEqual({ written: 420 });
    expect(await record(core, hello, 3020)).toEqual({ written: 320 });
    expect(settings.data.dailyWords).toEqual({
      day: today,
      first: { [`${site}\0${hello}`]: 3000, [`${site}\0_posts/2026-06-16-day-2.md`]: 85 },
      latest: { [`${site}\0${hello}`]: 3020, [`${site}\0_posts/2026-06-16-day-2.md`]: 385 },
    });
    await core.dispose();

    const restarted = await blogCore(site, settings);
    expect(await record(restarted, hello, 3100)).toEqual({ written: 400 });
    // The writer's next day starts from what the posts have by then.
    expect(await record(restarted, hello, 3100, '2026-06-17')).toEqual({ written: 0 });
    expect(await record(restarted, hello, 3150, '2026-06-17')).toEqual({ written: 50 });
    await restarted.dispose();
  });

  it('keeps the posts of different sites apart, even under the same name', async () => {
    const settings = memorySettings();
    const other = path.join(temp, 'other');
    const first = await blogCore(site, settings);
    const second = await blogCore(other, settings);
    expect(await record(first, hello, 100)).toEqual({ written: 0 });
    expect(await record(first, hello, 150)).toEqual({ written: 50 });
    expect(await record(second, hello, 3000)).toEqual({ written: 50 });
    expect(await record(second, hello, 3010)).toEqual({ written: 60 });
    await first.dispose();
    await second.dispose();
  });

  it('refuses without a site, a file that is no post of the site, and counts or days it cannot read', async () => {
    const settings = memorySettings();
    const closed = createLanyardCore(testHost(path.join(temp, 'user-data'), settings));
    await expect(record(closed, hello, 10)).rejects.toMatchObject({ code: 'no-site' });
    await closed.dispose();

    const core = await blogCore(site, settings);
    await expect(record(core, '../outside.md', 10)).rejects.toMatchObject({ code: 'outside-site' });
    await expect(record(core, '_config.yml', 10)).rejects.toMatchObject({ code: 'refused' });
    const refusals: unknown[] = [
      { id: hello, words: -1, day: today },
      { id: hello, words: 1.5, day: today },
      { id: hello, words: '10', day: today },
      { id: hello, words: 10_000_001, day: today },
      { id: hello, words: 10, day: '2026-6-16' },
      { id: hello, words: 10, day: 'today' },
      { id: hello, words: 10, day: `${today}T10:00` },
      { id: hello, words: 10 },
      { id: '', words: 10, day: today },
      { id: hello, words: 10, day: today, written: 500 },
    ];
    for (const argument of refusals) {
      await expect(callChannel(core, 'writing.recordWords', argument)).rejects.toMatchObject({
        code: 'invalid-argument',
      });
    }
    expect(settings.data.dailyWords).toBeNull();
    await core.dispose();
  });
});
