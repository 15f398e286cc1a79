import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCommitTemplates } from '../../../../src/publish/commit-message';
import { publishStatusOf } from '../../../../src/publish/node/publish-status';
import type { PublishStatus } from '../../../../src/publish/publish-types';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useGitSandbox } from '../../git/node/git-env';
import { writeFileUnder } from '../../support/temp-site';
import { makeBlog, POST_ID } from './publish-fixture';

const sandbox = useGitSandbox();
/** Evening of Day 1 in Las Vegas: already the morning of Day 2 in Tokyo. */
const now = new Date('2026-11-24T18:30:00Z');

async function statusOf(site: string, id: string): Promise<PublishStatus> {
  return publishStatusOf(await detectSite(site), id, defaultCommitTemplates, null, now);
}

/** A site in the sandbox made of `files`, not a repository: the date check needs none. */
async function siteWith(files: Record<string, string>): Promise<string> {
  const site = path.join(sandbox.path, 'site');
  for (const [relative, content] of Object.entries(files)) await writeFileUnder(site, relative, content);
  return site;
}

const post = (...lines: string[]) => ['---', 'title: Day 2', ...lines, '---', '', 'Notes.', ''].join('\n');

describe('publishStatusOf: posts dated in the future', () => {
  it('warns on a Jekyll post dated later than now at its own offset, beside the rest of the status', async () => {
    const blog = await makeBlog(sandbox.path);
    await fs.writeFile(path.join(blog.site, POST_ID), post('date: 2026-11-25 09:00:00 +0900'));
    const status = await statusOf(blog.site, POST_ID);
    expect(status.futureDate).toEqual({
      date: '2026-11-25 09:00:00 +0900',
      aheadMs: Date.parse('2026-11-25T00:00:00Z') - now.getTime(),
      setting: 'future: true in _config.yml',
    });
    expect(status).toMatchObject({ problem: null, branch: 'main', isDraft: false });
    expect(status.changes.thisPost.map((file) => file.path)).toEqual([POST_ID]);
  });

  it('stays quiet for a date already past at its offset, though later on the clock here', async () => {
    const site = await siteWith({
      '_config.yml': 'title: Notes\n',
      [POST_ID]: post('date: 2026-11-25 01:00:00 +0900'),
    });
    expect((await statusOf(site, POST_ID)).futureDate).toBeNull();
  });

  it('warns on a Jekyll post dated by a future file name, in the site’s zone', async () => {
    const id = '_posts/2026-11-25-day-2.md';
    const site = await siteWith({ '_config.yml': 'timezone: America/Los_Angeles\n', [id]: post() });
    expect((await statusOf(site, id)).futureDate).toMatchObject({
      date: '2026-11-25',
      aheadMs: Date.parse('2026-11-25T08:00:00Z') - now.getTime(),
    });
    // Midnight in Tokyo has passed already.
    await fs.writeFile(path.join(site, '_config.yml'), 'timezone: Asia/Tokyo\n');
    expect((await statusOf(site, id)).futureDate).toBeNull();
  });

  it('stays quiet when Jekyll builds future posts, its YAML 1.1 yes included', async () => {
    const id = '_posts/2026-11-25-day-2.md';
    const site = await siteWith({ '_config.yaml': 'future: yes\n', [id]: post('date: 2026-11-26 09:00:00 +0000') });
    expect((await statusOf(site, id)).futureDate).toBeNull();
    await fs.writeFile(path.join(site, '_config.yaml'), 'future: false\n');
    expect((await statusOf(site, id)).futureDate?.setting).toBe('future: true in _config.yaml');
  });

  it('judges a Jekyll draft by the date Publish gives it, which is now', async () => {
    const id = '_drafts/day-2.md';
    const site = await siteWith({ '_config.yml': 'title: Notes\n', [id]: post('date: 2026-12-01 09:00:00 +0000') });
    const status = await statusOf(site, id);
    expect(status.isDraft).toBe(true);
    expect(status.futureDate).toBeNull();
  });

  it('warns on a Hugo post by its publish date, naming the setting as its config file writes it', async () => {
    const id = 'content/posts/day-2.md';
    const text = post('date: 2026-11-20T09:00:00Z', 'publishDate: 2026-11-25T09:00:00', 'draft: true');
    const site = await siteWith({ 'hugo.yaml': 'title: Notes\ntimeZone: Asia/Tokyo\n', [id]: text });
    expect((await statusOf(site, id)).futureDate).toEqual({
      date: '2026-11-25T09:00:00',
      aheadMs: Date.parse('2026-11-25T00:00:00Z') - now.getTime(),
      setting: 'buildFuture: true in hugo.yaml',
    });
    await fs.rm(path.join(site, 'hugo.yaml'));
    await writeFileUnder(site, 'hugo.toml', 'title = "Notes"\n');
    // Without the config's zone, Hugo reads the date as UTC: still ahead of now.
    expect((await statusOf(site, id)).futureDate?.setting).toBe('buildFuture = true in hugo.toml');
    await fs.writeFile(path.join(site, 'hugo.toml'), 'title = "Notes"\nbuildFuture = true\n');
    expect((await statusOf(site, id)).futureDate).toBeNull();
  });

  it('stays quiet on Astro, Eleventy and plain sites, which keep no such rule of their own', async () => {
    const sites = [
      { kind: 'astro', config: 'astro.config.mjs', id: 'src/content/blog/day-2.md' },
      { kind: 'eleventy', config: 'eleventy.config.js', id: 'posts/day-2.md' },
      { kind: 'plain', config: 'notes.txt', id: 'posts/day-2.md' },
    ];
    for (const { kind, config, id } of sites) {
      const site = await siteWith({ [config]: 'export default {};\n', [id]: post('date: 2099-01-01') });
      expect((await detectSite(site)).kind).toBe(kind);
      expect((await statusOf(site, id)).futureDate, config).toBeNull();
      await fs.rm(site, { recursive: true });
    }
  });
});

describe('publishStatusOf: a post that is not there', () => {
  it('answers not-found in the writer’s words, not an internal error', async () => {
    const site = await siteWith({ '_config.yml': 'title: Notes\n' });
    await expect(statusOf(site, '_posts/2026-11-24-gone.md')).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no post at _posts/2026-11-24-gone.md; it may have been moved or deleted.',
    });
  });
});
