import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decapFields, frontMatterCmsFields } from '../../../src/frontmatter/cms-fields';
import type { FieldSpec } from '../../../src/frontmatter/field-schema';

const decapConfig = `
backend:
  name: git-gateway
media_folder: assets/uploads
collections:
  - name: pages
    label: Pages
    files:
      - name: about
        file: about.md
        fields: [{ name: title, widget: string }]
  - name: posts
    label: Posts
    folder: "/_posts/"
    create: true
    fields:
      - { label: Layout, name: layout, widget: hidden, default: post }
      - { label: Title, name: title, widget: string }
      - { label: Publish date, name: date, widget: datetime }
      - { label: Event day, name: day, widget: datetime, time_format: false }
      - { label: Old date, name: old_date, widget: date, required: false }
      - { label: Summary, name: summary, widget: text, required: false, hint: Two lines at most }
      - { label: Venue, name: venue }
      - { label: Track, name: track, widget: select, options: [keynote, workshop, hallway] }
      - label: Audience
        name: audience
        widget: select
        multiple: true
        options: [{ label: Beginners, value: beginner }, { label: Experts, value: expert }, 42]
      - { label: Tags, name: tags, widget: list, default: [events] }
      - { label: Speakers, name: speakers, widget: list, fields: [{ name: name }, { name: url }] }
      - { label: Links, name: links, widget: list, field: { name: url, widget: string } }
      - { label: Author, name: author, widget: object, fields: [{ name: name }] }
      - { label: Comments, name: comments, widget: boolean, default: true }
      - { label: Rating, name: rating, widget: number }
      - { label: Cover, name: cover, widget: image }
      - { label: Slides, name: slides, widget: file }
      - { label: Related, name: related, widget: relation, collection: posts }
      - { label: Body, name: body, widget: markdown }
      - { label: Duplicate, name: title, widget: text }
      - { label: Nameless, widget: string }
`;

const byKey = (fields: FieldSpec[] | null) => new Map((fields ?? []).map((field) => [field.key, field]));

describe('decapFields', () => {
  it('reads the folder collection of the post folder, with labels, kinds and Decap defaults', () => {
    const fields = decapFields(parseYaml(decapConfig), ['_posts', '_drafts']);
    expect(fields?.map((field) => [field.key, field.kind])).toEqual([
      ['title', 'string'],
      ['date', 'datetime'],
      ['day', 'date'],
      ['old_date', 'date'],
      ['summary', 'text'],
      ['venue', 'string'],
      ['track', 'select'],
      ['audience', 'select'],
      ['tags', 'list'],
      ['speakers', 'object'],
      ['links', 'object'],
      ['author', 'object'],
      ['comments', 'boolean'],
      ['rating', 'number'],
      ['cover', 'image'],
      ['slides', 'image'],
      ['related', 'string'],
    ]);
    expect(fields?.every((field) => field.source === 'cms')).toBe(true);
  });

  it('takes required as true unless the field says false, and keeps labels, hints and defaults', () => {
    const fields = byKey(decapFields(parseYaml(decapConfig), ['_posts']));
    expect(fields.get('title')).toMatchObject({ label: 'Title', required: true, hint: null, defaultValue: null });
    expect(fields.get('summary')).toMatchObject({ label: 'Summary', required: false, hint: 'Two lines at most' });
    expect(fields.get('tags')?.defaultValue).toEqual(['events']);
    expect(fields.get('comments')?.defaultValue).toBe(true);
  });

  it('reads select options written as strings or as label and value, and multiple', () => {
    const fields = byKey(decapFields(parseYaml(decapConfig), ['_posts']));
    expect(fields.get('track')).toMatchObject({ options: ['keynote', 'workshop', 'hallway'], multiple: false });
    expect(fields.get('audience')).toMatchObject({ options: ['beginner', 'expert', '42'], multiple: true });
  });

  it('skips hidden fields, the body, nameless fields and a key defined twice', () => {
    const fields = decapFields(parseYaml(decapConfig), ['_posts']) ?? [];
    const keys = fields.map((field) => field.key);
    expect(keys).not.toContain('layout');
    expect(keys).not.toContain('body');
    expect(keys.filter((key) => key === 'title')).toHaveLength(1);
    expect(fields.find((field) => field.key === 'title')?.kind).toBe('string');
  });

  it('matches folders whatever slashes or ./ surround them, in the order of the post folders', () => {
    const config = {
      collections: [
        { name: 'drafts', folder: './_drafts', fields: [{ name: 'draft_note' }] },
        { name: 'posts', folder: '_posts/', fields: [{ name: 'title' }] },
      ],
    };
    expect(decapFields(config, ['_posts', '_drafts'])?.map((field) => field.key)).toEqual(['title']);
    expect(decapFields(config, ['_drafts'])?.map((field) => field.key)).toEqual(['draft_note']);
  });

  it('answers null when no collection holds this site’s posts', () => {
    expect(decapFields(parseYaml(decapConfig), ['content/posts'])).toBeNull();
  });

  it('answers null, never throwing, on odd input', () => {
    for (const odd of [null, 42, 'collections', [], { collections: 'posts' }, { collections: [null, 3, []] }]) {
      expect(decapFields(odd, ['_posts'])).toBeNull();
    }
    expect(decapFields({ collections: [{ folder: '_posts', fields: 'title' }] }, ['_posts'])).toBeNull();
    expect(decapFields({ collections: [{ folder: '_posts', fields: [{ name: 7 }] }] }, ['_posts'])).toBeNull();
    const odd = { collections: [{ folder: '_posts', fields: [{ name: 'track', widget: 'select', options: 'a,b' }] }] };
    expect(decapFields(odd, ['_posts'])).toMatchObject([{ key: 'track', kind: 'select', options: [] }]);
  });
});

