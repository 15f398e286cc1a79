import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLanyardCore, type LanyardCore } from '../../../../src/app/node/lanyard-core';
import type { SiteImageSettings } from '../../../../src/images/image-settings';
import { writeFileUnder } from '../../support/temp-site';
import { testHost } from './test-host';

let temp: string;
let core: LanyardCore | null = null;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
});

afterEach(async () => {
  await core?.dispose();
  core = null;
  await fs.rm(temp, { recursive: true, force: true });
});

async function open(files: Record<string, string>): Promise<{ site: string; core: LanyardCore }> {
  const site = path.join(temp, 'site');
  for (const [relative, content] of Object.entries(files)) await writeFileUnder(site, relative, content);
  core = createLanyardCore(testHost(path.join(temp, 'user-data')));
  await core.openSite(site);
  return { site, core };
}

async function call<T>(channel: string, arg?: unknown): Promise<T> {
  const answer = await core!.dispatcher.invoke(channel, arg);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

const hugoPost = { 'content/posts/day-1.md': '---\ntitle: Day 1\n---\n' };

describe('images.settings and images.updateSettings', () => {
  it('say why a Hugo site that drops raw HTML links photos with Markdown, and stop once its config keeps HTML', async () => {
    const { site } = await open({ 'hugo.toml': 'title = "Notes"\n', ...hugoPost });
    const settings = await call<SiteImageSettings>('images.settings');
    expect(settings.htmlDropped).toBe(
      'Hugo leaves raw HTML such as <img> and <figure> out of the built page unless hugo.toml sets markup.goldmark.renderer.unsafe to true.',
    );
    const updated = await call<SiteImageSettings>('images.updateSettings', { linkStyle: 'figure' });
    expect(updated).toMatchObject({ linkStyle: 'figure', htmlDropped: settings.htmlDropped });

    await fs.writeFile(path.join(site, 'hugo.toml'), 'title = "Notes"\n[markup.goldmark.renderer]\nunsafe = true\n');
    expect(await call<SiteImageSettings>('images.settings')).toMatchObject({ linkStyle: 'figure', htmlDropped: null });
  });

  it('keep raw HTML on the other kinds of site', async () => {
    await open({ '_config.yml': 'title: Notes\n', '_posts/2026-11-23-day-1.md': '---\ntitle: Day 1\n---\n' });
    expect((await call<SiteImageSettings>('images.settings')).htmlDropped).toBeNull();
  });

  it('name the site’s usual photo folder, which a folder setting does not change', async () => {
    await open({ 'hugo.toml': 'title = "Notes"\n', ...hugoPost });
    expect((await call<SiteImageSettings>('images.settings')).usualFolder).toBe('static/images');
    const moved = await call<SiteImageSettings>('images.updateSettings', { folder: 'static/photos' });
    expect(moved).toMatchObject({ folder: 'static/photos', usualFolder: 'static/images' });
  });
});
