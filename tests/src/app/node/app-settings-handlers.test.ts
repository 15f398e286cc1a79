import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteImageSettings } from '../../../../src/images/image-settings';
import type { CommitTemplates } from '../../../../src/publish/commit-message';
import { defaultAppSettings, type AppSettings } from '../../../../src/settings/app-settings';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import { callChannel, memorySettings, openCoreWithHost, testHost } from './test-host';
import { createLanyardCore } from '../../../../src/app/node/lanyard-core';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

const userData = () => path.join(temp, 'user-data');

async function openJekyll(settings = memorySettings()) {
  await writeFileUnder(site, '_config.yml', 'title: Notes\n');
  await writeFileUnder(site, '_posts/2026-11-23-day-1.md', '---\ntitle: Day 1\n---\n');
  return openCoreWithHost(site, userData(), null, settings);
}

describe('app.settings and app.updateSettings', () => {
  it('start from the defaults with no site open, and store a change where a restart reads it', async () => {
    const settings = memorySettings();
    const host = testHost(userData(), settings);
    const core = createLanyardCore(host);
    expect(await callChannel(core, 'app.settings')).toEqual(defaultAppSettings);

    const updated = await callChannel<AppSettings>(core, 'app.updateSettings', { theme: 'dark', fontSize: 20 });
    expect(updated).toEqual({ ...defaultAppSettings, theme: 'dark', fontSize: 20 });
    expect(host.events).toEqual([{ name: 'app.settingsChanged', payload: updated }]);
    await core.dispose();

    const restarted = createLanyardCore(testHost(userData(), settings));
    expect(await callChannel(restarted, 'app.settings')).toEqual(updated);
    await restarted.dispose();
  });

  it('refuse a bad value with its reason and change nothing', async () => {
    const settings = memorySettings({ app: { fontSize: 18 } });
    const host = testHost(userData(), settings);
    const core = createLanyardCore(host);
    await expect(callChannel(core, 'app.updateSettings', { fontSize: 64, theme: 'dark' })).rejects.toThrow(
      'the font size is at most 32',
    );
    expect(settings.data.app).toEqual({ fontSize: 18 });
    expect(host.events).toEqual([]);
    await core.dispose();
  });

  it('read a hand-broken settings file as defaults where it is broken', async () => {
    const settings = memorySettings({ app: { theme: 'purple', fontSize: 12 } as never });
    const core = createLanyardCore(testHost(userData(), settings));
    expect(await callChannel(core, 'app.settings')).toEqual({ ...defaultAppSettings, fontSize: 12 });
    await core.dispose();
  });
});

describe('app-wide defaults under a site’s own settings', () => {
  it('give photo settings to a site without its own, and yield to the site’s', async () => {
    const { core } = await openJekyll();
    await callChannel(core, 'app.updateSettings', { imageDefaults: { maxEdge: 1600, format: 'webp', quality: 70 } });
    expect(await callChannel<SiteImageSettings>(core, 'images.settings')).toMatchObject({
      maxEdge: 1600,
      format: 'webp',
      quality: 70,
    });

    await callChannel(core, 'images.updateSettings', { quality: 55 });
    await callChannel(core, 'app.updateSettings', { imageDefaults: { maxEdge: 2400 } });
    expect(await callChannel<SiteImageSettings>(core, 'images.settings')).toMatchObject({
      maxEdge: 2400,
      format: 'webp',
      quality: 55,
    });

    await callChannel(core, 'app.updateSettings', { imageDefaults: { maxEdge: null, format: null } });
    expect(await callChannel<SiteImageSettings>(core, 'images.settings')).toMatchObject({
      maxEdge: 2000,
      format: 'auto',
      quality: 55,
    });
    await core.dispose();
  });

  it('give commit templates to a site without its own, and yield to the site’s', async () => {
    const { core } = await openJekyll();
    await callChannel(core, 'app.updateSettings', { commitTemplates: { publish: 'Live: {title}' } });
    expect(await callChannel<CommitTemplates>(core, 'publish.templates')).toEqual({
      publish: 'Live: {title}',
      update: 'Update: {title}',
      unpublish: 'Unpublish: {title}',
    });
    await callChannel(core, 'publish.updateTemplates', { publish: 'Site: {title}' });
    expect((await callChannel<CommitTemplates>(core, 'publish.templates')).publish).toBe('Site: {title}');
    await core.dispose();
  });
});
