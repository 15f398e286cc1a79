import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHugoBuildSettings, readHugoConfig } from '../../../../src/site/node/hugo-config';
import { useTempSite } from '../../support/temp-site';

let temp: string;
let site: string;
useTempSite((folders) => ({ temp, site } = folders));

async function configWith(name: string, text: string): Promise<string> {
  const file = path.join(site, name);
  await fs.writeFile(file, text);
  return file;
}

describe('readHugoConfig', () => {
  it('reads title, contentDir and timeZone from TOML, YAML and JSON alike', async () => {
    await fs.mkdir(path.join(site, 'pages'));
    const expected = { title: 'Trip', contentDir: 'pages', contentDirSet: true, timezone: 'Asia/Tokyo' };
    const toml = await configWith('hugo.toml', 'title = "Trip"\ncontentDir = "pages"\ntimeZone = "Asia/Tokyo"\n');
    expect(await readHugoConfig(site, toml)).toEqual(expected);
    const yaml = await configWith('config.yml', 'title: Trip\ncontentDir: pages\ntimeZone: Asia/Tokyo\n');
    expect(await readHugoConfig(site, yaml)).toEqual(expected);
    const json = await configWith(
      'hugo.json',
      JSON.stringify({ title: 'Trip', contentDir: 'pages', timeZone: 'Asia/Tokyo' }),
    );
    expect(await readHugoConfig(site, json)).toEqual(expected);
  });

  it('hands the title over untouched, for the detector to judge', async () => {
    const file = await configWith('hugo.toml', 'title = 2026\n');
    expect((await readHugoConfig(site, file)).title).toBe(2026);
  });

  it('cleans the content folder into a site-relative path', async () => {
    const file = await configWith('hugo.yaml', 'contentDir: ./docs//content/\n');
    expect((await readHugoConfig(site, file)).contentDir).toBe('docs/content');
    await fs.writeFile(file, 'contentDir: .\n');
    expect((await readHugoConfig(site, file)).contentDir).toBe('.');
  });

  it('refuses a content folder that leads out of the site, through a link or otherwise, naming it', async () => {
    await fs.mkdir(path.join(temp, 'elsewhere'));
    await fs.symlink(path.join(temp, 'elsewhere'), path.join(site, 'linked'), 'dir');
    for (const contentDir of ['linked', '../elsewhere', path.join(temp, 'elsewhere'), 'a\\..\\..']) {
      const file = await configWith('hugo.json', JSON.stringify({ contentDir }));
      await expect(readHugoConfig(site, file), contentDir).rejects.toMatchObject({
        name: 'SiteProblem',
        message: expect.stringContaining(
          `The contentDir ${JSON.stringify(contentDir)} in hugo.json leads outside`,
        ) as string,
      });
    }
  });

  it('gives the defaults for a missing or non-table config, or a contentDir that is not text', async () => {
    const defaults = { title: null, contentDir: 'content', contentDirSet: false, timezone: null };
    expect(await readHugoConfig(site, path.join(site, 'hugo.toml'))).toEqual(defaults);
    expect(await readHugoConfig(site, await configWith('hugo.json', '[1, 2]'))).toEqual(defaults);
    expect(await readHugoConfig(site, await configWith('hugo.yaml', 'just text\n'))).toEqual(defaults);
    expect(await readHugoConfig(site, await configWith('hugo.json', '{"contentDir": 42}'))).toMatchObject({
      contentDir: 'content',
      contentDirSet: false,
    });
  });

  it('throws a SiteProblem naming the file and the parser’s complaint, line included, for a broken config', async () => {
    const cases = [
      ['hugo.toml', 'title = "Trip"\n= nope\n', /^hugo\.toml could not be read: .+\(line 2\)\. Lanyard opened/],
      ['hugo.yaml', 'title: [unclosed\n  : : :\n', /^hugo\.yaml could not be read: .+ at line 2, column 5\. Lanyard/],
      ['hugo.json', '{ "title": ', /^hugo\.json could not be read: .*JSON.*\. Lanyard opened/],
    ] as const;
    for (const [name, text, message] of cases) {
      await expect(readHugoConfig(site, await configWith(name, text)), name).rejects.toMatchObject({
        name: 'SiteProblem',
        message: expect.stringMatching(message) as string,
      });
    }
  });
});

describe('readHugoBuildSettings', () => {
  it('gives Hugo’s defaults when the config says nothing: raw HTML dropped, future posts skipped', async () => {
    await configWith('hugo.toml', 'title = "Trip"\n[markup.goldmark]\nduplicateResourceFiles = false\n');
    expect(await readHugoBuildSettings(site)).toEqual({ configName: 'hugo.toml', rawHtml: false, buildFuture: false });
  });

  it('reads unsafe raw HTML and buildFuture in TOML, YAML and JSON, keys in any case', async () => {
    const configs = [
      ['hugo.toml', 'BuildFuture = true\n[Markup.Goldmark.Renderer]\nUnsafe = true\n'],
      ['hugo.yaml', 'buildfuture: true\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: true\n'],
      ['hugo.json', JSON.stringify({ buildFuture: 'true', markup: { goldmark: { renderer: { unsafe: 'True' } } } })],
    ] as const;
    for (const [name, text] of configs) {
      const file = await configWith(name, text);
      expect(await readHugoBuildSettings(site), name).toEqual({ configName: name, rawHtml: true, buildFuture: true });
      await fs.rm(file);
    }
  });

  it('takes hugo.* before config.*, and config.* when it is the only one', async () => {
    await configWith('config.toml', 'buildFuture = true\n');
    expect(await readHugoBuildSettings(site)).toMatchObject({ configName: 'config.toml', buildFuture: true });
    await configWith('hugo.yaml', 'title: Trip\n');
    expect(await readHugoBuildSettings(site)).toMatchObject({ configName: 'hugo.yaml', buildFuture: false });
  });

  it('keeps the defaults for false, a setting in the wrong place, a broken config or none', async () => {
    const off = { rawHtml: false, buildFuture: false };
    expect(await readHugoBuildSettings(site)).toEqual({ configName: null, ...off });
    const file = await configWith('hugo.toml', 'buildFuture = false\n[markup.goldmark]\nunsafe = true\n');
    expect(await readHugoBuildSettings(site)).toMatchObject(off);
    await fs.writeFile(file, 'markup = "goldmark"\n');
    expect(await readHugoBuildSettings(site)).toMatchObject(off);
    await fs.writeFile(file, 'buildFuture = true\n= broken\n');
    expect(await readHugoBuildSettings(site)).toEqual({ configName: 'hugo.toml', ...off });
  });
});
