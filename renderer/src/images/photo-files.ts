import { MAX_IMAGE_BYTES } from '../../../src/api/limits';

/** What the renderer knows about a file before importing it: a File or a chosen token. */
export interface FileFacts {
  name: string;
  /** MIME type; empty when the system doesn't know it (HEIC often). */
  type: string;
  bytes: number;
}

const photoTypes = new Set([
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/heic',
  'image/heif',
  'image/tiff',
]);
const photoExtensions = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'heic', 'heif', 'tif', 'tiff']);
const KINDS = 'JPEG, PNG, GIF, WebP, AVIF, HEIC or TIFF';
const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** True for the photo formats Lanyard imports, by MIME type or by file extension. */
export function isPhotoFile(file: Pick<FileFacts, 'name' | 'type'>): boolean {
  return photoTypes.has(file.type.toLowerCase()) || photoExtensions.has(extensionOf(file.name));
}

/** "820 KB", "4.2 MB", in units of 1024 bytes, so the API's limit reads as a round 200 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${sizeFormat.format(value)} ${units[unit]}`;
}

/** "a.pdf", "a.pdf and b.txt", "a.pdf, b.txt and c.doc". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The files to import and, one sentence each, why the others were left out. */
export interface SortedFiles<F> {
  photos: F[];
  leftOut: string[];
}

/** Keeps the photos among `files` that are small enough to import; says why each other file can't be. */
export function sortOutPhotos<F extends FileFacts>(files: readonly F[]): SortedFiles<F> {
  const notPhotos = files.filter((file) => !isPhotoFile(file));
  const tooLarge = files.filter((file) => isPhotoFile(file) && file.bytes > MAX_IMAGE_BYTES);
  const leftOut: string[] = [];
  if (notPhotos.length > 0) {
    const names = listNames(notPhotos.map((file) => file.name));
    const verb = notPhotos.length === 1 ? "isn't a photo" : "aren't photos";
    const pronoun = notPhotos.length === 1 ? 'it was' : 'they were';
    leftOut.push(`${names} ${verb}, so ${pronoun} left out. Lanyard imports ${KINDS}.`);
  }
  for (const file of tooLarge) {
    leftOut.push(
      `${file.name} is too large to import (${formatBytes(file.bytes)}; the limit is ${formatBytes(MAX_IMAGE_BYTES)}).`,
    );
  }
  return { photos: files.filter((file) => !notPhotos.includes(file) && !tooLarge.includes(file)), leftOut };
}

/**
 * Whether a paste is photos rather than text: it carries photo files and its plain text, if
 * any, is nothing but their names (as a file manager's copy has). An office program's copy
 * carries a picture of the text too, and that paste stays text.
 */
export function isPhotoPaste(files: readonly Pick<FileFacts, 'name' | 'type'>[], plainText: string): boolean {
  if (!files.some(isPhotoFile)) return false;
  let rest = plainText;
  for (const file of files) rest = rest.split(file.name).join('');
  return rest.trim() === '';
}
