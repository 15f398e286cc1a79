import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useGitSandbox } from '../../git/node/git-env';
import {
  buildJekyll,
  builtFiles,
  builtPathFor,
  generatorMissing,
  predictedUrl,
  shownTitleAndDate,
  writeFiles,
  writeJekyllSite,
  type JekyllSiteOptions,
  type PostForm,
} from './generator-sites';
import { proveBuild } from './prove-build';

const missing = generatorMissing('jekyll');
if (missing !== null) console.warn(`[jekyll build] skipped: ${missing}`);

describe.skipIf(missing !== null).sequential('posts Lanyard writes, built by Jekyll', () => {
  const sandbox = useGitSandbox();

  /** Proves the post, then answers the site, its build output and the ids of every post opened. */
  async function prove(
    options: JekyllSiteOptions,
    form: PostForm,
    expectedUrl: string,
    moreFiles: Record<string, string> = {},
  ) {
    const jekyll = {
      write: async (site: string) => {
        await writeJekyllSite(site, options);
        await writeFiles(site, moreFiles);
      },
      build: buildJekyll,
      out: (_sandboxPath: string, site: string) => path.join(site, '_site'),
      baseUrl: `${options.url}${options.baseurl ?? ''}`,
    };
    const { post, ids } = await proveBuild(sandbox.path, jekyll, form, expectedUrl);
    const inside = options.collectionsDir === undefined ? '' : `${options.collectionsDir}/`;
    const older = [`${inside}_posts/2024-05-01-welcome.md`, `${inside}_drafts/idea.md`];
    expect(ids).toEqual(expect.arrayContaining([post.id, ...older, ...Object.keys(moreFiles)]));
    expect(ids).toHaveLength(4 + Object.keys(moreFiles).length);
    const site = path.join(sandbox.path, 'site');
    return { site, out: jekyll.out(sandbox.path, site), ids };
  }

  it('puts a post at the default (date) permalink', async () => {
    await prove(
      { url: 'https://me.example.com' },
      {
        title: "Keynote: what's new & next",
        created: new Date('2025-03-14T12:00:00Z'),
        pickedDate: '2025-03-14T09:30',
        fields: { tags: { kind: 'list', items: ['aws', 'keynote'] } },
      },
      'https://me.example.com/2025/03/14/keynote-what-s-new-next.html',
    );
  });

  it('dates a late-evening post in the site’s zone under the pretty permalink', async () => {
    await prove(
      { url: 'https://me.example.com', permalink: 'pretty', timezone: 'America/Los_Angeles' },
      {
        title: 'Day 1 wrap-up',
        // 23:30 in Los Angeles is already the next day in UTC.
        created: new Date('2025-11-24T07:30:00Z'),
        pickedDate: '2025-11-23T23:30',
      },
      'https://me.example.com/2025/11/23/day-1-wrap-up/',
    );
  });

  it('follows a custom permalink with the categories the form set', async () => {
    await prove(
      { url: 'https://me.example.com', permalink: '/:categories/:year/:title/', timezone: 'Europe/Berlin' },
      {
        title: 'Expo hall',
        created: new Date('2025-06-02T08:00:00Z'),
        pickedDate: '2025-06-02T10:15',
        fields: { categories: { kind: 'list', items: ['Events', 'Re Invent'] } },
        linkStyle: 'figure',
        caption: 'Booths & badges',
      },
      'https://me.example.com/events/re%20invent/2025/expo-hall/',
    );
  });

  it('puts the post and its photo under the baseurl', async () => {
    await prove(
      { url: 'https://me.example.com', baseurl: '/blog' },
      {
        title: 'Closing party',
        created: new Date('2025-05-01T12:00:00Z'),
        pickedDate: '2025-05-01T21:45',
        linkStyle: 'html',
      },
      'https://me.example.com/blog/2025/05/01/closing-party.html',
    );
  });

  it('finds a post and a talk inside collections_dir, at a defaults permalink and the collection’s own', async () => {
    const talk = 'stories/_talks/2024-11-30-Opening-Keynote.md';
    const options = {
      url: 'https://me.example.com',
      collectionsDir: 'stories',
      moreConfig: [
        'collections:',
        '  talks:',
        '    output: true',
        '    permalink: /talks/:year/:title/',
        'defaults:',
        '  - scope: { path: stories/_posts, type: posts }',
        '    values: { permalink: "/:categories/:year/:month/:title/" }',
      ],
    };
    const { site, out } = await prove(
      options,
      {
        title: 'Day 2 recap',
        created: new Date('2025-12-02T18:00:00Z'),
        pickedDate: '2025-12-02T18:00',
        fields: { categories: { kind: 'list', items: ['Events'] } },
      },
      'https://me.example.com/events/2025/12/day-2-recap/',
      { [talk]: '---\nlayout: post\ntitle: Opening keynote\n---\n\nThe stage.\n' },
    );
    const talkUrl = await predictedUrl(await detectSite(site), talk, await fs.readFile(path.join(site, talk), 'utf8'));
    expect(talkUrl).toBe('https://me.example.com/talks/2024/Opening-Keynote/');
    const page = builtPathFor(options.url, talkUrl!);
    expect(await builtFiles(out)).toContain(page);
    expect(shownTitleAndDate(await fs.readFile(path.join(out, page!), 'utf8'))).toEqual({
      title: 'Opening keynote',
      date: '2024-11-30 00:00',
    });
  });
});
