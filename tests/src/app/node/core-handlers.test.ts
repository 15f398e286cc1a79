import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLanyardCore, type LanyardCore } from '../../../../src/app/node/lanyard-core';
import type { SiteSchema } from '../../../../src/frontmatter/field-schema';
import type { ChosenImage, ImportedImage } from '../../../../src/images/image-settings';
import type { SiteImage } from '../../../../src/images/site-image';
import { runGit } from '../../../../src/git/node/run-git';
import type { PostSummary, PublishState } from '../../../../src/posts/post-types';
import { useGitSandbox } from '../../git/node/git-env';
import { largeJpegWithExif } from '../../images/node/generate-photos';
import { testHost } from './test-host';

const sandbox = useGitSandbox();
const day1 = '_posts/2026-06-16-day-1.md';

async function blog(
  host = testHost(path.join(sandbox.path, 'user-data')),
): Promise<{ site: string; core: LanyardCore }> {
  const site = path.join(sandbox.path, 'blog');
  await fs.mkdir(path.join(site, '_posts'), { recursive: true });
  await fs.mkdir(path.join(site, '_layouts'));
  await fs.mkdir(path.join(site, 'assets', 'images'), { recursive: true });
  await fs.writeFile(path.join(site, '_config.yml'), 'title: Test\ntimezone: Europe/Lisbon\n');
  await fs.writeFile(path.join(site, '_layouts', 'post.html'), '{{ content }}');
  await fs.writeFile(path.join(site, 'assets', 'images', 'stage.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await fs.writeFile(path.join(site, day1), '---\nlayout: post\ntitle: Day 1\ntags: [aws, keynote]\n---\nBody\n');
  await fs.writeFile(
    path.join(site, '_posts/2026-06-17-day-2.md'),
    '---\nlayout: post\ntitle: Day 2\ntags: [aws]\ndate: 2026-06-17 09:00:00 +0100\n---\n',
  );
  const core = createLanyardCore(host);
  await core.openSite(site);
  return { site, core };
}

async function call<T>(core: LanyardCore, channel: string, arg?: unknown): Promise<T> {
  const answer = await core.dispatcher.invoke(channel, arg);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

const git = (cwd: string, ...args: string[]) => runGit(args, cwd);

describe('front matter channels', () => {
  it('answer the site schema from its posts, layouts and config, and its images', async () => {
    const { core } = await blog();
    const schema = await call<SiteSchema>(core, 'frontmatter.schema');
    expect(schema.timezone).toBe('Europe/Lisbon');
    expect(schema.postCount).toBe(2);
    const tags = schema.fields.find((field) => field.key === 'tags');
    expect(tags?.suggestions).toEqual([
      { value: 'aws', count: 2 },
      { value: 'keynote', count: 1 },
    ]);
    expect(schema.fields.find((field) => field.key === 'layout')?.options).toContain('post');
    const images = await call<SiteImage[]>(core, 'images.list');
    expect(images.map((image) => image.path)).toEqual(['assets/images/stage.png']);
    await core.dispose();
  });
});

describe('posts.rename', () => {
  it('renames an unpublished post to its new slug and tells the renderer', async () => {
    const { site, core } = await blog();
    expect(await call<PublishState>(core, 'posts.publishState', { id: day1 })).toBe('unknown');
    const renamed = await call<PostSummary>(core, 'posts.rename', { id: day1, title: 'Keynotes by the river' });
    expect(renamed.id).toBe('_posts/2026-06-16-keynotes-by-the-river.md');
    expect(await fs.readFile(path.join(site, renamed.id), 'utf8')).toContain('title: Day 1');
    await expect(fs.access(path.join(site, day1))).rejects.toThrow();
    await core.dispose();
  });

  it('refuses to rename a post already pushed, since its URL would change', async () => {
    const { site, core } = await blog();
    const remote = path.join(sandbox.path, 'remote.git');
    await git(sandbox.path, '-c', 'init.defaultBranch=main', 'init', '--quiet', '--bare', remote);
    await git(site, '-c', 'init.defaultBranch=main', 'init', '--quiet');
    await git(site, 'add', '--all');
    await git(site, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'posts');
    await git(site, 'remote', 'add', 'origin', remote);
    await git(site, 'push', '--quiet', '-u', 'origin', 'main');

    expect(await call<PublishState>(core, 'posts.publishState', { id: day1 })).toBe('published');
    const answer = await core.dispatcher.invoke('posts.rename', { id: day1, title: 'Another name' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await fs.readFile(path.join(site, day1), 'utf8')).toContain('title: Day 1');
    await core.dispose();
  });
});

describe('images by token from the native dialog', () => {
  it('imports a chosen file, and says clearly when it vanished before the import', async () => {
    const host = testHost(path.join(sandbox.path, 'user-data'));
    const { core } = await blog(host);
    const chosen = path.join(sandbox.path, 'badge-desk.jpg');
    await fs.writeFile(chosen, await largeJpegWithExif({ width: 900, height: 600 }));
    const gone = path.join(sandbox.path, 'gone.jpg');
    await fs.writeFile(gone, await largeJpegWithExif({ width: 901, height: 600 }));
    host.answers.images = [chosen, gone];
    const [first, second] = await call<ChosenImage[]>(core, 'images.choose');
    expect([first?.name, second?.name]).toEqual(['badge-desk.jpg', 'gone.jpg']);

    const imported = await call<ImportedImage>(core, 'images.import', {
      postId: day1,
      source: { token: first?.token },
      batch: 'b1',
    });
    expect(imported).toMatchObject({ path: 'assets/images/badge-desk.jpg', url: '/assets/images/badge-desk.jpg' });
    await fs.rm(gone);
    const answer = await core.dispatcher.invoke('images.import', {
      postId: day1,
      source: { token: second?.token },
      batch: 'b1',
    });
    expect(answer).toMatchObject({ ok: false, error: { message: 'gone.jpg is gone. Nothing was imported.' } });
    const tokenOnly = await core.dispatcher.invoke('images.import', {
      postId: day1,
      source: { token: 'made-up' },
      batch: 'b1',
    });
    expect(tokenOnly).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await core.dispose();
  });
});

describe('images.updateSettings', () => {
  it('keeps a photo folder inside the site and out of hidden folders', async () => {
    const { core } = await blog();
    for (const folder of ['../outside', '/etc', '.git/objects', 'assets/.hidden', 'a\\b']) {
      const answer = await core.dispatcher.invoke('images.updateSettings', { folder });
      expect(answer, folder).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(
      await call<{ folder: string | null }>(core, 'images.updateSettings', { folder: 'assets/photos' }),
    ).toMatchObject({ folder: 'assets/photos' });
    await core.dispose();
  });
});
