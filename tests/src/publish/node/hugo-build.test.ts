import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../../src/frontmatter/field-value';
import { useGitSandbox } from '../../git/node/git-env';
import { buildHugo, generatorMissing, writeHugoSite, type HugoSiteOptions, type PostForm } from './generator-sites';
import { proveBuild } from './prove-build';

const missing = generatorMissing('hugo');
if (missing !== null) console.warn(`[hugo build] skipped: ${missing}`);

/** A new Hugo post is a draft; the form clears the flag so the build includes it. */
const published: Record<string, FieldValue> = { draft: { kind: 'boolean', value: false } };

describe.skipIf(missing !== null).sequential('posts Lanyard writes, built by Hugo', () => {
  const sandbox = useGitSandbox();

  async function prove(options: HugoSiteOptions, form: PostForm, expectedUrl: string): Promise<string[]> {
    const hugo = {
      write: (site: string) => writeHugoSite(site, options),
      build: buildHugo,
      out: (sandboxPath: string) => path.join(sandboxPath, 'public'),
      baseUrl: options.baseURL,
    };
    const { post, ids } = await proveBuild(sandbox.path, hugo, form, expectedUrl);
    expect(ids).toEqual(expect.arrayContaining([post.id, 'content/posts/welcome.md', 'content/posts/trip/index.md']));
    return [post.image.path];
  }

  it('puts a post at Hugo’s default section URL', async () => {
    await prove(
      { baseURL: 'https://me.example.com/' },
      {
        title: "Keynote: what's new & next",
        created: new Date('2025-03-14T12:00:00Z'),
        pickedDate: '2025-03-14T09:30',
        fields: { ...published, tags: { kind: 'list', items: ['aws', 'keynote'] } },
      },
      'https://me.example.com/posts/keynote-what-s-new-next/',
    );
  });

  it('follows the posts permalink pattern, dated in the site’s zone', async () => {
    await prove(
      { baseURL: 'https://me.example.com/', permalinks: { posts: '/:year/:month/:slug/' }, timeZone: 'Asia/Tokyo' },
      {
        title: 'Day 1 & the expo',
        // 00:30 in Tokyo is still the previous month in UTC.
        created: new Date('2025-11-30T15:30:00Z'),
        pickedDate: '2025-12-01T00:30',
        fields: published,
      },
      'https://me.example.com/2025/12/day-1-the-expo/',
    );
  });

  it('writes the post as a .html file with uglyURLs', async () => {
    await prove(
      { baseURL: 'https://me.example.com/', uglyURLs: true },
      {
        title: 'Lightning talks',
        created: new Date('2025-04-09T12:00:00Z'),
        pickedDate: '2025-04-09T16:05',
        fields: published,
      },
      'https://me.example.com/posts/lightning-talks.html',
    );
  });

  it('puts the post and its photo under a baseURL with a path', async () => {
    await prove(
      { baseURL: 'https://me.example.com/blog/' },
      {
        title: 'Closing party',
        created: new Date('2025-05-01T12:00:00Z'),
        pickedDate: '2025-05-01T21:45',
        fields: published,
      },
      'https://me.example.com/blog/posts/closing-party/',
    );
  });

  it('keeps a page bundle’s photo in the bundle, where Hugo publishes it beside the page', async () => {
    const imported = await prove(
      { baseURL: 'https://me.example.com/', timeZone: 'Europe/Lisbon' },
      {
        title: 'Road trip',
        created: new Date('2025-07-01T12:00:00Z'),
        pickedDate: '2025-07-01T18:20',
        existingId: 'content/posts/trip/index.md',
      },
      'https://me.example.com/posts/trip/',
    );
    expect(imported).toEqual(['content/posts/trip/trip-2041.jpg']);
  });
});
