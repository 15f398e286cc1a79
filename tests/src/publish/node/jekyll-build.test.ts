import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGitSandbox } from '../../git/node/git-env';
import {
  buildJekyll,
  generatorMissing,
  writeJekyllSite,
  type JekyllSiteOptions,
  type PostForm,
} from './generator-sites';
import { proveBuild } from './prove-build';

const missing = generatorMissing('jekyll');
if (missing !== null) console.warn(`[jekyll build] skipped: ${missing}`);

describe.skipIf(missing !== null).sequential('posts Lanyard writes, built by Jekyll', () => {
  const sandbox = useGitSandbox();

  async function prove(options: JekyllSiteOptions, form: PostForm, expectedUrl: string): Promise<void> {
    const jekyll = {
      write: (site: string) => writeJekyllSite(site, options),
      build: buildJekyll,
      out: (_sandboxPath: string, site: string) => path.join(site, '_site'),
      baseUrl: `${options.url}${options.baseurl ?? ''}`,
    };
    const { post, ids } = await proveBuild(sandbox.path, jekyll, form, expectedUrl);
    expect(ids).toEqual(expect.arrayContaining([post.id, '_posts/2024-05-01-welcome.md', '_drafts/idea.md']));
    expect(ids).toHaveLength(4);
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
});
