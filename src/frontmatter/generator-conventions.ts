import type { FieldKind, FieldSpec } from './field-schema';

/**
 * A key made readable for a form label: `featured_image`, `featured-image` and `featuredImage`
 * all become "Featured image".
 */
export function readableLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((word) => word !== '');
  if (words.length === 0) return key;
  const text = words.map((word) => (/^[A-Z0-9]+$/.test(word) ? word : word.toLowerCase())).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface ConventionOptions {
  required?: boolean;
  multiple?: boolean;
  hint?: string;
}

function convention(key: string, kind: FieldKind, options: ConventionOptions = {}): FieldSpec {
  return {
    key,
    label: readableLabel(key),
    kind,
    required: options.required ?? false,
    options: [],
    multiple: options.multiple ?? false,
    suggestions: [],
    hint: options.hint ?? null,
    defaultValue: null,
    frequency: 0,
    source: 'convention',
  };
}

const title = convention('title', 'string', { required: true });

/**
 * The front matter keys each generator knows about, in the order a form shows them, keyed by
 * site kind (`jekyll`, `plain`, `hugo`, `astro`, `eleventy`). Read through `conventionFields`,
 * which hands out copies.
 */
export const generatorConventions: Readonly<Record<string, readonly FieldSpec[]>> = {
  jekyll: [
    title,
    convention('date', 'datetime'),
    convention('layout', 'select'),
    convention('categories', 'list'),
    convention('tags', 'list'),
    convention('published', 'boolean', { hint: 'Set to false to keep the post off the built site.' }),
    convention('permalink', 'string', { hint: 'The URL of the post, e.g. /:year/:title/' }),
    convention('excerpt', 'text', { hint: 'Shown in post lists; defaults to the first paragraph.' }),
    convention('image', 'image'),
  ],
  hugo: [
    title,
    convention('date', 'datetime'),
    convention('draft', 'boolean', { hint: 'Drafts are only built with hugo --buildDrafts.' }),
    convention('description', 'text'),
    convention('tags', 'list'),
    convention('categories', 'list'),
    convention('slug', 'string', { hint: 'The last part of the URL; defaults to the file name.' }),
    convention('lastmod', 'datetime'),
  ],
  astro: [
    title,
    convention('description', 'text'),
    convention('pubDate', 'date'),
    convention('updatedDate', 'date'),
    convention('heroImage', 'image'),
    convention('tags', 'list'),
    convention('draft', 'boolean'),
  ],
  eleventy: [
    title,
    convention('date', 'date'),
    convention('tags', 'list', { hint: 'Each tag also puts the post in a collection of that name.' }),
    convention('layout', 'string'),
    convention('permalink', 'string'),
    convention('description', 'text'),
    convention('eleventyExcludeFromCollections', 'boolean'),
  ],
  plain: [title, convention('date', 'date'), convention('tags', 'list'), convention('draft', 'boolean')],
};

/** Fresh copies of the conventional fields for a site kind; none for a kind without conventions. */
export function conventionFields(kind: string): FieldSpec[] {
  const fields = Object.hasOwn(generatorConventions, kind) ? (generatorConventions[kind] ?? []) : [];
  return fields.map((field) => ({ ...field, options: [...field.options], suggestions: [...field.suggestions] }));
}
