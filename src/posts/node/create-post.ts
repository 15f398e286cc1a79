import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { readFrontMatterData } from '../../frontmatter/front-matter-data';
import { doubleQuoted } from '../../frontmatter/yaml-scalar-text';
import {
  type DateFormat,
  defaultDateFormat,
  formatFrontMatterDate,
  offsetAtInstant,
  wallTimeAt,
} from '../../frontmatter/front-matter-date';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteKind } from '../../site/site-info';
import type { PostNaming, SiteProfile } from '../../site/site-profile';
import { slugify } from '../slug';

/** What a new post starts with beyond what its kind gives it. */
export interface NewPostContent {
  /** Rewrites the front matter lines the site's kind starts a post with (title, date, its own keys). */
  frontMatter?: (lines: string[]) => string[];
  /** The text after the front matter and the blank line under it; none by default. */
  body?: string;
}

/** Past this many same-named posts something else is wrong; stop rather than loop. */
const maxNameAttempts = 1000;

/** How many existing posts to read for the keys a new Astro post should use. */
const sampledPosts = 20;
const postExtensions = new Set(['.md', '.markdown', '.mdx']);

/**
 * RFC 3339 (`2026-11-23T15:30:15-08:00`), the form `hugo new` itself writes, and one YAML reads
 * as a date, so Astro's `z.date()` schemas and Eleventy's `date` accept it too.
 */
const rfc3339: DateFormat = { ...defaultDateFormat, separator: 'T', offset: 'hh:mm', spaceBeforeOffset: false };

const dateFormats: Record<SiteKind, DateFormat> = {
  jekyll: defaultDateFormat,
  hugo: rfc3339,
  astro: rfc3339,
  eleventy: rfc3339,
  plain: defaultDateFormat,
};

/** Top-level front matter keys of up to `sampledPosts` posts directly in `folder`. */
async function keysOfPostsIn(folder: string): Promise<Set<string>> {
  const names = await fs.readdir(folder).catch(() => []);
  const posts = names.filter((name) => postExtensions.has(path.extname(name).toLowerCase())).slice(0, sampledPosts);
  const keys = new Set<string>();
  for (const name of posts) {
    const text = await fs.readFile(path.join(folder, name), 'utf8').catch(() => '');
    for (const key of Object.keys(readFrontMatterData(text).data ?? {})) keys.add(key);
  }
  return keys;
}

/**
 * Astro's blog template dates posts with `pubDate` and requires a `description`; a collection
 * whose posts use `date` (and no `pubDate`) gets `date`, and `description` only when its posts
 * have one.
 */
async function astroLines(folder: string, title: string, date: string): Promise<string[]> {
  const keys = await keysOfPostsIn(folder);
  const dateKey = keys.has('date') && !keys.has('pubDate') ? 'date' : 'pubDate';
  const description = keys.has('description') ? ['description: ""'] : [];
  return [`title: ${doubleQuoted(title)}`, ...description, `${dateKey}: ${date}`];
}

async function frontMatterLines(kind: SiteKind, folder: string, title: string, date: string): Promise<string[]> {
  switch (kind) {
    case 'jekyll':
      return ['layout: post', `title: ${doubleQuoted(title)}`, `date: ${date}`, 'tags: []'];
    case 'hugo':
      // A new post stays out of the built site until the writer clears the flag.
      return [`title: ${doubleQuoted(title)}`, `date: ${date}`, 'draft: true'];
    case 'astro':
      return astroLines(folder, title, date);
    case 'eleventy':
    case 'plain':
      return [`title: ${doubleQuoted(title)}`, `date: ${date}`];
  }
}

function candidateId(folder: string, baseName: string, attempt: number, bundle: boolean): string {
  const base = attempt === 1 ? baseName : `${baseName}-${attempt}`;
  const name = bundle ? `${base}/index.md` : `${base}.md`;
  return folder === '.' ? name : `${folder}/${name}`;
}

/** Writes a new file, answering false rather than replacing one that appeared meanwhile. */
async function writeNewFile(file: string, content: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(file, { force: true });
    throw error;
  }
  return true;
}

/** Writes a page bundle's `index.md` in a new folder, answering false when the folder is taken. */
async function writeNewBundle(file: string, content: string): Promise<boolean> {
  const folder = path.dirname(file);
  try {
    await fs.mkdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    if (await writeNewFile(file, content)) return true;
  } catch (error) {
    await fs.rm(folder, { recursive: true, force: true });
    throw error;
  }
  // Something put the file there between the two steps: the folder is no longer only ours.
  return false;
}

/** The name a new post gets before any `-2`, and how the site names posts. */
function newPostName(profile: SiteProfile, title: string, now: Date): { baseName: string; naming: PostNaming } {
  const wall = wallTimeAt(now.getTime(), profile.timezone);
  const day = formatFrontMatterDate(wall, { ...defaultDateFormat, time: false }, 0);
  // Jekyll reads only dated names in its posts folder.
  const naming = profile.kind === 'jekyll' ? 'dated' : (profile.postNaming ?? 'slug');
  const slug = slugify(title);
  return { baseName: naming === 'dated' ? `${day}-${slug}` : slug, naming };
}

/** The id `createPost` would give a post titled `title` at `now` when the name is free. */
export function plannedPostId(profile: SiteProfile, title: string, now: Date): string {
  const { baseName, naming } = newPostName(profile, title, now);
  return candidateId(profile.newPostFolder, baseName, 1, naming === 'bundle');
}

/**
 * Creates a post in the site's new-post folder with minimal front matter and answers its id.
 * It is named as the site's posts are (`profile.postNaming`): `YYYY-MM-DD-slug.md` (always on
 * Jekyll), `slug.md` (the others' default) or a page bundle, `slug/index.md`. Hugo posts start
 * as drafts; Astro posts follow the keys of the collection's posts (`pubDate` unless they use
 * `date`). The name and the date (RFC 3339 for Hugo, Astro and Eleventy, else
 * `defaultDateFormat`) use the site's zone, or the machine's when the site sets none; a name
 * already taken gets `-2`, `-3`, … and an existing file or bundle is never replaced. `content`
 * rewrites the front matter lines and gives the body (a day post's, say).
 */
export async function createPost(
  profile: SiteProfile,
  title: string,
  now: Date,
  content: NewPostContent = {},
): Promise<{ id: string }> {
  const wall = wallTimeAt(now.getTime(), profile.timezone);
  // The offset at the instant itself: within the hour clocks repeat in autumn, the wall time is ambiguous.
  const date = formatFrontMatterDate(wall, dateFormats[profile.kind], offsetAtInstant(now.getTime(), profile.timezone));
  const { baseName, naming } = newPostName(profile, title, now);
  const folder = await resolveInsideSite(profile.root, profile.newPostFolder);
  await fs.mkdir(folder, { recursive: true });
  const kindLines = await frontMatterLines(profile.kind, folder, title, date);
  const lines = content.frontMatter?.(kindLines) ?? kindLines;
  const text = `${['---', ...lines, '---', '', ''].join('\n')}${content.body ?? ''}`;
  for (let attempt = 1; attempt <= maxNameAttempts; attempt++) {
    const id = candidateId(profile.newPostFolder, baseName, attempt, naming === 'bundle');
    const file = await resolveInsideSite(profile.root, id);
    if (await (naming === 'bundle' ? writeNewBundle : writeNewFile)(file, text)) return { id };
  }
  throw new LanyardError(
    'already-exists',
    `There are already too many posts named ${baseName} in ${profile.newPostFolder}.`,
  );
}
