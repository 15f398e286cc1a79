import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostIndex } from '../../../../src/posts/node/post-index';
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
      postFolders: ['_posts', '_drafts'],
      newPostFolder: '_posts',
    });
  });

  it('recognises _config.yaml, and lists _drafts whether or not it exists yet', async () => {
    await write('_config.yaml', 'title: Yaml Named\n');
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

describe('detectSite: Hugo', () => {
  it('recognises each hugo.* config, without needing a content folder, and reads its title', async () => {
    const configs = [
      ['hugo.toml', 'baseURL = "https://example.org/"\ntitle = "Toml Trip"\n', 'Toml Trip'],
      ['hugo.yaml', 'title: Yaml Trip\n', 'Yaml Trip'],
      ['hugo.yml', 'title: Yml Trip\n', 'Yml Trip'],
      ['hugo.json', '{ "title": "Json Trip" }', 'Json Trip'],
    ] as const;
    for (const [name, text, title] of configs) {
      await write(name, text);
      expect(await detectSite(site), name).toMatchObject({
        kind: 'hugo',
        name: title,
        postFolders: ['content'],
        newPostFolder: 'content/posts',
        draftFolders: [],
        assetFolders: ['static', 'assets'],
        timezone: null,
      });
      await fs.rm(path.join(site, name));
    }
  });

  it('recognises each config.* beside a content folder', async () => {
    await fs.mkdir(path.join(site, 'content'));
    for (const name of ['config.toml', 'config.yaml', 'config.yml', 'config.json']) {
      await write(
        name,
        name.endsWith('.json')
          ? '{"title": "Old Style"}'
          : name.endsWith('.toml')
            ? 'title = "Old Style"'
            : 'title: Old Style',
      );
      expect(await detectSite(site), name).toMatchObject({ kind: 'hugo', name: 'Old Style' });
      await fs.rm(path.join(site, name));
    }
  });

  it('leaves a folder with config.toml but no content folder plain', async () => {
    await write('config.toml', 'title = "Not Hugo"\n');
    await write('notes/a.md');
    expect(await detectSite(site)).toMatchObject({
      kind: 'plain',
      name: path.basename(site),
      postFolders: ['.', 'notes'],
    });
  });

  it('takes posts from content/posts, and lists them with their drafts, not the section page', async () => {
    await write('hugo.toml', 'title = "Trip"\n');
    await write('content/_index.md', '# home');
    await write('content/about/index.md', '# about');
    await write('content/posts/day-1.md', '---\ntitle: Day 1\ndate: 2026-03-14T09:00:00+09:00\n---\n');
    await write('content/posts/day-2/index.md', '---\ntitle: Day 2\ndraft: true\n---\n');
    await write('content/posts/_index.md', '---\ntitle: All posts\n---\n');
    const profile = await detectSite(site);
    expect(profile.postFolders).toEqual(['content/posts']);
    const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
    try {
      const index = new PostIndex(profile, path.join(cache, 'index.json'));
      await index.load();
      const rows = index.list().map((post) => [post.id, post.title, post.draft]);
      expect(rows.sort()).toEqual([
        ['content/posts/day-1.md', 'Day 1', false],
        ['content/posts/day-2/index.md', 'Day 2', true],
      ]);
    } finally {
      await fs.rm(cache, { recursive: true, force: true });
    }
  });

  it('without content/posts, lists each section holding Markdown, bundles included, and never hidden ones', async () => {
    await write('hugo.yaml', 'title: Notes\n');
    await write('content/talks/2026/keynote/index.md');
    await write('content/blog/first.md');
    await write('content/empty/photo.jpg');
    await write('content/.obsidian/x.md');
    expect((await detectSite(site)).postFolders).toEqual(['content/blog', 'content/posts', 'content/talks']);
  });

  it('follows contentDir, with keys in any case, and takes an empty one as unset', async () => {
    await write('hugo.toml', 'contentdir = "src/content/"\n');
    await write('src/content/posts/a.md');
    expect(await detectSite(site)).toMatchObject({
      kind: 'hugo',
      postFolders: ['src/content/posts'],
      newPostFolder: 'src/content/posts',
      notice: null,
    });
    await write('hugo.toml', 'contentDir = ""\n');
    expect(await detectSite(site)).toMatchObject({ kind: 'hugo', newPostFolder: 'content/posts' });
  });

  it("takes the site's zone from timeZone when Intl knows it", async () => {
    await write('hugo.toml', 'title = "Tokyo"\ntimeZone = "Asia/Tokyo"\n');
    expect(await detectSite(site)).toMatchObject({ name: 'Tokyo', timezone: 'Asia/Tokyo' });
    await write('hugo.toml', 'TimeZone = "Europe/Lisbon"\n');
    expect((await detectSite(site)).timezone).toBe('Europe/Lisbon');
    await write('hugo.toml', 'timeZone = "Mars/Olympus"\n');
    expect((await detectSite(site)).timezone).toBeNull();
  });

  it('opens a site whose config is not a table as Hugo with the defaults', async () => {
    await write('hugo.yml', '- a list\n- not a table\n');
    expect(await detectSite(site)).toMatchObject({
      kind: 'hugo',
      name: path.basename(site),
      newPostFolder: 'content/posts',
      timezone: null,
      notice: null,
    });
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
