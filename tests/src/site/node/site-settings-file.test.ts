import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteSettings, writeSiteSettings } from '../../../../src/site/node/site-settings-file';
import { emptySiteSettings } from '../../../../src/site/site-settings';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

const settingsText = () => fs.readFile(path.join(site, '.lanyard', 'site.yml'), 'utf8');

describe('readSiteSettings', () => {
  it('gives no settings and no problem when the file is missing', async () => {
    expect(await readSiteSettings(site)).toEqual({ settings: emptySiteSettings, problem: null });
  });

  it('reads posts, images and url, cleaning the folders', async () => {
    await writeFileUnder(
      site,
      '.lanyard/site.yml',
      'posts: ./notes/\nimages: media\nurl: https://me.example.com/:slug/\n',
    );
    expect(await readSiteSettings(site)).toEqual({
      settings: { postsFolder: 'notes', imagesFolder: 'media', urlPattern: 'https://me.example.com/:slug/' },
      problem: null,
    });
  });

  it('keeps the good settings and names each bad one', async () => {
    await writeFileUnder(
      site,
      '.lanyard/site.yml',
      'posts: ../outside\nimages: [a]\nurl: https://me.example.com/:slug/\n',
    );
    const read = await readSiteSettings(site);
    expect(read.settings).toEqual({
      postsFolder: null,
      imagesFolder: null,
      urlPattern: 'https://me.example.com/:slug/',
    });
    expect(read.problem).toBe(
      '.lanyard/site.yml has settings Lanyard skipped: posts: The folder must stay inside the site: no "..".; images must be text.',
    );
  });

  it('says where a file that does not parse is broken, and uses none of it', async () => {
    await writeFileUnder(site, '.lanyard/site.yml', 'posts: notes\nimages: [unclosed\n');
    const read = await readSiteSettings(site);
    expect(read.settings).toEqual(emptySiteSettings);
    expect(read.problem).toMatch(/^\.lanyard\/site\.yml was not used: .*line \d/);
  });

  it('refuses a settings file that is a link to elsewhere', async () => {
    await writeFileUnder(temp, 'secret.yml', 'posts: notes\n');
    await fs.mkdir(path.join(site, '.lanyard'));
    await fs.symlink(path.join(temp, 'secret.yml'), path.join(site, '.lanyard', 'site.yml'));
    const read = await readSiteSettings(site);
    expect(read.settings).toEqual(emptySiteSettings);
    expect(read.problem).toBe(
      '.lanyard/site.yml was not used: .lanyard/site.yml is reached through a link, and Lanyard does not follow links.',
    );
  });

  it('refuses a file that is not a map of settings', async () => {
    await writeFileUnder(site, '.lanyard/site.yml', '- posts\n');
    expect((await readSiteSettings(site)).problem).toMatch(/not a list of settings/);
  });
});

describe('writeSiteSettings', () => {
  it('creates the file with a header, and reads back what it wrote', async () => {
    const settings = { postsFolder: 'notes', imagesFolder: null, urlPattern: 'https://me.example.com/:year/:slug/' };
    await writeSiteSettings(site, settings);
    expect(await settingsText()).toMatch(
      /^# Lanyard’s settings[^\n]*\n\nposts: notes\nurl: https:\/\/me\.example\.com\/:year\/:slug\/\n$/,
    );
    expect((await readSiteSettings(site)).settings).toEqual(settings);
  });

  it("keeps the writer's comments and other keys, and removes a setting set to null", async () => {
    await writeFileUnder(
      site,
      '.lanyard/site.yml',
      '# mine\nposts: notes # where I write\nimages: media\nextra: kept\n',
    );
    await writeSiteSettings(site, { postsFolder: 'notes', imagesFolder: null, urlPattern: 'https://x.example/:slug/' });
    expect(await settingsText()).toBe(
      '# mine\nposts: notes # where I write\nextra: kept\nurl: https://x.example/:slug/\n',
    );
  });

  it('leaves the file untouched when nothing changes', async () => {
    await writeFileUnder(site, '.lanyard/site.yml', 'posts:   notes\n');
    const file = path.join(site, '.lanyard', 'site.yml');
    const before = await fs.stat(file);
    await writeSiteSettings(site, { postsFolder: 'notes', imagesFolder: null, urlPattern: null });
    expect(await settingsText()).toBe('posts:   notes\n');
    expect((await fs.stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it('refuses to replace a file that does not parse, and keeps it as it was', async () => {
    await writeFileUnder(site, '.lanyard/site.yml', 'posts: [notes\n');
    await expect(writeSiteSettings(site, { ...emptySiteSettings, postsFolder: 'x' })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/could not be read .*Fix it or remove it first/) as unknown,
    });
    expect(await settingsText()).toBe('posts: [notes\n');
  });

  it('refuses a bad value before writing anything', async () => {
    await expect(writeSiteSettings(site, { ...emptySiteSettings, urlPattern: '/:slug/' })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    await expect(fs.stat(path.join(site, '.lanyard'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never writes through a linked .lanyard folder', async () => {
    await fs.mkdir(path.join(temp, 'elsewhere'));
    await fs.symlink(path.join(temp, 'elsewhere'), path.join(site, '.lanyard'));
    await expect(writeSiteSettings(site, { ...emptySiteSettings, postsFolder: 'x' })).rejects.toMatchObject({
      code: 'refused',
    });
    expect(await fs.readdir(path.join(temp, 'elsewhere'))).toEqual([]);
  });
});
