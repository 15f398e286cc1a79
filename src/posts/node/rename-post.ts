import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';
import { slugify } from '../slug';
import { noHardLinkCodes } from '../../fs/node/hard-links';

/** Jekyll's `YYYY-MM-DD-` name prefix, which dates the post and so must survive a rename. */
const datePrefix = /^\d{4}-\d{2}-\d{2}-/;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** `…/index.md` (Hugo, Eleventy, Astro page bundles): renaming the file would break the bundle. */
function isBundleIndex(id: string): boolean {
  return /^_?index\.[^/.]+$/i.test(path.posix.basename(id));
}

function renamedId(id: string, title: string): string {
  const folder = path.posix.dirname(id);
  const name = path.posix.basename(id);
  const extension = path.posix.extname(name);
  const prefix = datePrefix.exec(name.slice(0, name.length - extension.length))?.[0] ?? '';
  const newName = `${prefix}${slugify(title)}${extension}`;
  return folder === '.' ? newName : `${folder}/${newName}`;
}

function alreadyExists(newId: string): LanyardError {
  return new LanyardError(
    'already-exists',
    `The post was not renamed: ${newId} already exists. Choose another title, or move that file away first.`,
  );
}

/**
 * True when both paths name one folder entry, as `Post.md` and `post.md` do on a
 * case-insensitive disk; renaming between them replaces nothing.
 */
async function isSameEntry(from: string, to: string): Promise<boolean> {
  const [source, target] = await Promise.all([fs.lstat(from), fs.lstat(to)]);
  if (source.ino !== target.ino || source.dev !== target.dev) return false;
  // Two hard links to one file share an inode too, but each has its own name in the folder.
  return !(await fs.readdir(path.dirname(to))).includes(path.basename(to));
}

/** Checks the target is free, then renames; only a file created in between could be lost. */
async function moveByRename(from: string, to: string, newId: string): Promise<void> {
  const taken = await fs.lstat(to).then(
    () => true,
    (error: unknown) => {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    },
  );
  if (taken && !(await isSameEntry(from, to))) throw alreadyExists(newId);
  await fs.rename(from, to);
}

/** `link` fails rather than replace an existing file, so no moment exists where one could be lost. */
async function moveByLink(from: string, to: string, newId: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = errorCode(error) ?? '';
    if (code === 'EEXIST' || noHardLinkCodes.has(code)) return moveByRename(from, to, newId);
    throw error;
  }
  try {
    await fs.unlink(from);
  } catch (error) {
    // The new name is only a second link to the same file, so removing it loses nothing.
    await fs.unlink(to).catch(() => undefined);
    throw error;
  }
}

/**
 * Moves the post `id` to `newId` (both validated by the caller), creating the folder it moves
 * into. Never replaces another file (`already-exists`); the file's bytes, mode and
 * modification time stay as they were.
 */
export async function movePostFile(root: string, id: string, newId: string): Promise<void> {
  const from = await resolveInsideSite(root, id);
  const to = await resolveInsideSite(root, newId);
  const entry = await fs.lstat(from).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') throw new LanyardError('not-found', `There is no post ${id} to move.`);
    throw error;
  });
  await fs.mkdir(path.dirname(to), { recursive: true });
  if (entry.isSymbolicLink()) {
    // Some systems' `link` follows a symlink, which would turn the link into a copy of its target.
    await moveByRename(from, to, newId);
  } else if (entry.isFile()) {
    await moveByLink(from, to, newId);
  } else {
    throw new LanyardError('refused', `${id} is not a file, so Lanyard will not move it.`);
  }
}

/**
 * Renames the post `id` (validated by the caller) after `title`: same folder, same extension,
 * the `YYYY-MM-DD-` prefix kept when the name has one, the slug from `slugify`. Answers the
 * new id, or `id` untouched when the name would not change. Moves as `movePostFile` does.
 */
export async function renamePost(profile: SiteProfile, id: string, title: string): Promise<string> {
  if (isBundleIndex(id)) {
    throw new LanyardError('refused', `${id} is a page bundle: its folder names it, and its photos sit beside it.`);
  }
  const newId = renamedId(id, title);
  if (newId !== id) await movePostFile(profile.root, id, newId);
  return newId;
}
