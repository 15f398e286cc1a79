import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../../../../src/frontmatter/split-front-matter';
import type { GitError } from '../../../../src/git/node/git-error';
import { runGit } from '../../../../src/git/node/run-git';
import { ensureSampleSite } from '../../../../src/site/node/sample-site';
import { isolateGit } from '../../git/node/git-env';

const sampleSource = path.resolve(import.meta.dirname, '../../../../resources/sample-blog');
let userData: string;
let restore: () => void;

beforeEach(async () => {
  userData = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-userdata-')), 'Lanyard');
  // No global git identity: the first launch must work on a fresh machine.
  ({ restore } = await isolateGit(path.dirname(userData)));
});

afterEach(async () => {
  restore();
  await fs.rm(path.dirname(userData), { recursive: true, force: true });
});

async function filesUnder(root: string, relative = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.name !== '.git')
      .map((entry) => {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        return entry.isDirectory() ? filesUnder(root, child) : Promise.resolve([child]);
      }),
  );
  return nested.flat().sort();
}

const git = async (dir: string, ...args: string[]) => (await runGit(args, dir)).stdout.trim();

describe('ensureSampleSite', () => {
  it('copies the sample blog into the user-data folder and commits it on main', async () => {
    const site = await ensureSampleSite(sampleSource, userData);
    expect(site).toBe(path.join(userData, 'sample-blog'));
    const files = await filesUnder(site);
    expect(files).toEqual(await filesUnder(sampleSource));
    expect(files).toEqual(expect.arrayContaining(['_config.yml', 'assets/images/keynote-stage.png']));
    expect(await git(site, 'log', '--format=%s')).toBe('Sample blog');
    expect(await git(site, 'symbolic-ref', 'HEAD')).toBe('refs/heads/main');
    expect(await git(site, 'status', '--porcelain')).toBe('');
    // Nothing is left over from preparing the copy beside it.
    expect(await fs.readdir(userData)).toEqual(['sample-blog']);
  });

  it('never overwrites a copy that is already there', async () => {
    const site = await ensureSampleSite(sampleSource, userData);
    const post = path.join(site, '_posts', '2026-06-16-devsummit-lisbon-day-1.md');
    await fs.writeFile(post, 'my own words');
    expect(await ensureSampleSite(sampleSource, userData)).toBe(site);
    expect(await fs.readFile(post, 'utf8')).toBe('my own words');
    expect(await git(site, 'rev-list', '--count', 'HEAD')).toBe('1');
  });

  it('still copies the blog when git is missing, and says why it is not a repository', async () => {
    process.env.PATH = path.join(userData, 'no-bin');
    const failures: GitError[] = [];
    const site = await ensureSampleSite(sampleSource, userData, (error) => failures.push(error));
    expect(failures.map((error) => error.kind)).toEqual(['not-installed']);
    expect(await filesUnder(site)).toEqual(await filesUnder(sampleSource));
    await expect(fs.stat(path.join(site, '.git'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('fails clearly when the sample is missing from the resources', async () => {
    await expect(ensureSampleSite(path.join(userData, 'nowhere'), userData)).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('sample blog is missing') as unknown,
    });
  });
});

describe('the sample blog', () => {
  it('is a Jekyll site with the settings Lanyard documents', async () => {
    const config = parseYaml(await fs.readFile(path.join(sampleSource, '_config.yml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({
      title: 'Lanyard Sample Blog',
      timezone: 'Europe/Lisbon',
      permalink: '/:year/:month/:day/:title/',
      markdown: 'kramdown',
    });
    for (const layout of ['default.html', 'post.html']) {
      expect(await fs.readFile(path.join(sampleSource, '_layouts', layout), 'utf8')).toContain('{{ content }}');
    }
  });

  it('has event-day posts with full front matter and every kind of Markdown the preview shows', async () => {
    const folder = path.join(sampleSource, '_posts');
    const names = (await fs.readdir(folder)).sort();
    expect(names.length).toBeGreaterThanOrEqual(3);
    const images: string[] = [];
    for (const name of names) {
      const text = await fs.readFile(path.join(folder, name), 'utf8');
      const split = splitFrontMatter(text);
      const data = parseYaml(split.raw) as Record<string, unknown>;
      expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
      expect(data.layout).toBe('post');
      expect(typeof data.comments).toBe('boolean');
      expect(typeof data.featured).toBe('boolean');
      expect(typeof data.title).toBe('string');
      expect(data.date).toMatch(new RegExp(`^${name.slice(0, 10)} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}$`));
      expect(Array.isArray(data.tags)).toBe(true);
      const body = text.slice(split.bodyStart);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^(- |\d+\. )/m);
      expect(body).toMatch(/^\|.*\|\s*$/m);
      expect(body).toMatch(/^```[a-z]+$/m);
      images.push(...[...body.matchAll(/!\[[^\]]*\]\((\/[^)]+)\)/g)].map((match) => match[1] ?? ''));
    }
    expect(images).toContain('/assets/images/keynote-stage.png');
    for (const image of images) await expect(fs.stat(path.join(sampleSource, image))).resolves.toBeTruthy();
  });

  it('ships a valid 960×540 PNG under 60 KB', async () => {
    const png = await fs.readFile(path.join(sampleSource, 'assets', 'images', 'keynote-stage.png'));
    expect(png.length).toBeLessThan(60 * 1024);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([960, 540]);
    // Every chunk's CRC must match, or browsers refuse the image.
    for (let at = 8; at < png.length;) {
      const length = png.readUInt32BE(at);
      const typed = png.subarray(at + 4, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length)).toBe(zlib.crc32(typed));
      at += 12 + length;
    }
  });
});
