import { describe, expect, it } from 'vitest';
import { conventionFields, generatorConventions, readableLabel } from '../../../src/frontmatter/generator-conventions';

const kindsOf = (kind: string) => Object.fromEntries(conventionFields(kind).map((field) => [field.key, field.kind]));

describe('conventionFields', () => {
  it('gives Jekyll its conventional keys with kinds a form can use', () => {
    expect(kindsOf('jekyll')).toEqual({
      title: 'string',
      date: 'datetime',
      layout: 'select',
      categories: 'list',
      tags: 'list',
      published: 'boolean',
      permalink: 'string',
      excerpt: 'text',
      image: 'image',
    });
  });

  it('gives Hugo draft, description and slug', () => {
    expect(kindsOf('hugo')).toMatchObject({
      title: 'string',
      date: 'datetime',
      draft: 'boolean',
      description: 'text',
      slug: 'string',
      tags: 'list',
      categories: 'list',
    });
  });

  it('has entries for every site kind issue 6 may detect, each requiring a title', () => {
    for (const kind of ['jekyll', 'plain', 'hugo', 'astro', 'eleventy']) {
      const fields = conventionFields(kind);
      expect(fields.length).toBeGreaterThan(2);
      expect(fields.filter((field) => field.required).map((field) => field.key)).toEqual(['title']);
      expect(fields.every((field) => field.source === 'convention' && field.frequency === 0)).toBe(true);
    }
  });

  it('answers no fields for an unknown kind, including inherited property names', () => {
    expect(conventionFields('gatsby')).toEqual([]);
    expect(conventionFields('toString')).toEqual([]);
  });

  it('hands out copies, so a caller changing them leaves the conventions alone', () => {
    const fields = conventionFields('jekyll');
    const layout = fields.find((field) => field.key === 'layout');
    layout?.options.push('post');
    if (layout) layout.kind = 'string';
    expect(generatorConventions.jekyll?.find((field) => field.key === 'layout')).toMatchObject({
      kind: 'select',
      options: [],
    });
  });
});

describe('readableLabel', () => {
  it('turns snake, kebab and camel case into a sentence-case label', () => {
    expect(readableLabel('featured_image')).toBe('Featured image');
    expect(readableLabel('cover-image')).toBe('Cover image');
    expect(readableLabel('heroImage')).toBe('Hero image');
    expect(readableLabel('title')).toBe('Title');
  });

  it('keeps acronyms and leaves a key without letters as it is', () => {
    expect(readableLabel('og_URL')).toBe('Og URL');
    expect(readableLabel('__')).toBe('__');
  });
});
