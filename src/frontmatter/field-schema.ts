import type { DateFormat } from './front-matter-date';

/** What kind of input a front matter field gets in the form. */
export type FieldKind =
  'string' | 'text' | 'date' | 'datetime' | 'boolean' | 'number' | 'list' | 'object' | 'select' | 'image';

/** What one post's value for a key looks like; `null` is a key written with no value. */
export type ObservedKind = 'string' | 'text' | 'date' | 'datetime' | 'boolean' | 'number' | 'list' | 'object' | 'null';

/** One top-level key of one post's front matter, as the schema inference sees it. */
export interface FieldObservation {
  key: string;
  kind: ObservedKind;
  /** Short string values and list items, as written (at most a few dozen per post). */
  values: string[];
}

/** A value seen in the site's posts and how many posts use it. */
export interface ValueCount {
  value: string;
  count: number;
}

/** Where a field's definition came from. */
export type FieldSource = 'cms' | 'posts' | 'convention';

/** How the form shows and checks one front matter key. */
export interface FieldSpec {
  key: string;
  /** A human label: the CMS's label, else the key made readable. */
  label: string;
  kind: FieldKind;
  required: boolean;
  /** For `select` and for lists with fixed choices: the allowed values. */
  options: string[];
  /** A `select` that holds a list of values rather than one. */
  multiple: boolean;
  /** Values seen in the site's posts, most used first (tags, categories, layouts…). */
  suggestions: ValueCount[];
  hint: string | null;
  /** The CMS's default for new posts, as JSON. */
  defaultValue: unknown;
  /** Share of the site's posts that have this key, 0…1. */
  frequency: number;
  source: FieldSource;
}

/** What Lanyard knows about the front matter of a site's posts. */
export interface SiteSchema {
  /** In display order: CMS order first, then the most used keys, then conventions. */
  fields: FieldSpec[];
  /** The IANA zone from the site's config (Jekyll `timezone`, Hugo `timeZone`), or null. */
  timezone: string | null;
  /** The date format most of the site's posts use, or null when no post has a date. */
  dateFormat: DateFormat | null;
  postCount: number;
  /** Site-relative path of the Decap or Front Matter CMS file the field definitions came from. */
  cmsConfig: string | null;
}
