import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanyardError } from '../../../../src/api/lanyard-error';
import { defaultImageSettings } from '../../../../src/images/image-settings';
import { checkPostImages, linkedImagePaths, removeUnusedImage } from '../../../../src/images/node/check-images';
import { importImage } from '../../../../src/images/node/import-image';
import { importLogFile, readImportLog } from '../../../../src/images/node/import-log';
import { hugoProfile, jekyllProfile, type SiteProfile } from '../../../../src/site/site-profile';
import { largeJpegWithExif } from './generate-photos';

const post = '_posts/2026-03-14-day-1.md';
const otherPost = '_posts/2026-03-15-day-2.md';
let site: string;
let outside: string;
let userData: string;
let profile: SiteProfile;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  profile = jekyllProfile(site, 'Blog', {});
});

afterEach(async () => {
  for (const folder of [site, outside, userData]) await fs.rm(folder, { recursive: true, force: true });
});

const context = () => ({ profile, userDataDir: userData });

async function writeSiteFile(relative: string, data: string): Promise<void> {
  const file = path.join(site, ...relative.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, data);
}

/** Imports a distinct generated photo for `postId` and answers its site-relative path. */
async function imported(postId: string, name: string, width: number): Promise<string> {
  const data = await largeJpegWithExif({ width, height: 100 });
  const image = await importImage({ ...context(), settings: defaultImageSettings }, { postId, name, data });
  return image.path;
}

const exists = (relative: string) =>
  fs.stat(path.join(site, relative)).then(
    () => true,
    () => false,
  );

describe('checkPostImages', () => {
  it('lists each linked URL that names no file in the site, once', async () => {
    await writeSiteFile('assets/images/existing.jpg', 'jpeg');
    await writeSiteFile('assets/logo.png', 'png');
    await writeSiteFile('_posts/here.png', 'png');
    await fs.writeFile(path.join(outside, 'secret.jpg'), 'outside');
    await fs.symlink(path.join(outside, 'secret.jpg'), path.join(site, 'assets', 'images', 'linked-out.jpg'));
    const text = [
      '---',
      'title: Day 1',
      'image: /assets/images/cover-missing.jpg',
      '---',
      '![ok](/assets/images/existing.jpg) ![ok too](/assets/images/existing.jpg?v=2#top)',
      '![gone](/assets/images/gone.jpg)',
      '![gone again](/assets/images/gone.jpg)',
      '![remote](https://example.com/x.jpg)',
      '![liquid]({{ site.baseurl }}/assets/images/existing.jpg)',
      "![filter]({{ '/assets/images/nope.jpg' | relative_url }})",
      '![tag]({% link assets/logo.png %}) ![relative](here.png) ![relative missing](local.png)',
      '![climbing](../../../etc/hostname) ![linked out](/assets/images/linked-out.jpg)',
      '![not judged]({{ page.image }}) <img src="/assets/images/existing.jpg">',
      '`![code](/assets/images/in-code.jpg)`',
    ].join('\n');
    expect(await checkPostImages(context(), post, text)).toEqual({
      missing: [
        '/assets/images/cover-missing.jpg',
        '/assets/images/gone.jpg',
        "{{ '/assets/images/nope.jpg' | relative_url }}",
        'local.png',
        '../../../etc/hostname',
        '/assets/images/linked-out.jpg',
      ],
      unused: [],
    });
  });

  it('expands Jekyll’s URL idioms on Jekyll sites only, and leaves template code elsewhere unjudged', async () => {
    await writeSiteFile('static/images/stage.jpg', 'jpeg');
    const text = [
      '![a]({{ site.baseurl }}/images/gone.jpg)',
      "![b]({{ '/images/gone.jpg' | relative_url }})",
      '![c]({% link static/images/gone.jpg %})',
    ].join('\n');
    expect((await checkPostImages(context(), post, text)).missing).toHaveLength(3);
    const hugo = hugoProfile(site, 'Blog', { contentDir: 'content', sections: ['posts'], timezone: null });
    const hugoPost = 'content/posts/day-1.md';
    expect((await checkPostImages({ ...context(), profile: hugo }, hugoPost, text)).missing).toEqual([]);
    const linked = '![a](/images/stage.jpg) ![b]({{ site.baseurl }}/images/stage.jpg)';
    expect(linkedImagePaths(hugo, hugoPost, linked)).toEqual(['static/images/stage.jpg']);
    expect(linkedImagePaths(profile, post, '![b]({{ site.baseurl }}/assets/x.jpg)')).toEqual(['assets/x.jpg']);
  });

  it('lists photos imported for the post that it no longer links, and only those', async () => {
    const stage = await imported(post, 'stage.jpg', 200);
    const crowd = await imported(post, 'crowd.jpg', 210);
    const speaker = await imported(post, 'speaker.jpg', 220);
    await writeSiteFile('assets/images/not-imported.jpg', 'the writer’s own');
    const text = `![Stage](/${stage})\n<img src="{{ site.baseurl }}/${speaker}">\n`;
    expect(await checkPostImages(context(), post, text)).toEqual({ missing: [], unused: [crowd] });
    expect((await checkPostImages(context(), otherPost, text)).unused).toEqual([]);
  });

  it('leaves out imported files that are gone or were replaced by another file', async () => {
    const stage = await imported(post, 'stage.jpg', 200);
    const crowd = await imported(post, 'crowd.jpg', 210);
    await fs.rm(path.join(site, stage));
    await fs.writeFile(path.join(site, crowd), 'the writer’s own file now');
    expect((await checkPostImages(context(), post, 'No images any more.')).unused).toEqual([]);
  });

  it('keeps a photo another post still links out of the list', async () => {
    const crowd = await imported(post, 'crowd.jpg', 210);
    await imported(otherPost, 'crowd.jpg', 210);
    await writeSiteFile(otherPost, `---\ntitle: Day 2\n---\n![Crowd](/${crowd})\n`);
    expect((await checkPostImages(context(), post, 'Not linked here.')).unused).toEqual([]);
    await writeSiteFile(otherPost, '---\ntitle: Day 2\n---\nNot linked there either.\n');
    expect((await checkPostImages(context(), post, 'Not linked here.')).unused).toEqual([crowd]);
    await fs.rm(path.join(site, otherPost));
    expect((await checkPostImages(context(), post, 'Not linked here.')).unused).toEqual([crowd]);
  });
});

