import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';
import { defaultAltText, imageFileName, imageFolderFor, imageUrlFor, numberedName } from '../image-placement';
import type { ImageSettings, ImportedImage } from '../image-settings';
import { importLogFile, readImportLog, recordImport, updateImportLog, type ImportRecord } from './import-log';
import { processPhoto, type ProcessedPhoto } from './process-photo';
import { noHardLinkCodes } from '../../fs/node/hard-links';
import { photoLinkBasePath } from '../../publish/node/site-url-config';

/** The site, where Lanyard keeps its own files, and how this site treats photos. */
export interface ImportContext {
  profile: SiteProfile;
  userDataDir: string;
  settings: ImageSettings;
}

/** One photo to import: the post it is for, its original file name and its bytes. */
export interface ImportRequest {
  postId: string;
  name: string;
  data: Uint8Array;
}

/** `stage.jpg` … `stage-1000.jpg`; a folder holding all of them is not a place to add more. */
const maxNameAttempts = 1000;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function cancelled(name: string): LanyardError {
  return new LanyardError('refused', `${name} was not imported: the import was cancelled. Nothing was written.`);
}

/** The writer's version of a failed write to `folder`; other errors pass through unchanged. */
function describeWriteError(error: unknown, name: string, folder: string): unknown {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new LanyardError('io', `The disk is full: ${name} could not be saved in ${folder}. Nothing was written.`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new LanyardError('read-only', `Lanyard isn't allowed to write to ${folder}. Nothing was written.`);
  }
  return error;
}

/** True when the file the log remembers is still at its path with the size it was written with. */
async function isStillThere(root: string, record: ImportRecord): Promise<boolean> {
  try {
    const stats = await fs.stat(await resolveInsideSite(root, record.path));
    return stats.isFile() && stats.size === record.bytes;
  } catch {
    return false;
  }
}

async function processNamed(
  request: ImportRequest,
  settings: ImageSettings,
  signal?: AbortSignal,
): Promise<ProcessedPhoto> {
  try {
    return await processPhoto(request.data, settings, signal);
  } catch (error) {
    if (signal?.aborted) throw cancelled(request.name);
    if (error instanceof LanyardError) throw new LanyardError(error.code, `${request.name}: ${error.message}`);
    throw error;
  }
}

