import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WritingSettings } from '../../../../src/events/writing-settings';
import { createLanyardCore } from '../../../../src/app/node/lanyard-core';
import { useTempSite } from '../../support/temp-site';
import { callChannel, memorySettings, testHost } from './test-host';

let temp = '';
useTempSite((folders) => ({ temp } = folders));

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