describe('removeUnusedImage', () => {
  it('deletes an unused imported photo and forgets it', async () => {
    const stage = await imported(post, 'stage.jpg', 200);
    const crowd = await imported(post, 'crowd.jpg', 210);
    const text = `![Stage](/${stage})`;
    await removeUnusedImage(context(), post, text, crowd);
    expect([await exists(crowd), await exists(stage)]).toEqual([false, true]);
    expect(await checkPostImages(context(), post, '')).toEqual({ missing: [], unused: [stage] });
    const log = await readImportLog(importLogFile(userData, site), site);
    expect([...log.sources.values()].map((record) => record.path)).toEqual([stage]);
    expect(log.posts.get(post)).toEqual([stage]);
  });

  it('refuses a photo the post links, one Lanyard did not import, and paths out of the site', async () => {
    const stage = await imported(post, 'stage.jpg', 200);
    await writeSiteFile('assets/images/not-imported.jpg', 'the writer’s own');
    await fs.writeFile(path.join(outside, 'secret.jpg'), 'outside');
    const text = `![Stage](/${stage})`;
    for (const target of [stage, 'assets/images/not-imported.jpg', `../${path.basename(outside)}/secret.jpg`]) {
      const error: unknown = await removeUnusedImage(context(), post, text, target).catch((reason: unknown) => reason);
      expect(error, target).toBeInstanceOf(LanyardError);
      expect((error as LanyardError).code).toBe('refused');
      expect((error as LanyardError).message).toContain(target);
    }
    expect(await exists(stage)).toBe(true);
    expect(await exists('assets/images/not-imported.jpg')).toBe(true);
    expect(await fs.readFile(path.join(outside, 'secret.jpg'), 'utf8')).toBe('outside');
  });

  it('keeps a photo that a post Lanyard never recorded links by hand', async () => {
    const stage = await imported(post, 'stage.jpg', 200);
    const handWritten = '_posts/2026-03-15-day-2.md';
    await writeSiteFile(handWritten, `---\ntitle: Day 2\n---\n![Again](/${stage})\n`);
    expect((await checkPostImages(context(), post, '')).unused).toEqual([stage]);
    const error: unknown = await removeUnusedImage(
      { ...context(), allPostIds: () => [post, handWritten] },
      post,
      '',
      stage,
    ).catch((reason: unknown) => reason);
    expect((error as LanyardError).message).toBe(`${stage} is still linked from ${handWritten}, so it stays.`);
    expect(await exists(stage)).toBe(true);
  });
});
