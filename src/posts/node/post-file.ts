import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { PostDocument, SaveOutcome } from '../post-types';

/** How far into a file to look for a NUL byte, as git does, to tell binary from text. */
const binarySniffLength = 8192;
const utf8Bom = Uint8Array.of(0xef, 0xbb, 0xbf);

/** A post's bytes turned into editor text, with what is needed to turn it back. */
interface DecodedPost {
  text: string;
  lineEnding: 'lf' | 'crlf';
  hasBom: boolean;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** Names the bytes on disk: the sha256 of the raw file, in hex. */
export function versionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && utf8Bom.every((byte, index) => bytes[index] === byte);
}

/** Decodes a post, or returns why it cannot be edited as text. */
function decodePost(bytes: Uint8Array): DecodedPost | { problem: string } {
  if (bytes.subarray(0, binarySniffLength).includes(0)) return { problem: 'it looks like a binary file' };
  const hasBom = startsWithBom(bytes);
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    return { problem: 'it is not UTF-8 text' };
  }
  const crlfCount = raw.match(/\r\n/g)?.length ?? 0;
  const lfCount = (raw.match(/\n/g)?.length ?? 0) - crlfCount;
  return {
    text: crlfCount > 0 ? raw.replace(/\r\n/g, '\n') : raw,
    lineEnding: crlfCount > lfCount ? 'crlf' : 'lf',
    hasBom,
  };
}

/** Editor text back to the bytes the file would hold, in the file's own line endings and BOM. */
function encodePost(text: string, lineEnding: 'lf' | 'crlf', hasBom: boolean): Uint8Array {
  const body = lineEnding === 'crlf' ? text.replace(/\r?\n/g, '\r\n') : text;
  const encoded = new TextEncoder().encode(body);
  if (!hasBom) return encoded;
  const withBom = new Uint8Array(encoded.length + utf8Bom.length);
  withBom.set(utf8Bom);
  withBom.set(encoded, utf8Bom.length);
  return withBom;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** The file's bytes, or null when there is no file. */
async function readBytesOrNull(file: string, id: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code === 'EISDIR') throw new LanyardError('unreadable', `${id} is a folder, not a post.`);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new LanyardError('unreadable', `Lanyard is not allowed to read ${id}.`);
    }
    throw error;
  }
}

/**
 * Whether saving would go against the file's permissions. The mode bits count as well as
 * access(2): the atomic rename only needs the folder to be writable, and a superuser passes
 * every access check, yet a file nobody may write to is one the writer meant to protect.
 */
async function isReadOnly(file: string): Promise<boolean> {
  const writable = async (target: string) =>
    fs.access(target, constants.W_OK).then(
      () => true,
      () => false,
    );
  const stats = await fs.stat(file).catch((error: unknown) => {
    // Read a moment ago, gone now (renamed or deleted meanwhile): the same as not found.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new LanyardError('not-found', `${path.basename(file)} was moved or deleted just now.`);
  });
  if ((stats.mode & 0o222) === 0) return true;
  return !(await writable(file)) || !(await writable(path.dirname(file)));
}

async function assertSiteExists(root: string): Promise<void> {
  const stats = await fs.stat(root).catch(() => null);
  if (stats?.isDirectory() !== true) {
    throw new LanyardError('site-vanished', `The site folder ${root} is gone. Your text is kept; save it elsewhere.`);
  }
}

/**
 * Opens a post for editing. Text comes back with LF line breaks and no BOM; `lineEnding` and
 * `version` let `savePost` write it back faithfully and notice changes made on disk meanwhile.
 * Binary and non-UTF-8 files are refused with `unreadable`, a missing file with `not-found`.
 */
export async function readPost(root: string, id: string): Promise<PostDocument> {
  const file = await resolveInsideSite(root, id);
  const bytes = await readBytesOrNull(file, id);
  if (bytes === null)
    throw new LanyardError('not-found', `There is no post at ${id}; it may have been moved or deleted.`);
  const decoded = decodePost(bytes);
  if ('problem' in decoded) {
    throw new LanyardError(
      'unreadable',
      `Lanyard can't open ${id} because ${decoded.problem}. The file is left as it is.`,
    );
  }
  return {
    id,
    text: decoded.text,
    version: versionOf(bytes),
    lineEnding: decoded.lineEnding,
    readOnly: await isReadOnly(file),
  };
}

/** Where to write: through a symlinked post to its target, so the link survives the save. */
async function writeTarget(file: string): Promise<string> {
  return fs.realpath(file).catch(() => file);
}

async function writePostBytes(root: string, id: string, file: string, bytes: Uint8Array): Promise<void> {
  const target = await writeTarget(file);
  try {
    // The folder may have been removed while the post was open; the site root was checked above.
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, bytes);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new LanyardError(
        'read-only',
        `Lanyard is not allowed to write ${id}. Your text is kept; save it elsewhere.`,
      );
    }
    await assertSiteExists(root);
    const detail = error instanceof Error ? error.message : String(error);
    throw new LanyardError('io', `Lanyard could not save ${id}: ${detail}. Your text is kept.`);
  }
}

/**
 * Saves a post's text, keeping the file's line endings, BOM and mode. Writes nothing when the
 * disk no longer holds `baseVersion` (a conflict), when the text is what the file already holds,
 * or when the file is read-only (`read-only`). `baseVersion` null means no file is expected.
 * To keep the writer's text after a conflict, save again with the conflict's `diskVersion`: a
 * newer outside edit then conflicts again instead of being overwritten. Throws `site-vanished`
 * when the site folder is gone.
 */
export async function savePost(
  root: string,
  request: { id: string; text: string; baseVersion: string | null },
): Promise<SaveOutcome> {
  const { id, text, baseVersion } = request;
  await assertSiteExists(root);
  const file = await resolveInsideSite(root, id);
  const diskBytes = await readBytesOrNull(file, id);
  const diskVersion = diskBytes === null ? null : versionOf(diskBytes);
  const disk = diskBytes === null ? null : decodePost(diskBytes);
  const diskText = disk === null || 'problem' in disk ? null : disk.text;

  if (diskVersion !== baseVersion) return { status: 'conflict', diskText, diskVersion };
  if (disk !== null && 'problem' in disk) {
    throw new LanyardError('unreadable', `Lanyard won't overwrite ${id} because ${disk.problem}.`);
  }

  const bytes = encodePost(text, disk?.lineEnding ?? 'lf', disk?.hasBom ?? false);
  if (diskBytes !== null && diskVersion !== null) {
    // Comparing text too keeps a file with mixed line endings untouched when nothing was edited.
    if (sameBytes(bytes, diskBytes) || diskText === text) return { status: 'unchanged', version: diskVersion };
    if (await isReadOnly(file)) {
      throw new LanyardError(
        'read-only',
        `${id} is read-only, so Lanyard can't save it. Your text is kept; save it elsewhere.`,
      );
    }
  }
  await writePostBytes(root, id, file, bytes);
  return { status: 'saved', version: versionOf(bytes) };
}
