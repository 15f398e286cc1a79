import { promises as fs } from 'node:fs';
import { LanyardError } from '../../api/lanyard-error';
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
import type { SiteProfile } from '../../site/site-profile';
import { slugify } from '../slug';

/** Past this many same-named posts something else is wrong; stop rather than loop. */
const maxNameAttempts = 1000;

/** RFC 3339 (`2026-11-23T15:30:15-08:00`), the form `hugo new` itself writes. */
const rfc3339: DateFormat = { ...defaultDateFormat, separator: 'T', offset: 'hh:mm', spaceBeforeOffset: false };

function frontMatterLines(kind: SiteKind, title: string, date: string): string[] {
  switch (kind) {
    case 'jekyll':
      return ['layout: post', `title: ${doubleQuoted(title)}`, `date: ${date}`, 'tags: []'];
    case 'hugo':
      // A new post stays out of the built site until the writer clears the flag.
      return [`title: ${doubleQuoted(title)}`, `date: ${date}`, 'draft: true'];
    case 'plain':
      return [`title: ${doubleQuoted(title)}`, `date: ${date}`];
  }
}

function candidateId(folder: string, baseName: string, attempt: number): string {
  const name = attempt === 1 ? `${baseName}.md` : `${baseName}-${attempt}.md`;
  return folder === '.' ? name : `${folder}/${name}`;
}

/** Writes a new file, failing with EEXIST rather than replacing one that appeared meanwhile. */
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

/**
 * Creates a post in the site's new-post folder with minimal front matter and answers its id.
 * Jekyll posts are named `YYYY-MM-DD-slug.md`, others `slug.md`; Hugo posts start as drafts.
 * The name and the `date:` (RFC 3339 for Hugo, else `defaultDateFormat`) use the site's zone,
 * or the machine's when the site sets none; a name already taken gets `-2`, `-3`, … and an
 * existing file is never replaced.
 */
export async function createPost(profile: SiteProfile, title: string, now: Date): Promise<{ id: string }> {
  const wall = wallTimeAt(now.getTime(), profile.timezone);
  // The offset at the instant itself: within the hour clocks repeat in autumn, the wall time is ambiguous.
  const format = profile.kind === 'hugo' ? rfc3339 : defaultDateFormat;
  const date = formatFrontMatterDate(wall, format, offsetAtInstant(now.getTime(), profile.timezone));
  const slug = slugify(title);
  const day = formatFrontMatterDate(wall, { ...defaultDateFormat, time: false }, 0);
  const baseName = profile.kind === 'jekyll' ? `${day}-${slug}` : slug;
  const folder = await resolveInsideSite(profile.root, profile.newPostFolder);
  await fs.mkdir(folder, { recursive: true });
  const content = ['---', ...frontMatterLines(profile.kind, title, date), '---', '', ''].join('\n');
  for (let attempt = 1; attempt <= maxNameAttempts; attempt++) {
    const id = candidateId(profile.newPostFolder, baseName, attempt);
    if (await writeNewFile(await resolveInsideSite(profile.root, id), content)) return { id };
  }
  throw new LanyardError(
    'already-exists',
    `There are already too many posts named ${baseName} in ${profile.newPostFolder}.`,
  );
}
