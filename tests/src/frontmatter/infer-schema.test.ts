import { describe, expect, it } from 'vitest';
import type { FieldObservation, FieldSpec, ObservedKind } from '../../../src/frontmatter/field-schema';
import { inferSiteSchema, type SchemaInputs } from '../../../src/frontmatter/infer-schema';

const seen = (key: string, kind: ObservedKind, ...values: string[]): FieldObservation => ({ key, kind, values });

function inputs(overrides: Partial<SchemaInputs>): SchemaInputs {
  return { kind: 'jekyll', observations: [], layouts: [], cms: null, timezone: null, dateSamples: [], ...overrides };
}

function field(schema: { fields: FieldSpec[] }, key: string): FieldSpec {
  const found = schema.fields.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no field ${key}`);
  return found;
}

function cmsField(key: string, overrides: Partial<FieldSpec> = {}): FieldSpec {
  return {
    key,
    label: key.toUpperCase(),
    kind: 'string',
    required: true,
    options: [],
    multiple: false,
    suggestions: [],
    hint: null,
    defaultValue: null,
    frequency: 0,
    source: 'cms',
    ...overrides,
  };
}

/** Posts numbered from 1, each with its own title and a shared or unique value as asked. */
function posts(count: number, extra: (n: number) => FieldObservation[]): FieldObservation[][] {
  return Array.from({ length: count }, (_, index) => [
    seen('title', 'string', `Post ${index + 1}`),
    ...extra(index + 1),
  ]);
}

describe('inferSiteSchema: kinds', () => {
  it('takes the kind most posts use', () => {
    const schema = inferSiteSchema(
      inputs({ observations: posts(3, (n) => [seen('rating', n === 3 ? 'string' : 'number', String(n))]) }),
    );
    expect(field(schema, 'rating').kind).toBe('number');
  });

  it('makes dates with and without time a datetime, and short with long strings text', () => {
    const observations = [
      [seen('date', 'date', '2024-01-01'), seen('summary', 'string', 'Short')],
      [seen('date', 'date', '2024-01-02'), seen('summary', 'string', 'Short too')],
      [seen('date', 'datetime', '2024-01-03 10:00:00 +0100'), seen('summary', 'text')],
      [seen('date', 'string', 'soon'), seen('summary', 'number', '1')],
      [seen('date', 'string', 'later'), seen('summary', 'number', '2')],
    ];
    const schema = inferSiteSchema(inputs({ observations }));
    expect(field(schema, 'date').kind).toBe('datetime');
    expect(field(schema, 'summary').kind).toBe('text');
  });

  it('keeps date-only dates a date even though Jekyll’s convention is a datetime', () => {
    const schema = inferSiteSchema(inputs({ observations: [[seen('date', 'date', '2024-01-01')]] }));
    expect(field(schema, 'date')).toMatchObject({ kind: 'date', source: 'posts' });
  });

  it('reads space- or comma-separated Jekyll tags as a list, counting each tag', () => {
    const observations = [
      [seen('tags', 'string', 'aws reinvent')],
      [seen('tags', 'string', 'aws, keynote day')],
      [seen('tags', 'list', 'aws', 'reinvent')],
    ];
    const tags = field(inferSiteSchema(inputs({ observations })), 'tags');
    expect(tags.kind).toBe('list');
    expect(tags.suggestions).toEqual([
      { value: 'aws', count: 3 },
      { value: 'reinvent', count: 2 },
      { value: 'keynote day', count: 1 },
    ]);
  });

  it('leaves a string tags key a string outside Jekyll', () => {
    const observations = [[seen('tags', 'string', 'aws reinvent')], [seen('tags', 'string', 'gcp')]];
    const tags = field(inferSiteSchema(inputs({ kind: 'hugo', observations })), 'tags');
    expect(tags.kind).toBe('string');
    expect(tags.suggestions.map((suggestion) => suggestion.value)).toEqual(['aws reinvent', 'gcp']);
  });

  it('makes a key only ever written empty a string, still counting how often it appears', () => {
    const observations = [[seen('subtitle', 'null')], [seen('title', 'string', 'x')]];
    expect(field(inferSiteSchema(inputs({ observations })), 'subtitle')).toMatchObject({
      kind: 'string',
      frequency: 0.5,
    });
  });
});

describe('inferSiteSchema: frequency and suggestions', () => {
  it('counts each post once per key and value, ordering suggestions by use, ties alphabetically', () => {
    const observations = [
      [seen('tags', 'list', 'b', 'a', 'a')],
      [seen('tags', 'list', 'c', 'b'), seen('tags', 'list', 'z')],
      [seen('tags', 'list', ' ', 'c')],
      [],
    ];
    const tags = field(inferSiteSchema(inputs({ observations })), 'tags');
    expect(tags.frequency).toBe(0.75);
    expect(tags.suggestions).toEqual([
      { value: 'b', count: 2 },
      { value: 'c', count: 2 },
      { value: 'a', count: 1 },
    ]);
  });

  it('offers repeating string values, but nothing for free text such as titles', () => {
    const authors = ['ann', 'ann', 'bob', 'ann', 'cy', 'bob'];
    const schema = inferSiteSchema(
      inputs({ observations: posts(6, (n) => [seen('author', 'string', authors[n - 1] ?? '')]) }),
    );
    expect(field(schema, 'title').suggestions).toEqual([]);
    expect(field(schema, 'author').suggestions).toEqual([
      { value: 'ann', count: 3 },
      { value: 'bob', count: 2 },
      { value: 'cy', count: 1 },
    ]);
  });

  it('offers a category used once, but no value of a number or a key used once', () => {
    const observations = [
      [seen('categories', 'string', 'travel'), seen('rating', 'number', '4'), seen('venue', 'string', 'Hall A')],
      [seen('rating', 'number', '4')],
    ];
    const schema = inferSiteSchema(inputs({ kind: 'hugo', observations }));
    expect(field(schema, 'categories').suggestions).toEqual([{ value: 'travel', count: 1 }]);
    expect(field(schema, 'rating').suggestions).toEqual([]);
    expect(field(schema, 'venue').suggestions).toEqual([]);
  });

  it('keeps at most 200 suggestions, the most used', () => {
    const observations = Array.from({ length: 300 }, (_, n) => [seen('tags', 'list', `tag-${n}`, 'common')]);
    const tags = field(inferSiteSchema(inputs({ observations })), 'tags');
    expect(tags.suggestions).toHaveLength(200);
    expect(tags.suggestions[0]).toEqual({ value: 'common', count: 300 });
  });
});

describe('inferSiteSchema: Jekyll layouts', () => {
  it('makes layout a select of the _layouts names and the layouts posts use', () => {
    const observations = [[seen('layout', 'string', 'post')], [seen('layout', 'string', 'gallery')]];
    const layout = field(inferSiteSchema(inputs({ observations, layouts: ['post', 'default'] })), 'layout');
    expect(layout).toMatchObject({ kind: 'select', options: ['default', 'gallery', 'post'], frequency: 1 });
    expect(layout.suggestions).toEqual([
      { value: 'gallery', count: 1 },
      { value: 'post', count: 1 },
    ]);
  });

  it('offers _layouts names even when no post sets a layout, and a plain input when there are none', () => {
    expect(field(inferSiteSchema(inputs({ layouts: ['post'] })), 'layout')).toMatchObject({
      kind: 'select',
      options: ['post'],
      source: 'convention',
    });
    expect(field(inferSiteSchema(inputs({})), 'layout').kind).toBe('string');
  });

  it('leaves a CMS-defined layout as the CMS says', () => {
    const cms = { path: 'admin/config.yml', fields: [cmsField('layout')] };
    const layout = field(inferSiteSchema(inputs({ cms, layouts: ['post'] })), 'layout');
    expect(layout).toMatchObject({ kind: 'string', options: [], source: 'cms' });
  });
});

describe('inferSiteSchema: merging CMS, posts and conventions', () => {
  const observations = [
    [seen('title', 'string', 'A'), seen('track', 'string', 'keynote'), seen('mood', 'string', 'happy')],
    [seen('title', 'string', 'B'), seen('track', 'string', 'keynote'), seen('image', 'object')],
    [seen('title', 'string', 'C'), seen('track', 'string', 'hallway'), seen('published', 'string', 'yes')],
    [seen('title', 'string', 'D'), seen('date', 'datetime', '2024-12-02 09:00:00 -0800')],
  ];
  const cms = {
    path: 'admin/config.yml',
    fields: [cmsField('track', { kind: 'select', options: ['keynote', 'hallway', 'expo'] }), cmsField('venue')],
  };

  it('lets the CMS decide kind, label, required and options, adding what the posts show', () => {
    const schema = inferSiteSchema(inputs({ observations, cms }));
    expect(schema.cmsConfig).toBe('admin/config.yml');
    expect(field(schema, 'track')).toEqual(
      cmsField('track', {
        kind: 'select',
        options: ['keynote', 'hallway', 'expo'],
        frequency: 0.75,
        suggestions: [
          { value: 'keynote', count: 2 },
          { value: 'hallway', count: 1 },
        ],
      }),
    );
    expect(field(schema, 'venue')).toMatchObject({ label: 'VENUE', frequency: 0, source: 'cms' });
  });

  it('orders CMS fields first, then keys the posts use (title and date first), then conventions', () => {
    const schema = inferSiteSchema(inputs({ observations, cms }));
    expect(schema.fields.map((spec) => [spec.key, spec.source])).toEqual([
      ['track', 'cms'],
      ['venue', 'cms'],
      ['title', 'posts'],
      ['date', 'posts'],
      ['image', 'posts'],
      ['mood', 'posts'],
      ['published', 'posts'],
      ['layout', 'convention'],
      ['categories', 'convention'],
      ['tags', 'convention'],
      ['permalink', 'convention'],
      ['excerpt', 'convention'],
    ]);
    expect(schema.postCount).toBe(4);
  });

  it('fills unknown keys from conventions with frequency 0, never overriding observed kinds', () => {
    const schema = inferSiteSchema(inputs({ observations, cms }));
    expect(field(schema, 'title')).toMatchObject({ kind: 'string', required: true, frequency: 1 });
    expect(field(schema, 'image').kind).toBe('object');
    expect(field(schema, 'published').kind).toBe('string');
    expect(field(schema, 'mood')).toMatchObject({ label: 'Mood', required: false });
    expect(field(schema, 'excerpt')).toMatchObject({ kind: 'text', frequency: 0, suggestions: [] });
    expect(field(schema, 'tags')).toMatchObject({ kind: 'list', source: 'convention' });
  });

  it('sharpens a plain string the convention knows better: an image path, a long excerpt', () => {
    const strings = [[seen('image', 'string', '/a.png'), seen('excerpt', 'string', 'Short')]];
    const schema = inferSiteSchema(inputs({ observations: strings }));
    expect(field(schema, 'image')).toMatchObject({ kind: 'image', source: 'posts', frequency: 1 });
    expect(field(schema, 'excerpt').kind).toBe('text');
  });

  it('labels keys readably and passes the timezone and the most common date format through', () => {
    const schema = inferSiteSchema(
      inputs({
        observations: [[seen('featured_image', 'string', 'x.png')]],
        timezone: 'America/Los_Angeles',
        dateSamples: ['2024-12-02 09:00:00 -0800', '2024-12-03 10:00:00 -0800', '2024-12-04'],
      }),
    );
    expect(field(schema, 'featured_image').label).toBe('Featured image');
    expect(schema.timezone).toBe('America/Los_Angeles');
    expect(schema.dateFormat).toMatchObject({ time: true, separator: ' ', seconds: true, offset: 'hhmm' });
    expect(schema.cmsConfig).toBeNull();
  });

  it('describes a site without posts by its conventions alone', () => {
    const schema = inferSiteSchema(inputs({ kind: 'plain' }));
    expect(schema.fields.map((spec) => spec.key)).toEqual(['title', 'date', 'tags', 'draft']);
    expect(schema).toMatchObject({ postCount: 0, dateFormat: null });
  });
});
