import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSiteStylesheet, maxStylesheetBytes } from '../../../../src/app/node/site-stylesheet';
import type { PreviewStyle } from '../../../../src/settings/preview-style';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import { callChannel, memorySettings, openCoreWithHost } from './test-host';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

describe('findSiteStylesheet', () => {
  it('finds a Hugo site’s static/css, preferring the usual main names', async () => {
    await writeFileUnder(site, 'static/css/admin.css', 'a{}');
    await writeFileUnder(site, 'static/css/main.css', 'a{}');
    await writeFileUnder(site, 'assets/css/processed.css', 'a{}');
    expect(await findSiteStylesheet(site, 'hugo')).toBe('static/css/main.css');
  });

  it('finds plain CSS in a Jekyll site’s assets/css and passes over SCSS', async () => {
    await writeFileUnder(site, 'assets/css/style.scss', '---\n---\n@import "minima";');
    expect(await findSiteStylesheet(site, 'jekyll')).toBeNull();
    await writeFileUnder(site, 'assets/css/theme.css', 'a{}');
    expect(await findSiteStylesheet(site, 'jekyll')).toBe('assets/css/theme.css');
  });

  it('looks through an Astro or Eleventy public folder, but not into hidden folders or too deep', async () => {
    await writeFileUnder(site, 'public/.cache/main.css', 'a{}');
    await writeFileUnder(site, 'public/a/b/c/d/deep.css', 'a{}');
    expect(await findSiteStylesheet(site, 'astro')).toBeNull();
    await writeFileUnder(site, 'public/styles/global.css', 'a{}');
    expect(await findSiteStylesheet(site, 'eleventy')).toBe('public/styles/global.css');
  });

  it('finds nothing in a plain folder of notes', async () => {
    await writeFileUnder(site, 'css/main.css', 'a{}');
    expect(await findSiteStylesheet(site, 'plain')).toBeNull();
  });
});

describe('site.previewStyle and site.updatePreviewStyle', () => {
  async function openJekyll(files: Record<string, string>) {
    await writeFileUnder(site, '_config.yml', 'title: Notes\n');
    await writeFileUnder(site, '_posts/2026-11-23-day-1.md', '---\ntitle: Day 1\n---\n');
    for (const [file, text] of Object.entries(files)) await writeFileUnder(site, file, text);
    return openCoreWithHost(site, path.join(temp, 'user-data'), null, memorySettings());
  }

  it('name the stylesheet, are off until chosen, and give its text once chosen, for this site only', async () => {
    const { core, host } = await openJekyll({ 'assets/css/main.css': 'h2 { color: teal; }' });
    expect(await callChannel(core, 'site.previewStyle')).toEqual({
      stylesheet: 'assets/css/main.css',
      useSiteStylesheet: false,
      css: null,
      problem: null,
    });
    expect(await callChannel(core, 'site.updatePreviewStyle', { useSiteStylesheet: true })).toEqual({
      stylesheet: 'assets/css/main.css',
      useSiteStylesheet: true,
      css: 'h2 { color: teal; }',
      problem: null,
    });
    expect(host.settings.data.previewSiteStyle).toEqual({ [site]: true });
    await core.dispose();
  });

  it('say why a stylesheet too large for a blog’s theme is not used', async () => {
    const { core } = await openJekyll({ 'assets/css/main.css': `/*${'x'.repeat(maxStylesheetBytes)}*/` });
    const style = await callChannel<PreviewStyle>(core, 'site.updatePreviewStyle', { useSiteStylesheet: true });
    expect(style.css).toBeNull();
    expect(style.problem).toBe('assets/css/main.css is 512 KB; the preview uses a site stylesheet of 512 KB at most.');
    await core.dispose();
  });

  it('refuse anything but a yes or no', async () => {
    const { core } = await openJekyll({});
    await expect(callChannel(core, 'site.updatePreviewStyle', { useSiteStylesheet: 'yes' })).rejects.toThrow();
    await expect(callChannel(core, 'site.updatePreviewStyle', { path: '/etc/passwd' })).rejects.toThrow();
    await core.dispose();
  });
});
