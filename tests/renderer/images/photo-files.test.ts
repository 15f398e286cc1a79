import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../../src/api/contract';
import {
  formatBytes,
  isPhotoFile,
  isPhotoPaste,
  listNames,
  sortOutPhotos,
} from '../../../renderer/src/images/photo-files';

const file = (name: string, type = '', bytes = 1000) => ({ name, type, bytes });

describe('isPhotoFile', () => {
  it('knows photos by MIME type', () => {
    expect(isPhotoFile(file('clipboard', 'image/png'))).toBe(true);
    expect(isPhotoFile(file('x', 'IMAGE/JPEG'))).toBe(true);
  });

  it('knows photos by extension when the type is unknown, as HEIC often is', () => {
    expect(isPhotoFile(file('IMG_2041.HEIC'))).toBe(true);
    expect(isPhotoFile(file('scan.tif'))).toBe(true);
    expect(isPhotoFile(file('stage.jpeg', 'application/octet-stream'))).toBe(true);
  });

  it('refuses documents, vector drawings and names without an extension', () => {
    expect(isPhotoFile(file('notes.pdf', 'application/pdf'))).toBe(false);
    expect(isPhotoFile(file('logo.svg', 'image/svg+xml'))).toBe(false);
    expect(isPhotoFile(file('jpg'))).toBe(false);
    expect(isPhotoFile(file('.png'))).toBe(false);
  });
});

describe('sortOutPhotos', () => {
  it('keeps photos in their order and says in one sentence which files are not photos', () => {
    const files = [file('a.jpg'), file('notes.pdf'), file('b.png'), file('todo.txt')];
    const sorted = sortOutPhotos(files);
    expect(sorted.photos.map((f) => f.name)).toEqual(['a.jpg', 'b.png']);
    expect(sorted.leftOut).toHaveLength(1);
    expect(sorted.leftOut[0]).toMatch(/^notes\.pdf and todo\.txt aren't photos, so they were left out\./);
    expect(sorted.leftOut[0]).toContain('JPEG');
  });

  it('uses the singular for one file', () => {
    expect(sortOutPhotos([file('notes.pdf')]).leftOut).toEqual([
      "notes.pdf isn't a photo, so it was left out. Lanyard imports JPEG, PNG, GIF, WebP, AVIF, HEIC or TIFF.",
    ]);
  });

  it('refuses photos over the API limit with their size and the limit', () => {
    const sorted = sortOutPhotos([file('huge.tiff', 'image/tiff', MAX_IMAGE_BYTES + 50 * 1024 ** 2), file('ok.jpg')]);
    expect(sorted.photos.map((f) => f.name)).toEqual(['ok.jpg']);
    expect(sorted.leftOut).toEqual(['huge.tiff is too large to import (250 MB; the limit is 200 MB).']);
  });

  it('accepts a photo of exactly the limit', () => {
    expect(sortOutPhotos([file('edge.jpg', '', MAX_IMAGE_BYTES)]).photos).toHaveLength(1);
  });
});

describe('isPhotoPaste', () => {
  it('takes a copied image that comes without text', () => {
    expect(isPhotoPaste([file('image.png', 'image/png')], '')).toBe(true);
  });

  it('takes files copied in a file manager, whose text is only their names', () => {
    const copied = [file('a.jpg', 'image/jpeg'), file('b.jpg', 'image/jpeg')];
    expect(isPhotoPaste(copied, 'a.jpg\nb.jpg\n')).toBe(true);
  });

  it('leaves a paste from an office program to be text, though it carries a picture of it', () => {
    expect(isPhotoPaste([file('image.png', 'image/png')], 'Q3 revenue\t120')).toBe(false);
  });

  it('leaves pastes without photo files to be text', () => {
    expect(isPhotoPaste([], 'hello')).toBe(false);
    expect(isPhotoPaste([file('notes.pdf', 'application/pdf')], '')).toBe(false);
  });
});

describe('formatBytes and listNames', () => {
  it('formats sizes in KB, MB and GB of 1024', () => {
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(820 * 1024)).toBe('820 KB');
    expect(formatBytes(4.2 * 1024 ** 2)).toBe('4.2 MB');
    expect(formatBytes(2.5 * 1024 ** 3)).toBe('2.5 GB');
    expect(formatBytes(5000 * 1024 ** 3)).toBe('5,000 GB');
  });

  it('joins names with commas and a final "and"', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['a'])).toBe('a');
    expect(listNames(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
