import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteUrlConfig } from '../../../../src/publish/node/site-url-config';
import { detectSite } from '../../../../src/site/node/detect-site';
import { readHugoBuildSettings } from '../../../../src/site/node/hugo-config';
import { findHugoConfig, loadHugoConfig } from '../../../../src/site/node/hugo-config-files';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let site = '';
useTempSite((folders) => ({ site } = folders));

const write = (relative: string, content = '') => writeFileUnder(site, relative, content);

describe('Hugo config directory (config/_default)', () => {
  it('opens the site from config/_default/hugo.toml, with each key file merged in as its key', async () => {
    await write(
      'config/_default/hugo.toml',
      'title = "Trips"\nbaseURL = "https://me.example.com/blog/"\ncontentDir = "posts-src"\n',
    );
    await write('config/_default/markup.toml', '[goldmark.renderer]\nunsafe = true\n');
    await write('config/_default/params.yaml', 'author: Ada\n');
    await write('posts-src/posts/day-1.md', '---\ntitle: Day 1\n---\n');
    const profile = await detectSite(site);
    expect(profile).toMatchObject({ kind: 'hugo', name: 'Trips', newPostFolder: 'posts-src/posts', notice: null });
    expect(await loadHugoConfig(site, (await findHugoConfig(site))!)).toMatchObject({
      title: 'Trips',
      markup: { goldmark: { renderer: { unsafe: true } } },
      params: { author: 'Ada' },
    });
    expect(await readHugoBuildSettings(site)).toMatchObject({ configName: 'config/_default/hugo.toml', rawHtml: true });
    expect(await readSiteUrlConfig(profile)).toMatchObject({ baseUrl: 'https://me.example.com', basePath: '/blog' });
  });

  it('lets the main file win over a key file of the same name', async () => {
    await write('config/_default/config.yaml', 'params:\n  author: Main\n');
    await write('config/_default/params.yaml', 'author: Key file\n');
    expect(await loadHugoConfig(site, path.join(site, 'config/_default/config.yaml'))).toEqual({
      params: { author: 'Main' },
    });
  });

  it('takes a config folder of key files only as Hugo beside content/, and not otherwise', async () => {
    await write('config/_default/params.toml', 'author = "Ada"\n');
    expect((await detectSite(site)).kind).toBe('plain');
    await write('content/posts/day-1.md', '# Day 1');
    expect((await detectSite(site)).kind).toBe('hugo');
  });

  it('opens the folder as plain when a key file does not parse, naming that file', async () => {
    await write('config/_default/hugo.toml', 'title = "Trips"\n');
    await write('config/_default/menus.toml', '[[main]\nname = "x"\n');
    await write('content/posts/day-1.md', '# Day 1');
    const profile = await detectSite(site);
    expect(profile.kind).toBe('plain');
    expect(profile.notice).toMatch(/^config\/_default\/menus\.toml could not be read: /);
  });

  it('prefers hugo.* at the root over the config folder', async () => {
    await write('hugo.toml', 'title = "Root"\n');
    await write('config/_default/hugo.toml', 'title = "Folder"\n');
    expect((await detectSite(site)).name).toBe('Root');
  });
});