const frontMatterConfig = {
  $schema: 'https://frontmatter.codes/frontmatter.schema.json',
  'frontMatter.framework.id': 'jekyll',
  'frontMatter.content.pageFolders': [
    { title: 'Pages', path: '[[workspace]]/pages' },
    { title: 'Posts', path: '[[workspace]]/_posts', contentTypes: ['missing', 'event'] },
  ],
  'frontMatter.taxonomy.contentTypes': [
    { name: 'default', fields: [{ title: 'Title', name: 'title', type: 'string' }] },
    {
      name: 'event',
      fields: [
        { title: 'Title', name: 'title', type: 'string', required: true },
        { title: 'Description', name: 'description', type: 'string', multiline: true, description: 'For cards' },
        { title: 'Published', name: 'date', type: 'datetime', isPublishDate: true },
        { title: 'Day', name: 'day', type: 'datetime', dateFormat: "yyyy-MM-dd 'at venue'" },
        { title: 'Draft', name: 'draft', type: 'draft', default: false },
        { title: 'Tags', name: 'tags', type: 'tags' },
        { title: 'Categories', name: 'categories', type: 'categories' },
        { title: 'Track', name: 'track', type: 'choice', choices: ['keynote', { id: 'talk', title: 'Talk' }] },
        { title: 'Rooms', name: 'rooms', type: 'choice', choices: ['A', 'B'], multiple: true },
        { title: 'Cover', name: 'cover', type: 'image' },
        { title: 'Gallery', name: 'gallery', type: 'image', multiple: true },
        { title: 'Seats', name: 'seats', type: 'number' },
        { title: 'Sponsor', name: 'sponsor', type: 'fields', fields: [{ name: 'name', type: 'string' }] },
        { title: 'Meta', name: 'meta', type: 'json' },
        { title: 'Slug', name: 'slug', type: 'slug' },
        { title: 'Section', name: 'section', type: 'divider' },
        { title: 'Secret', name: 'secret', type: 'string', hidden: true },
      ],
    },
  ],
};

describe('frontMatterCmsFields', () => {
  it('reads the content type the post folder lists, with titles, kinds, required and hints', () => {
    const fields = frontMatterCmsFields(frontMatterConfig, ['_posts', '_drafts']);
    expect(fields?.map((field) => [field.key, field.kind])).toEqual([
      ['title', 'string'],
      ['description', 'text'],
      ['date', 'datetime'],
      ['day', 'date'],
      ['draft', 'boolean'],
      ['tags', 'list'],
      ['categories', 'list'],
      ['track', 'select'],
      ['rooms', 'select'],
      ['cover', 'image'],
      ['gallery', 'list'],
      ['seats', 'number'],
      ['sponsor', 'object'],
      ['meta', 'object'],
      ['slug', 'string'],
    ]);
    const map = byKey(fields);
    expect(map.get('title')).toMatchObject({ label: 'Title', required: true, source: 'cms' });
    expect(map.get('description')).toMatchObject({ required: false, hint: 'For cards' });
    expect(map.get('draft')?.defaultValue).toBe(false);
    expect(map.get('track')).toMatchObject({ options: ['keynote', 'talk'], multiple: false });
    expect(map.get('rooms')).toMatchObject({ options: ['A', 'B'], multiple: true });
  });

  it('falls back to the default content type, then to the first', () => {
    const folders = [{ path: '[[workspace]]\\_posts\\' }];
    const types = [
      { name: 'note', fields: [{ name: 'note', type: 'string' }] },
      { name: 'default', fields: [{ name: 'title', type: 'string' }] },
    ];
    const config = { 'frontMatter.content.pageFolders': folders, 'frontMatter.taxonomy.contentTypes': types };
    expect(frontMatterCmsFields(config, ['_posts'])?.map((field) => field.key)).toEqual(['title']);
    const withoutDefault = { ...config, 'frontMatter.taxonomy.contentTypes': types.slice(0, 1) };
    expect(frontMatterCmsFields(withoutDefault, ['_posts'])?.map((field) => field.key)).toEqual(['note']);
  });

  it('reads settings written as nested objects too', () => {
    const config = {
      frontMatter: {
        content: { pageFolders: [{ path: 'content/posts' }] },
        taxonomy: { contentTypes: [{ name: 'default', fields: [{ name: 'title', type: 'string' }] }] },
      },
    };
    expect(frontMatterCmsFields(config, ['content/posts'])?.map((field) => field.key)).toEqual(['title']);
  });

  it('answers null when no page folder holds this site’s posts, or on odd input', () => {
    expect(frontMatterCmsFields(frontMatterConfig, ['posts'])).toBeNull();
    for (const odd of [null, 'x', [], {}, { 'frontMatter.content.pageFolders': [{ path: 3 }] }]) {
      expect(frontMatterCmsFields(odd, ['_posts'])).toBeNull();
    }
    const noTypes = { 'frontMatter.content.pageFolders': [{ path: '_posts' }] };
    expect(frontMatterCmsFields(noTypes, ['_posts'])).toBeNull();
  });
});
