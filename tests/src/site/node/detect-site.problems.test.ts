import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let temp: string;
let site: string;
useTempSite((folders) => ({ temp, site } = folders));

const write = (relative: string, content = '') => writeFileUnder(site, relative, content);

/** Detects the site and expects it opened as plain Markdown, its notice matching `notice`. */
async function expectPlain(notice: RegExp, postFolders?: string[]): Promise<void> {
  const profile = await detectSite(site);
  expect(profile).toMatchObject({ kind: 'plain', name: path.basename(site) });
  expect(profile.notice).toMatch(notice);
  expect(profile.notice).toContain('Lanyard opened the folder as plain Markdown');
  if (postFolders) expect(profile.postFolders).toEqual(postFolders);
}

describe('detectSite: configs that do not parse', () => {
  it('opens a site with a broken _config.yml as plain, naming the file and the line, and keeps the file', async () => {
    const broken = 'title: Trip\nnav: [unclosed\n  : : :\n';
    await write('_config.yml', broken);
    await write('_posts/2026-03-14-day-1.md', '# Day 1');
    await expectPlain(/^_config\.yml could not be read: .+ at line 3, column 5\./, ['.', '_posts']);
    expect(await fs.readFile(path.join(site, '_config.yml'), 'utf8')).toBe(broken);
  });

  it('opens a site with a broken hugo.toml as plain, naming the file and the line', async () => {
    await write('hugo.toml', 'title = "Trip"\nbaseURL = \n');
    await write('content/posts/day-1.md');
    await expectPlain(/^hugo\.toml could not be read: .+\(line 2\)\./, ['.', 'content/posts']);
  });
});

describe('detectSite: missing or linked content folders', () => {
  it('opens a Hugo site whose configured contentDir does not exist as plain', async () => {
    await write('hugo.toml', 'contentDir = "pages"\n');
    await write('posts/a.md');
    await expectPlain(/^The content folder pages\/ named in hugo\.toml does not exist\./, ['posts']);
  });

  it('opens a Hugo site whose contentDir leads out of the site as plain', async () => {
    await write('hugo.yaml', 'contentDir: ../elsewhere\n');
    await expectPlain(/^The contentDir "\.\.\/elsewhere" in hugo\.yaml leads outside the site folder\./);
  });

  it('opens a Hugo site whose content folder is a link as plain, even one inside the site', async () => {
    await write('hugo.toml', 'title = "Trip"\n');
    await write('real-content/posts/a.md');
    await fs.symlink(path.join(site, 'real-content'), path.join(site, 'content'), 'dir');
    await expectPlain(/^The content folder content\/ is a link to another folder, and Lanyard does not follow links\./);
  });

  it('opens a Jekyll site whose collections_dir is missing or leaves the site as plain', async () => {
    await write('_config.yml', 'collections_dir: stories\n');
    await write('_posts/2026-03-14-day-1.md');
    await expectPlain(/^The collections_dir stories\/ named in _config\.yml does not exist\./);
    await write('_config.yml', 'collections_dir: ../../elsewhere\n');
    await expectPlain(/^The collections_dir "\.\.\/\.\.\/elsewhere" in _config\.yml leads outside the site folder\./);
  });

  it('opens a Jekyll site whose _posts is a link as plain', async () => {
    await fs.mkdir(path.join(temp, 'elsewhere'));
    await write('_config.yml', 'title: Trip\n');
    await fs.symlink(path.join(temp, 'elsewhere'), path.join(site, '_posts'), 'dir');
    await expectPlain(/^The posts folder _posts\/ is a link to another folder/);
  });

  it('opens an Astro site without src/content, or with src/content behind a link, as plain', async () => {
    await write('astro.config.mjs', 'export default {}');
    await expectPlain(/^There is astro\.config\.mjs, but the content folder src\/content\/ does not exist\./);
    await fs.mkdir(path.join(temp, 'outside', 'content', 'blog'), { recursive: true });
    await fs.symlink(path.join(temp, 'outside'), path.join(site, 'src'), 'dir');
    await expectPlain(/src\/content\/ is inside src\/, a link to another folder/);
  });

  it('opens an Eleventy site whose input folder is missing or leaves the site as plain', async () => {
    await write('eleventy.config.js', 'module.exports = { dir: { input: "site" } };');
    await expectPlain(/^The input folder site\/ named in eleventy\.config\.js does not exist\./);
    await write('eleventy.config.js', "module.exports = { dir: { input: '../other' } };");
    await expectPlain(/^The input folder "\.\.\/other" in eleventy\.config\.js leads outside the site folder\./);
  });
});

describe('detectSite: two generators', () => {
  it('opens a folder with Jekyll and Hugo configs as plain, naming both', async () => {
    await write('_config.yml', 'title: Both\n');
    await write('hugo.toml', 'title = "Both"\n');
    await write('posts/a.md');
    await expectPlain(
      /^This folder has configs for Jekyll \(_config\.yml\) and Hugo \(hugo\.toml\), so Lanyard cannot tell which generator builds it\./,
      ['posts'],
    );
  });

  it('names all three when Astro and Eleventy join in', async () => {
    await write('hugo.yaml', 'title: Many\n');
    await write('astro.config.ts', 'export default {}');
    await write('.eleventy.js', 'module.exports = {};');
    await expectPlain(/configs for Hugo \(hugo\.yaml\), Astro \(astro\.config\.ts\) and Eleventy \(\.eleventy\.js\),/);
  });

  it('does not count a _posts folder, or config.toml without content/, as a second config', async () => {
    await write('astro.config.mjs', 'export default {}');
    await write('src/content/blog/a.md');
    await fs.mkdir(path.join(site, '_posts'));
    await write('config.toml', 'x = 1\n');
    expect(await detectSite(site)).toMatchObject({ kind: 'astro', notice: null });
  });
});
