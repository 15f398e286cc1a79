import { promises as fs } from 'node:fs';
import { LanyardError } from '../../api/lanyard-error';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';
import { slugify } from '../slug';

/** Past this many same-named posts something else is wrong; stop rather than loop. */
const maxNameAttempts = 1000;

/** A wall-clock time in one zone, with that zone's offset from UTC in minutes. */
interface ZonedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
}

function localTime(now: Date): ZonedTime {
  return {
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
    hour: now.getHours(),
    minute: now.getMinutes(),
    second: now.getSeconds(),
    offsetMinutes: -now.getTimezoneOffset(),
  };
}

function timeInZone(now: Date, timeZone: string): ZonedTime {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    throw new LanyardError('invalid-argument', `"${timeZone}" is not a time zone Lanyard knows.`);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(format.formatToParts(now).find((candidate) => candidate.type === type)?.value ?? NaN);
  const zoned = { year: part('year'), month: part('month'), day: part('day') };
  const clock = { hour: part('hour'), minute: part('minute'), second: part('second') };
  // The zone's offset is how far its wall clock is from UTC at this instant, to the minute.
  const wallAsUtc = Date.UTC(zoned.year, zoned.month - 1, zoned.day, clock.hour, clock.minute, clock.second);
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(now.getTime() / 1000) * 1000) / 60_000);
  return { ...zoned, ...clock, offsetMinutes };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function datePart(time: ZonedTime): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

/** `YYYY-MM-DD HH:MM:SS +ZZZZ`, the form Jekyll writes and reads. */
function frontMatterDate(time: ZonedTime): string {
  const sign = time.offsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(time.offsetMinutes);
  const zone = `${sign}${pad(Math.floor(offset / 60))}${pad(offset % 60)}`;
  return `${datePart(time)} ${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)} ${zone}`;
}

/** A YAML double-quoted scalar: the one style in which any title, colons and quotes included, is safe. */
function yamlQuoted(value: string): string {
  const escaped = value.replace(/[\\"\p{Cc}\u2028\u2029]/gu, (char) => {
    switch (char) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\t':
        return '\\t';
      case '\r':
        return '\\r';
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${escaped}"`;
}

function frontMatter(profile: SiteProfile, title: string, time: ZonedTime): string {
  const lines =
    profile.kind === 'jekyll'
      ? ['layout: post', `title: ${yamlQuoted(title)}`, `date: ${frontMatterDate(time)}`, 'tags: []']
      : [`title: ${yamlQuoted(title)}`, `date: ${frontMatterDate(time)}`];
  return ['---', ...lines, '---', '', ''].join('\n');
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
 * Jekyll posts are named `YYYY-MM-DD-slug.md`, dated in `timeZone` (an IANA name) or local time;
 * a name already taken gets `-2`, `-3`, … and an existing file is never replaced.
 */
export async function createPost(
  profile: SiteProfile,
  title: string,
  now: Date,
  timeZone?: string,
): Promise<{ id: string }> {
  const time = timeZone === undefined ? localTime(now) : timeInZone(now, timeZone);
  const slug = slugify(title);
  const baseName = profile.kind === 'jekyll' ? `${datePart(time)}-${slug}` : slug;
  const folder = await resolveInsideSite(profile.root, profile.newPostFolder);
  await fs.mkdir(folder, { recursive: true });
  const content = frontMatter(profile, title, time);
  for (let attempt = 1; attempt <= maxNameAttempts; attempt++) {
    const id = candidateId(profile.newPostFolder, baseName, attempt);
    if (await writeNewFile(await resolveInsideSite(profile.root, id), content)) return { id };
  }
  throw new LanyardError(
    'already-exists',
    `There are already too many posts named ${baseName} in ${profile.newPostFolder}.`,
  );
}
