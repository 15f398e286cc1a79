import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectSite } from '../../../../src/site/node/detect-site';

let site: string;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
});

afterEach(async () => {
  await fs.rm(site, { recursive: true, force: true });
});

async function write(relative: string, content = ''): Promise<void> {
  const file = path.join(site, relative);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
}

describe('detectSite: Jekyll', () => {
  it('recognises _config.yml and takes the name from its title', async () => {
    await write('_config.yml', 'title: "Re:Invent Diary"\nbaseurl: ""\n');
    await write('_posts/2024-12-02-day-1.md', '# hi');
    const profile = await detectSite(site);
    expect(profile).toMatchObject({
      root: site,
      name: 'Re:Invent Diary',
      kind: 'jekyll',
      postFolders: ['_posts'],
      newPostFolder: '_posts',
    });
  });

  it('recognises _config.yaml, and lists _drafts when present', async () => {
    await write('_config.yaml', 'title: Yaml Named\n');
    await fs.mkdir(path.join(site, '_drafts'));
    const profile = await detectSite(site);
    expect(profile.name).toBe('Yaml Named');
    expect(profile.postFolders).toEqual(['_posts', '_drafts']);
  });

  it('recognises a _posts folder without any config and names the site after its folder', async () => {
    await fs.mkdir(path.join(site, '_posts'));
    const profile = await detectSite(site);
    expect(profile.kind).toBe('jekyll');
    expect(profile.name).toBe(path.basename(site));
  });

  it('opens a site whose config does not parse, falling back to the folder name', async () => {
    await write('_config.yml', 'title: [unclosed\n  : : :\n');
    const profile = await detectSite(site);
    expect(profile.kind).toBe('jekyll');
    expect(profile.name).toBe(path.basename(site));
  });

  it('ignores a title that is empty or not text', async () => {
    await write('_config.yml', 'title:\n  nested: true\n');
    expect((await detectSite(site)).name).toBe(path.basename(site));
  });

  it("takes the site's time zone from the config", async () => {
    await write('_config.yml', 'title: Lisbon Days\ntimezone: Europe/Lisbon\n');
    expect(await detectSite(site)).toMatchObject({ name: 'Lisbon Days', timezone: 'Europe/Lisbon' });
  });

  it('reads the time zone from _config.yaml too', async () => {
    await write('_config.yaml', 'timezone: Pacific/Kiritimati\n');
    expect((await detectSite(site)).timezone).toBe('Pacific/Kiritimati');
  });

  it('opens a site whose time zone is unset, unknown or not text, without one', async () => {
    await write('_config.yml', 'title: Mars Base\n');
    expect((await detectSite(site)).timezone).toBeNull();
    await write('_config.yml', 'title: Mars Base\ntimezone: Mars/Olympus\n');
    expect(await detectSite(site)).toMatchObject({ name: 'Mars Base', timezone: null });
    await write('_config.yml', 'timezone: [Europe/Lisbon]\n');
    expect((await detectSite(site)).timezone).toBeNull();
    await fs.rm(path.join(site, '_config.yml'));
    await fs.mkdir(path.join(site, '_posts'));
    expect((await detectSite(site)).timezone).toBeNull();
  });
});

describe('detectSite: plain folders', () => {
  it('finds Markdown folders down to two levels, skipping hidden and generated folders', async () => {
    await write('README.md');
    await write('notes/a.markdown');
    await write('notes/2024/b.MD');
    await write('notes/2024/deep/c.md');
    await write('.obsidian/x.md');
    await write('node_modules/pkg/readme.md');
    await write('_site/index.md');
    await write('public/x.md');
    await write('dist/x.md');
    await write('images/photo.jpg');
    const profile = await detectSite(site);
    expect(profile.kind).toBe('plain');
    expect(profile.postFolders).toEqual(['.', 'notes', 'notes/2024']);
    expect(profile.newPostFolder).toBe('.');
    expect(profile.assetFolders).toEqual(['.']);
    expect(profile.timezone).toBeNull();
  });

  it('creates new posts in posts/ when that folder exists', async () => {
    await write('posts/first.md');
    const profile = await detectSite(site);
    expect(profile.newPostFolder).toBe('posts');
    expect(profile.postFolders).toEqual(['posts']);
  });

  it('does not follow a symlinked folder out of the site', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-outside-'));
    try {
      await fs.writeFile(path.join(outside, 'secret.md'), 'x');
      await fs.symlink(outside, path.join(site, 'linked'), 'dir');
      expect((await detectSite(site)).postFolders).toEqual(['.']);
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  });
});

describe('detectSite: refusals', () => {
  it('refuses a folder that does not exist', async () => {
    await expect(detectSite(path.join(site, 'missing'))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a file', async () => {
    await write('file.md');
    await expect(detectSite(path.join(site, 'file.md'))).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('not a folder') as string,
    });
  });
});
