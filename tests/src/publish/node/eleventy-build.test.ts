import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGitSandbox } from '../../git/node/git-env';
import { generatorMissing, type PostForm } from './generator-sites';
import { buildEleventy, eleventyBinary, writeEleventySite, type EleventySiteOptions } from './eleventy-site';
import { proveBuild } from './prove-build';

const missing = generatorMissing(eleventyBinary);
if (missing !== null) console.warn(`[eleventy build] skipped: ${missing}`);

describe.skipIf(missing !== null).sequential('posts Lanyard writes, built by Eleventy', () => {
  const sandbox = useGitSandbox();

  async function prove(options: EleventySiteOptions, form: PostForm, expectedUrl: string) {
    const eleventy = {
      write: (site: string) => writeEleventySite(site, options),
      build: buildEleventy,
      out: (sandboxPath: string) => path.join(sandboxPath, '_site'),
      baseUrl: `${options.url.replace(/\/$/, '')}${options.pathPrefix?.replace(/\/$/, '') ?? ''}`,
    };
    const { post, ids } = await proveBuild(sandbox.path, eleventy, form, expectedUrl);
    expect(ids).toEqual(
      expect.arrayContaining([post.id, 'src/posts/welcome.md', 'src/posts/trip/index.md', 'src/posts/keynote.md']),
    );
    expect(ids).toHaveLength(post.id === 'src/posts/keynote.md' ? 3 : 4);
    return post;
  }

  it('puts a post and its photo under the pathPrefix, the origin from _data/metadata.json', async () => {
    const post = await prove(
      { url: 'https://me.example.com/', pathPrefix: '/blog/' },
      {
        title: "Keynote: what's new & next",
        created: new Date('2025-03-14T12:00:00Z'),
        pickedDate: '2025-03-14T09:30',
        fields: { tags: { kind: 'list', items: ['aws', 'keynote'] } },
      },
      'https://me.example.com/blog/posts/keynote-what-s-new-next/',
    );
    expect(post.image.url).toBe('/blog/images/keynote-what-s-new-next-2041.jpg');
  });

  it('puts a post at its folder and name without a pathPrefix', async () => {
    const post = await prove(
      { url: 'https://me.example.com' },
      {
        title: 'Day 1 wrap-up',
        created: new Date('2025-11-24T07:30:00Z'),
        pickedDate: '2025-11-23T23:30',
        linkStyle: 'figure',
        caption: 'Booths & badges',
      },
      'https://me.example.com/posts/day-1-wrap-up/',
    );
    expect(post.image.url).toBe('/images/day-1-wrap-up-2041.jpg');
  });

  it('follows a literal permalink in the front matter', async () => {
    await prove(
      { url: 'https://me.example.com/', pathPrefix: '/blog/' },
      {
        title: 'Keynote recap',
        created: new Date('2025-06-02T08:00:00Z'),
        pickedDate: '2025-06-02T10:15',
        existingId: 'src/posts/keynote.md',
        linkStyle: 'html',
      },
      'https://me.example.com/blog/talks/keynote/',
    );
  });

  it('leaves the prefix to the HTML <base> plugin, which adds it to root URLs itself', async () => {
    const post = await prove(
      { url: 'https://me.example.com/', pathPrefix: '/blog/', htmlBasePlugin: true },
      {
        title: 'Closing party',
        created: new Date('2025-05-01T12:00:00Z'),
        pickedDate: '2025-05-01T21:45',
      },
      'https://me.example.com/blog/posts/closing-party/',
    );
    expect(post.image.url).toBe('/images/closing-party-2041.jpg');
    const page = await fs.readFile(path.join(sandbox.path, '_site/posts/closing-party/index.html'), 'utf8');
    expect(page).toContain('src="/blog/images/closing-party-2041.jpg"');
  });
});
