import { LanyardError } from '../api/lanyard-error';
import { setFrontMatterField } from '../frontmatter/edit-front-matter';
import type { FieldValue } from '../frontmatter/field-value';
import { readFrontMatterData } from '../frontmatter/front-matter-data';
import {
  defaultDateFormat,
  formatFrontMatterDate,
  offsetAtInstant,
  parseFrontMatterDate,
  wallTimeAt,
} from '../frontmatter/front-matter-date';
import type { SiteKind } from '../site/site-info';

/** A post's new place and text after it moved between draft and published. */
export interface PostMove {
  /** new site-relative id (same as before when the file stays) */
  id: string;
  text: string;
}

/** What a move between draft and published depends on, taken from the site's profile. */
export interface DraftSite {
  kind: SiteKind;
  draftFolders: string[];
  /** Where published posts live (Jekyll's `_posts`). */
  postsFolder: string;
  /** The site's IANA zone; null for the machine's own. */
  timezone: string | null;
}

interface DraftSigns {
  /** The part of the id below the Jekyll draft folder it is in; null when it is in none. */
  inDraftFolder: string | null;
  publishedFalse: boolean;
  draftTrue: boolean;
}

const datePrefix = /^\d{4}-\d{2}-\d{2}-/;
const dayOnly = { ...defaultDateFormat, time: false };

/** The part of `id` below `folder`, or null when the id is not inside it. */
function below(folder: string, id: string): string | null {
  if (folder === '.') return id;
  return id.startsWith(`${folder}/`) ? id.slice(folder.length + 1) : null;
}

function joined(folder: string, rest: string): string {
  return folder === '.' ? rest : `${folder}/${rest}`;
}

/** Splits `sub/name.md` into `sub/` and `name.md`. */
function splitName(rest: string): [string, string] {
  const slash = rest.lastIndexOf('/');
  return [rest.slice(0, slash + 1), rest.slice(slash + 1)];
}

function withField(text: string, key: string, value: FieldValue): string {
  const edit = setFrontMatterField(text, key, value);
  if (!edit.ok) throw new LanyardError('refused', edit.message);
  const { change } = edit;
  return change === null ? text : text.slice(0, change.from) + change.insert + text.slice(change.to);
}

/** What makes the post a draft; null when its front matter is TOML or JSON, which Lanyard never edits. */
function draftSigns(post: { id: string; text: string }, site: DraftSite): DraftSigns | null {
  const { split, data } = readFrontMatterData(post.text);
  if (split.format === 'toml' || split.format === 'json') return null;
  const folders = site.kind === 'jekyll' ? site.draftFolders : [];
  const inDraftFolder = folders.map((folder) => below(folder, post.id)).find((rest) => rest !== null) ?? null;
  return {
    inDraftFolder,
    // Hugo reads `published` as a date (an alias of publishDate), never as a flag.
    publishedFalse: site.kind !== 'hugo' && data?.published === false,
    draftTrue: data?.draft === true || data?.draft === 'true',
  };
}

/** Now, in the site's zone and in the format of the post's current `date` (else `defaultDateFormat`). */
function dateNow(current: unknown, site: DraftSite, now: Date): string {
  const format = (typeof current === 'string' ? parseFrontMatterDate(current)?.format : null) ?? defaultDateFormat;
  const instant = now.getTime();
  return formatFrontMatterDate(wallTimeAt(instant, site.timezone), format, offsetAtInstant(instant, site.timezone));
}

/**
 * What publishing a draft changes; null when the post is not a draft. A Jekyll post in a draft
 * folder moves to the posts folder (subfolders kept) as `YYYY-MM-DD-slug.md`, today in the
 * site's zone (a date already in the name is replaced), and its `date` is set to now in the
 * format it already has. `published: false` becomes `true` (not on Hugo, where `published` is a
 * date) and `draft: true` becomes `false`; either alone makes the post a draft that stays in
 * place. Every other byte is kept. Posts with TOML or JSON front matter answer null; front matter
 * Lanyard cannot edit safely throws `refused` with the reason.
 */
export function publishDraft(post: { id: string; text: string }, site: DraftSite, now: Date): PostMove | null {
  const signs = draftSigns(post, site);
  if (signs === null || (signs.inDraftFolder === null && !signs.publishedFalse && !signs.draftTrue)) return null;
  let { id, text } = post;
  if (signs.publishedFalse) text = withField(text, 'published', { kind: 'boolean', value: true });
  if (signs.draftTrue) text = withField(text, 'draft', { kind: 'boolean', value: false });
  if (signs.inDraftFolder !== null) {
    const [subfolder, name] = splitName(signs.inDraftFolder);
    const day = formatFrontMatterDate(wallTimeAt(now.getTime(), site.timezone), dayOnly, 0);
    id = joined(site.postsFolder, `${subfolder}${day}-${name.replace(datePrefix, '')}`);
    const current = readFrontMatterData(text).data?.date;
    text = withField(text, 'date', { kind: 'date', text: dateNow(current, site, now) });
  }
  return { id, text };
}

/**
 * What unpublishing a published post changes; null when it cannot be unpublished this way: it is
 * already a draft, its front matter is TOML or JSON, or it is a Jekyll post outside the posts
 * folder or without a `YYYY-MM-DD-` name. A Jekyll post moves to the first draft folder (else
 * `_drafts`) without the date in its name, subfolders kept, its text untouched; any other post
 * gets `draft: true`, the key added when absent. `now` is not used: unpublishing keeps the date.
 * Front matter Lanyard cannot edit safely throws `refused` with the reason.
 */
export function unpublishPost(post: { id: string; text: string }, site: DraftSite, _now: Date): PostMove | null {
  const signs = draftSigns(post, site);
  if (signs === null || signs.inDraftFolder !== null || signs.publishedFalse || signs.draftTrue) return null;
  if (site.kind !== 'jekyll') {
    return { id: post.id, text: withField(post.text, 'draft', { kind: 'boolean', value: true }) };
  }
  const rest = below(site.postsFolder, post.id);
  if (rest === null) return null;
  const [subfolder, name] = splitName(rest);
  if (!datePrefix.test(name)) return null;
  const draftFolder = site.draftFolders[0] ?? '_drafts';
  return { id: joined(draftFolder, `${subfolder}${name.replace(datePrefix, '')}`), text: post.text };
}
