import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';

/** Enough to undo any encoding a real file name needs; more layers than this is an attack. */
const maxDecodeRounds = 4;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function refuse(relPath: string, reason: string): never {
  const shown = JSON.stringify(relPath.length > 200 ? `${relPath.slice(0, 200)}…` : relPath);
  throw new LanyardError('outside-site', `That path is outside the open site: ${shown} (${reason}).`);
}

/** True when `candidate` is `folder` itself or lies below it. Both must be absolute. */
function isWithin(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  if (relative === '') return true;
  if (path.isAbsolute(relative)) return false; // another drive on Windows
  return relative.split(path.sep)[0] !== '..';
}

/**
 * The path as given and every URL-decoded form of it. Each form is checked, so `%2e%2e%2f`
 * (or `%252e…`, decoded twice) cannot smuggle `../` past the checks.
 */
function decodedForms(relPath: string): string[] {
  const forms = [relPath];
  let current = relPath;
  for (let round = 0; current.includes('%'); round++) {
    if (round === maxDecodeRounds) refuse(relPath, 'it is encoded too many times');
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      refuse(relPath, 'it has a % that is not a valid escape');
    }
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

function checkForm(relPath: string, form: string): void {
  if (form.includes('\0')) refuse(relPath, 'it contains a NUL byte');
  if (form.includes('\\')) refuse(relPath, 'it contains a backslash; use / between folders');
  if (/^[a-zA-Z]:/.test(form)) refuse(relPath, 'it names a drive');
  // Alternate data streams (`post.md:hidden`) are another file on Windows.
  if (process.platform === 'win32' && form.includes(':')) refuse(relPath, 'it contains a colon');
  if (form.startsWith('/')) refuse(relPath, 'it is an absolute path');
  const normalised = path.posix.normalize(form);
  if (normalised === '..' || normalised.startsWith('../')) refuse(relPath, 'it goes up out of the site folder');
}

async function realRootOf(root: string): Promise<string> {
  try {
    return await fs.realpath(root);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new LanyardError('site-vanished', `The site folder ${root} is gone.`);
    }
    throw error;
  }
}

/**
 * Follows every symlink on the way to `absolute` and checks where it really lands. A path that
 * does not exist yet is judged by its deepest existing ancestor.
 */
async function assertNoLinkOut(root: string, absolute: string, relPath: string): Promise<void> {
  const realRoot = await realRootOf(root);
  let candidate = absolute;
  for (;;) {
    let real: string | null = null;
    try {
      real = await fs.realpath(candidate);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ELOOP') refuse(relPath, 'it leads through a loop of links');
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      // realpath fails but lstat succeeds only for a dangling link, whose target we cannot judge.
      const entry = await fs.lstat(candidate).catch(() => null);
      if (entry?.isSymbolicLink()) refuse(relPath, 'it is a link to something that does not exist');
    }
    if (real !== null) {
      if (!isWithin(realRoot, real)) refuse(relPath, 'it leads through a link to outside the site');
      return;
    }
    const parent = path.dirname(candidate);
    if (parent === candidate) refuse(relPath, 'no part of it exists');
    candidate = parent;
  }
}

/**
 * Turns a site-relative POSIX path into an absolute path inside the site, or throws
 * `outside-site`. Refuses anything that could name a file elsewhere: `..` that climbs out,
 * absolute, drive and UNC paths, backslashes, NUL bytes, their URL-encoded forms, and symlinks
 * that lead out of the site. Throws `site-vanished` when the site folder itself is gone.
 */
export async function resolveInsideSite(root: string, relPath: string): Promise<string> {
  if (relPath === '') refuse(relPath, 'the path is empty');
  for (const form of decodedForms(relPath)) checkForm(relPath, form);
  const siteRoot = path.resolve(root);
  const absolute = path.resolve(siteRoot, path.posix.normalize(relPath));
  if (!isWithin(siteRoot, absolute)) refuse(relPath, 'it goes up out of the site folder');
  await assertNoLinkOut(siteRoot, absolute, relPath);
  return absolute;
}

/** The site-relative POSIX path of an absolute path inside the site (`.` for the root itself). */
export function toSiteRelative(root: string, absolute: string): string {
  const siteRoot = path.resolve(root);
  const target = path.resolve(absolute);
  if (!isWithin(siteRoot, target)) {
    throw new LanyardError('outside-site', `That path is outside the open site: ${JSON.stringify(absolute)}.`);
  }
  const relative = path.relative(siteRoot, target);
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}
