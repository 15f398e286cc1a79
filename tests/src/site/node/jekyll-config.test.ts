import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJekyllConfig } from '../../../../src/site/node/jekyll-config';
import { useTempSite } from '../../support/temp-site';

let site: string;
useTempSite((folders) => ({ site } = folders));

async function configWith(text: string): Promise<string> {
  const file = path.join(site, '_config.yml');
  await fs.writeFile(file, text);
  return file;
}

describe('readJekyllConfig', () => {
  it('reads the title untouched and a zone Intl knows', async () => {
    expect(await readJekyllConfig(await configWith('title: 2026\ntimezone: Asia/Tokyo\n'))).toMatchObject({
      title: 2026,
      timezone: 'Asia/Tokyo',
    });
    expect((await readJekyllConfig(await configWith('timezone: Mars/Olympus\n'))).timezone).toBeNull();
  });

  it('gives nulls for no config, an empty one or one that is not a table', async () => {
    const nothing = { title: null, timezone: null, collectionsDir: null, collections: [] };
    expect(await readJekyllConfig(undefined)).toEqual(nothing);
    expect(await readJekyllConfig(await configWith(''))).toEqual(nothing);
    expect(await readJekyllConfig(await configWith('just text\n'))).toEqual(nothing);
  });

  it('reads collections_dir and the collections that make pages, besides posts', async () => {
    const config = [
      'collections_dir: " my_collections/ "',
      'collections:',
      '  talks: { output: true }',
      '  authors: { output: false }',
      '  notes: {}',
      '  posts: { output: true, permalink: /:title/ }',
      '  "../escape": { output: true }',
      '  recaps:',
      '    output: true',
    ].join('\n');
    expect(await readJekyllConfig(await configWith(config))).toMatchObject({
      collectionsDir: 'my_collections/',
      collections: ['recaps', 'talks'],
    });
    // A plain list names collections without settings, so none of them makes pages.
    expect((await readJekyllConfig(await configWith('collections: [talks]\n'))).collections).toEqual([]);
  });

  it('throws a SiteProblem naming the file and the line for a config that does not parse', async () => {
    await expect(readJekyllConfig(await configWith('a: 1\nb: [unclosed\n'))).rejects.toMatchObject({
      name: 'SiteProblem',
      message: expect.stringMatching(/^_config\.yml could not be read: .*line \d/) as string,
    });
  });
});