async function writeSynced(file: string, data: Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Puts the complete temp file at `target` unless something is there already; answers
 * whether it did. Where hard links are missing, writes a copy created exclusively.
 */
async function placeAt(temp: string, target: string, data: Uint8Array): Promise<boolean> {
  try {
    await fs.link(temp, target);
    return true;
  } catch (error) {
    const code = errorCode(error) ?? '';
    if (code === 'EEXIST') return false;
    if (!noHardLinkCodes.has(code)) throw error;
  }
  try {
    await writeSynced(target, data);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    // Only a file this call created can be here now, and it is incomplete.
    await fs.rm(target, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes `data` into `folder` (absolute, existing) as `fileName` or the first free numbered
 * variant, never replacing a file. The bytes are complete and synced in a hidden temp file
 * before any visible name exists; the temp file is always removed. Answers the name used.
 */
async function writeNewFile(
  folder: string,
  fileName: string,
  data: Uint8Array,
  onBeforePlacing: () => void,
): Promise<string> {
  const temp = path.join(folder, `.lanyard-tmp-${randomBytes(8).toString('hex')}`);
  try {
    await writeSynced(temp, data);
    for (let attempt = 1; attempt <= maxNameAttempts; attempt++) {
      onBeforePlacing();
      const name = numberedName(fileName, attempt);
      if (await placeAt(temp, path.join(folder, name), data)) return name;
    }
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
  throw new LanyardError('already-exists', `${fileName} and ${maxNameAttempts - 1} numbered variants already exist.`);
}

/** Removes the empty folders `mkdir -p` made, deepest first, from `folder` up to `created`. */
async function removeCreatedFolders(folder: string, created: string | undefined): Promise<void> {
  if (created === undefined) return;
  for (let current = folder; current.length >= created.length; current = path.dirname(current)) {
    await fs.rmdir(current).catch(() => undefined);
    if (current === created) return;
  }
}

/** Runs `work` once every earlier `work` queued under `key` has settled, whatever its outcome. */
async function inTurn<T>(queues: Map<string, Promise<unknown>>, key: string, work: () => Promise<T>): Promise<T> {
  const current = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(work);
  queues.set(key, current);
  try {
    return await current;
  } finally {
    if (queues.get(key) === current) queues.delete(key);
  }
}

/**
 * Imports of the same photo (by import log and hash) in flight: a second one waits for the
 * first and then links its file, as it would have a moment later.
 */
const samePhotoImports = new Map<string, Promise<unknown>>();
/**
 * Writes into one site (by root), one at a time: a failed import removes the folders it made,
 * which must not be folders another import is about to write into.
 */
const siteWrites = new Map<string, Promise<unknown>>();

/**
 * Imports one photo for a post. The same photo imported before (same SHA-256 of its bytes)
 * whose file is still in place is linked again (`reused`) and nothing is written. Otherwise
 * the photo is processed and written where the site keeps images, under a new name that
 * never replaces a file. On any failure — a photo that cannot be read, a full disk, a folder
 * that is not writable, cancellation before the file is in place — nothing is left in the site.
 * Imports may run at the same time: photos are processed side by side; the same photo twice
 * is processed once and linked again, as one after the other.
 */
export async function importImage(
  context: ImportContext,
  request: ImportRequest,
  signal?: AbortSignal,
): Promise<ImportedImage> {
  const { profile, userDataDir, settings } = context;
  const { postId, name } = request;
  const throwIfCancelled = () => {
    if (signal?.aborted) throw cancelled(name);
  };
  throwIfCancelled();
  const hash = createHash('sha256').update(request.data).digest('hex');
  const logFile = importLogFile(userDataDir, profile.root);
  const record = async (image: ImportRecord) => {
    try {
      await updateImportLog(logFile, profile.root, (log) => recordImport(log, hash, image, postId));
    } catch (error) {
      throw describeWriteError(error, name, path.dirname(logFile));
    }
  };
  // Queued before anything is awaited, so the same photo given twice is imported by the first call.
  return inTurn(samePhotoImports, `${logFile}\n${hash}`, async () => {
    throwIfCancelled();
    // Read once per import: the writer may have changed the base path since the last one.
    const basePath = await photoLinkBasePath(profile);
    const answer = (image: ImportRecord, reused: boolean): ImportedImage => ({
      path: image.path,
      url: imageUrlFor(profile, image.path, postId, basePath),
      width: image.width,
      height: image.height,
      bytes: image.bytes,
      reused,
      altSuggestion: defaultAltText(name),
    });
    const known = (await readImportLog(logFile, profile.root)).sources.get(hash);
    if (known !== undefined && (await isStillThere(profile.root, known))) {
      await record(known);
      return answer(known, true);
    }
    const photo = await processNamed(request, settings, signal);
    throwIfCancelled();
    const image = await inTurn(siteWrites, profile.root, () =>
      writeIntoSite(context, request, photo, { record, throwIfCancelled }),
    );
    return answer(image, false);
  });
}

/**
 * Writes a processed photo where the site keeps images and records it; on failure removes
 * the file and the folders it made, and says why in the writer's words.
 */
async function writeIntoSite(
  { profile, settings }: ImportContext,
  { postId, name }: ImportRequest,
  photo: ProcessedPhoto,
  steps: { record: (image: ImportRecord) => Promise<void>; throwIfCancelled: () => void },
): Promise<ImportRecord> {
  const folder = imageFolderFor(profile, postId, settings);
  const absoluteFolder = await resolveInsideSite(profile.root, folder);
  let created: string | undefined;
  let written: string | null = null;
  try {
    created = await fs.mkdir(absoluteFolder, { recursive: true });
    const fileName = await writeNewFile(
      absoluteFolder,
      imageFileName(postId, name, photo.extension),
      photo.data,
      steps.throwIfCancelled,
    );
    written = path.join(absoluteFolder, fileName);
    const image: ImportRecord = {
      path: folder === '.' ? fileName : `${folder}/${fileName}`,
      postId,
      bytes: photo.data.byteLength,
      width: photo.width,
      height: photo.height,
    };
    await steps.record(image);
    return image;
  } catch (error) {
    if (written !== null) await fs.rm(written, { force: true }).catch(() => undefined);
    await removeCreatedFolders(absoluteFolder, created);
    throw describeWriteError(error, name, folder === '.' ? 'the site folder' : folder);
  }
}
