import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldSpec, SiteSchema } from '../../../../src/frontmatter/field-schema';
import { readSiteSchema } from '../../../../src/frontmatter/node/site-schema';
import { PostIndex } from '../../../../src/posts/node/post-index';
import { astroProfile, jekyllProfile, plainProfile, type SiteProfile } from '../../../../src/site/site-profile';

let temp: string;
let site: string;
let profile: SiteProfile;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  site = path.join(temp, 'site');
  await fs.mkdir(path.join(site, '_posts'), { recursive: true });
  profile = jekyllProfile(site, 'Site', { timezone: 'America/Los_Angeles' });
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

async function write(relative: string, content: string): Promise<void> {
  const file = path.join(site, ...relative.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
}

/** The schema as the app builds it: observations from a real index of the posts on disk. */
async function schemaOf(siteProfile: SiteProfile = profile): Promise<SiteSchema> {
  const index = new PostIndex(siteProfile, path.join(temp, 'cache', 'index.json'));
  await index.load();
  return readSiteSchema(siteProfile, index.observations());
}

function field(schema: SiteSchema, key: string): FieldSpec {
  const found = schema.fields.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no field ${key}`);
  return found;
}

const longExcerpt = 'The keynote opened with a look back at a decade of launches. '.repeat(4).trim();

/** A conference blog: day posts share tags, all have a dated time, some a long excerpt. */
async function writeJekyllSite(): Promise<void> {
  const tagSets = [['aws', 'keynote'], ['aws', 'serverless'], ['aws', 'keynote', 'ai'], ['travel']];
  for (const [index, tags] of tagSets.entries()) {
    const day = index + 1;
    const lines = [
      'layout: post',
      `title: "Day ${day} at re:Invent"`,
      `date: 2024-12-0${day} 09:30:00 -0800`,
      `tags: [${tags.join(', ')}]`,
      'author:',
      '  name: Ann Example',
      '  twitter: annexample',
      index % 2 === 0 ? `excerpt: ${longExcerpt}` : 'comments: true',
    ];
    await write(`_posts/2024-12-0${day}-day-${day}.md`, `---\n${lines.join('\n')}\n---\nNotes.\n`);
  }
  await write('_layouts/post.html', '{{ content }}');
  await write('_layouts/default.html', '{{ content }}');
  await write('_layouts/.DS_Store', '');
}

describe('readSiteSchema: a Jekyll site', () => {
  it('infers kinds, counts, layouts and the date format from the posts', async () => {
    await writeJekyllSite();
    const schema = await schemaOf();
    expect(schema).toMatchObject({ postCount: 4, cmsConfig: null, timezone: 'America/Los_Angeles' });
    expect(schema.dateFormat).toEqual({
      time: true,
      separator: ' ',
      seconds: true,
      fractionDigits: 0,
      offset: 'hhmm',
      spaceBeforeOffset: true,
    });
    expect(field(schema, 'tags')).toMatchObject({ kind: 'list', frequency: 1 });
    expect(field(schema, 'tags').suggestions).toEqual([
      { value: 'aws', count: 3 },
      { value: 'keynote', count: 2 },
      { value: 'ai', count: 1 },
      { value: 'serverless', count: 1 },
      { value: 'travel', count: 1 },
    ]);
    expect(field(schema, 'layout')).toMatchObject({ kind: 'select', options: ['default', 'post'] });
    expect(field(schema, 'date')).toMatchObject({ kind: 'datetime', frequency: 1 });
    expect(field(schema, 'excerpt')).toMatchObject({ kind: 'text', frequency: 0.5, source: 'posts' });
    expect(field(schema, 'author')).toMatchObject({ kind: 'object', label: 'Author' });
    expect(field(schema, 'comments')).toMatchObject({ kind: 'boolean', frequency: 0.5 });
    expect(field(schema, 'title')).toMatchObject({ required: true, suggestions: [] });
    expect(schema.fields.slice(0, 2).map((spec) => spec.key)).toEqual(['title', 'date']);
    expect(field(schema, 'permalink')).toMatchObject({ source: 'convention', frequency: 0 });
  });

  it('lists no layouts when _layouts is a link to a folder outside the site', async () => {
    const outside = path.join(temp, 'outside-layouts');
    await fs.mkdir(outside);
    await fs.writeFile(path.join(outside, 'secret.html'), '');
    await fs.symlink(outside, path.join(site, '_layouts'));
    const layout = field(await schemaOf(), 'layout');
    expect(layout.options).toEqual([]);
  });
});

const decapConfig = `backend:
  name: git-gateway
collections:
  - name: posts
    label: Posts
    folder: _posts
    fields:
      - { label: Layout, name: layout, widget: hidden, default: post }
      - { label: Title, name: title, widget: string }
      - { label: Date, name: date, widget: datetime, time_format: false }
      - { label: Track, name: track, widget: select, options: [keynote, { label: Workshop, value: workshop }] }
      - { label: Tags, name: tags, widget: list, required: false }
`;

describe('readSiteSchema: CMS configs', () => {
  it('reads a Decap config from static/admin and puts its fields first', async () => {
    await writeJekyllSite();
    await write('static/admin/config.yml', decapConfig);
    const schema = await schemaOf();
    expect(schema.cmsConfig).toBe('static/admin/config.yml');
    expect(schema.fields.slice(0, 4).map((spec) => [spec.key, spec.kind, spec.source])).toEqual([
      ['title', 'string', 'cms'],
      ['date', 'date', 'cms'],
      ['track', 'select', 'cms'],
      ['tags', 'list', 'cms'],
    ]);
    expect(field(schema, 'track').options).toEqual(['keynote', 'workshop']);
    expect(field(schema, 'tags')).toMatchObject({ required: false, frequency: 1 });
    expect(field(schema, 'tags').suggestions[0]).toEqual({ value: 'aws', count: 3 });
    expect(field(schema, 'layout').source).toBe('posts');
  });

  it('reads a Front Matter CMS frontmatter.json, even one saved with a byte order mark', async () => {
    await writeJekyllSite();
    const config = {
      'frontMatter.content.pageFolders': [{ title: 'Posts', path: '[[workspace]]/_posts' }],
      'frontMatter.taxonomy.contentTypes': [
        {
          name: 'default',
          fields: [
            { title: 'Headline', name: 'title', type: 'string', required: true },
            { title: 'Room', name: 'room', type: 'choice', choices: ['A', 'B'] },
          ],
        },
      ],
    };
    await write('frontmatter.json', `\uFEFF${JSON.stringify(config, null, 2)}`);
    const schema = await schemaOf();
    expect(schema.cmsConfig).toBe('frontmatter.json');
    expect(field(schema, 'title')).toMatchObject({ label: 'Headline', source: 'cms', frequency: 1 });
    expect(field(schema, 'room')).toMatchObject({ kind: 'select', options: ['A', 'B'], frequency: 0 });
  });

  it('prefers a Decap config that describes the posts over one that does not', async () => {
    await write('admin/config.yml', decapConfig.replace('folder: _posts', 'folder: content/posts'));
    await write('src/admin/config.yaml', decapConfig);
    expect((await schemaOf()).cmsConfig).toBe('src/admin/config.yaml');
  });

  it('ignores broken and odd configs, and still describes the site from its posts', async () => {
    await writeJekyllSite();
    await write('admin/config.yml', 'collections: [unclosed\n  : : :\n');
    await write('static/admin/config.yml', '- just\n- a list\n');
    await write('public/admin/config.yml', 'collections:\n  - folder: _posts\n    fields: nope\n');
    await write('frontmatter.json', '{ "frontMatter.content.pageFolders": [ ');
    await fs.mkdir(path.join(site, 'src', 'admin', 'config.yaml'), { recursive: true });
    const schema = await schemaOf();
    expect(schema.cmsConfig).toBeNull();
    expect(schema.fields.every((spec) => spec.source !== 'cms')).toBe(true);
    expect(field(schema, 'tags').suggestions).toHaveLength(5);
  });

  it('ignores a config that is a link to a file outside the site', async () => {
    const outside = path.join(temp, 'elsewhere.yml');
    await fs.writeFile(outside, decapConfig);
    await fs.mkdir(path.join(site, 'admin'));
    await fs.symlink(outside, path.join(site, 'admin', 'config.yml'));
    const schema = await schemaOf();
    expect(schema.cmsConfig).toBeNull();
    expect(schema.fields.map((spec) => spec.source)).not.toContain('cms');
  });

  it('follows a config link that stays inside the site', async () => {
    await write('cms/shared.yml', decapConfig);
    await fs.mkdir(path.join(site, 'admin'));
    await fs.symlink(path.join('..', 'cms', 'shared.yml'), path.join(site, 'admin', 'config.yml'));
    expect((await schemaOf()).cmsConfig).toBe('admin/config.yml');
  });
});

describe('readSiteSchema: a plain folder', () => {
  it('uses the plain conventions and never lists layouts', async () => {
    const plain = plainProfile(site, 'Notes', { markdownFolders: ['.'], hasPostsFolder: false });
    await write('_layouts/post.html', '');
    await write('note.md', '---\ntitle: Note\nlayout: post\n---\nText\n');
    const schema = await schemaOf(plain);
    expect(schema.fields.map((spec) => spec.key)).toEqual(['title', 'layout', 'date', 'tags', 'draft']);
    expect(field(schema, 'layout')).toMatchObject({ kind: 'string', options: [] });
    expect(schema.dateFormat).toBeNull();
  });
});

describe('readSiteSchema: an Astro site', () => {
  it('learns the date format from pubDate, the key Astro’s posts date themselves by', async () => {
    const astro = astroProfile(site, 'Notes', { folders: ['blog'], collections: ['blog'] });
    await write('src/content/blog/a.md', '---\ntitle: A\npubDate: 2024-03-01T09:30:00Z\n---\n');
    await write('src/content/blog/b.md', '---\ntitle: B\npubDate: 2024-03-02T18:00:00Z\n---\n');
    const schema = await schemaOf(astro);
    expect(schema.dateFormat).toEqual({
      time: true,
      separator: 'T',
      seconds: true,
      fractionDigits: 0,
      offset: 'Z',
      spaceBeforeOffset: false,
    });
  });
});
