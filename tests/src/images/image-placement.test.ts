import { describe, expect, it } from 'vitest';
import {
  defaultAltText,
  imageFileName,
  imageFolderFor,
  imageUrlFor,
  numberedName,
  servedFolder,
  sitePathForImageUrl,
  usualImageFolder,
} from '../../../src/images/image-placement';
import { defaultImageSettings, type ImageSettings } from '../../../src/images/image-settings';
import { astroProfile, eleventyProfile } from '../../../src/site/site-profile';

const jekyll = { kind: 'jekyll' } as const;
const plain = { kind: 'plain' } as const;
const hugo = { kind: 'hugo' } as const;
const post = '_posts/2026-03-14-day-1-keynote.md';
const settings = (changes: Partial<ImageSettings> = {}): ImageSettings => ({ ...defaultImageSettings, ...changes });

describe('imageFolderFor', () => {
  it('follows Jekyll’s assets/images, with a folder per post named by the slug when asked', () => {
    expect(imageFolderFor(jekyll, post, settings())).toBe('assets/images');
    expect(imageFolderFor(jekyll, post, settings({ folderPerPost: true }))).toBe('assets/images/day-1-keynote');
    expect(imageFolderFor(jekyll, '_drafts/Late Night Demos.md', settings({ folderPerPost: true }))).toBe(
      'assets/images/late-night-demos',
    );
  });

  it('puts a plain site’s photos in images at the root', () => {
    expect(imageFolderFor(plain, 'posts/trip.md', settings())).toBe('images');
    expect(imageFolderFor(plain, 'trip.md', settings({ folderPerPost: true }))).toBe('images/trip');
  });

  it('prefers a configured folder, cleaned of stray slashes, per post when asked', () => {
    expect(imageFolderFor(jekyll, post, settings({ folder: '/media//photos/' }))).toBe('media/photos');
    expect(imageFolderFor(jekyll, post, settings({ folder: 'media', folderPerPost: true }))).toBe(
      'media/day-1-keynote',
    );
    expect(imageFolderFor(plain, 'trip.md', settings({ folder: '/' }))).toBe('.');
  });

  it('keeps a bundle post’s photos in the bundle itself', () => {
    expect(imageFolderFor(plain, 'posts/tokyo-trip/index.md', settings())).toBe('posts/tokyo-trip');
    expect(imageFolderFor(plain, 'posts/tokyo-trip/index.md', settings({ folderPerPost: true }))).toBe(
      'posts/tokyo-trip',
    );
    // A root index.md is no bundle: the root is not the post's own folder.
    expect(imageFolderFor(plain, 'index.md', settings())).toBe('images');
  });
});

describe('Hugo sites', () => {
  const hugoPost = 'content/posts/day-1.md';
  const bundlePost = 'content/posts/my-trip/index.md';

  it('put photos in static/images, per post when asked, and bundle photos beside index.md', () => {
    expect(imageFolderFor(hugo, hugoPost, settings())).toBe('static/images');
    expect(imageFolderFor(hugo, hugoPost, settings({ folderPerPost: true }))).toBe('static/images/day-1');
    expect(imageFolderFor(hugo, bundlePost, settings({ folderPerPost: true }))).toBe('content/posts/my-trip');
  });

  it('serve static/ at the site root, so photos there link without it', () => {
    expect(servedFolder(hugo)).toBe('static');
    expect(servedFolder(jekyll)).toBe('.');
    expect(imageUrlFor(hugo, 'static/images/x.jpg', hugoPost)).toBe('/images/x.jpg');
    expect(imageUrlFor(hugo, 'static/images/day 1/x.jpg', hugoPost)).toBe('/images/day%201/x.jpg');
    expect(imageUrlFor(hugo, 'content/posts/my-trip/x.jpg', bundlePost)).toBe('x.jpg');
    expect(imageUrlFor(hugo, 'static/images/x.jpg', bundlePost)).toBe('/images/x.jpg');
  });

  it('map site-root URLs back into static/, never above it, and bundle URLs into the bundle', () => {
    expect(sitePathForImageUrl(hugo, '/images/x.jpg?v=1', hugoPost)).toBe('static/images/x.jpg');
    expect(sitePathForImageUrl(hugo, 'x.jpg', bundlePost)).toBe('content/posts/my-trip/x.jpg');
    expect(sitePathForImageUrl(hugo, '/images/../x.jpg', hugoPost)).toBe('static/x.jpg');
    expect(sitePathForImageUrl(hugo, '/../hugo.toml', hugoPost)).toBeNull();
    expect(sitePathForImageUrl(hugo, '/', hugoPost)).toBeNull();
  });
});

describe('Astro sites', () => {
  const astro = astroProfile('/site', 'Site', { folders: ['blog'], collections: ['blog'] });
  const astroPost = 'src/content/blog/day-1.md';

  it('put photos in public/images, served at /images/, per post when asked', () => {
    expect(imageFolderFor(astro, astroPost, settings())).toBe('public/images');
    expect(imageFolderFor(astro, astroPost, settings({ folderPerPost: true }))).toBe('public/images/day-1');
    expect(servedFolder(astro)).toBe('public');
    expect(imageUrlFor(astro, 'public/images/day-1/stage.jpg', astroPost)).toBe('/images/day-1/stage.jpg');
    expect(sitePathForImageUrl(astro, '/images/stage.jpg', astroPost)).toBe('public/images/stage.jpg');
    expect(sitePathForImageUrl(astro, '/../astro.config.mjs', astroPost)).toBeNull();
  });

  it('keep a bundle post’s photos beside its index.md, linked by bare name', () => {
    const bundle = 'src/content/blog/trip/index.md';
    expect(imageFolderFor(astro, bundle, settings())).toBe('src/content/blog/trip');
    expect(imageUrlFor(astro, 'src/content/blog/trip/x.jpg', bundle)).toBe('x.jpg');
  });
});

describe('Eleventy sites', () => {
  const facts = { input: 'src', postSections: ['posts'], markdownFolders: [] };
  const post = 'src/posts/day-1.md';

  it('put photos in the input folder’s img when it has one, served from the input folder', () => {
    const eleventy = eleventyProfile('/site', 'Site', { ...facts, imageFolder: 'img' });
    expect(imageFolderFor(eleventy, post, settings())).toBe('src/img');
    expect(servedFolder(eleventy)).toBe('src');
    expect(imageUrlFor(eleventy, 'src/img/stage.jpg', post)).toBe('/img/stage.jpg');
    expect(sitePathForImageUrl(eleventy, '/img/stage.jpg', post)).toBe('src/img/stage.jpg');
  });

  it('put photos in <input>/images otherwise, and in images at the root for an input folder of .', () => {
    const eleventy = eleventyProfile('/site', 'Site', { ...facts, imageFolder: null });
    expect(imageFolderFor(eleventy, post, settings({ folderPerPost: true }))).toBe('src/images/day-1');
    expect(imageUrlFor(eleventy, 'src/images/day-1/a b.jpg', post)).toBe('/images/day-1/a%20b.jpg');
    const atRoot = eleventyProfile('/site', 'Site', { ...facts, input: '.', imageFolder: null });
    expect(imageFolderFor(atRoot, 'posts/x.md', settings())).toBe('images');
    expect(imageUrlFor(atRoot, 'images/x.jpg', 'posts/x.md')).toBe('/images/x.jpg');
  });

  it('fall back to images at the root for a bare kind', () => {
    expect(imageFolderFor({ kind: 'eleventy' }, post, settings())).toBe('images');
    expect(servedFolder({ kind: 'eleventy' })).toBe('.');
  });
});

describe('imageFileName', () => {
  it('keeps a meaningful original name as a lowercase ASCII slug with the given extension', () => {
    expect(imageFileName(post, 'Keynote Stage_final.JPG', 'jpg')).toBe('keynote-stage-final.jpg');
    expect(imageFileName(post, 'Bühne in Zürich.png', '.webp')).toBe('buhne-in-zurich.webp');
    expect(imageFileName(post, 'C:\\Users\\me\\hallway.jpeg', 'JPG')).toBe('hallway.jpg');
  });

  it('names camera and screenshot files after the post, keeping the camera’s numbers', () => {
    expect(imageFileName(post, 'IMG_2041.HEIC', 'jpg')).toBe('day-1-keynote-2041.jpg');
    expect(imageFileName(post, 'DSC01234.JPG', 'jpg')).toBe('day-1-keynote-01234.jpg');
    expect(imageFileName(post, 'PXL_20260314_093012345.MP.jpg', 'jpg')).toBe('day-1-keynote-20260314-093012345.jpg');
    expect(imageFileName(post, 'Screenshot 2026-03-14 at 09.30.12.png', 'png')).toBe(
      'day-1-keynote-2026-03-14-09-30-12.png',
    );
    expect(imageFileName(post, 'image.png', 'png')).toBe('day-1-keynote.png');
    expect(imageFileName(post, 'IMG-20260314-WA0001.jpg', 'jpg')).toBe('day-1-keynote-20260314-0001.jpg');
    expect(imageFileName('posts/tokyo-trip/index.md', '東京.jpg', 'jpg')).toBe('tokyo-trip.jpg');
  });

  it('keeps very long camera numbers short enough for any file system', () => {
    const name = imageFileName(post, `IMG_${'1234567890'.repeat(20)}.jpg`, 'jpg');
    expect(name.length).toBeLessThanOrEqual(60);
    expect(name).toMatch(/^day-1-keynote-\d+\.jpg$/);
  });
});

describe('numberedName', () => {
  it('adds a number before the extension from the second attempt on', () => {
    expect([1, 2, 3].map((attempt) => numberedName('stage.jpg', attempt))).toEqual([
      'stage.jpg',
      'stage-2.jpg',
      'stage-3.jpg',
    ]);
    expect(numberedName('day-1-2041.jpg', 2)).toBe('day-1-2041-2.jpg');
  });

  it('refuses attempts that are not whole numbers from 1', () => {
    expect(() => numberedName('stage.jpg', 0)).toThrow(RangeError);
    expect(() => numberedName('stage.jpg', 1.5)).toThrow(RangeError);
  });
});

describe('imageUrlFor and sitePathForImageUrl', () => {
  it('links site files from the site root, percent-encoded, and bundle files by bare name', () => {
    expect(imageUrlFor(jekyll, 'assets/images/stage.jpg', post)).toBe('/assets/images/stage.jpg');
    expect(imageUrlFor(plain, 'my photos/stage.jpg', 'trip.md')).toBe('/my%20photos/stage.jpg');
    expect(imageUrlFor(plain, 'posts/trip/stage.jpg', 'posts/trip/index.md')).toBe('stage.jpg');
    expect(imageUrlFor(plain, 'images/stage.jpg', 'posts/trip/index.md')).toBe('/images/stage.jpg');
  });

  it('maps URLs back to site paths from the root or the post’s folder', () => {
    expect(sitePathForImageUrl(jekyll, '/assets/images/stage.jpg?v=2#top', post)).toBe('assets/images/stage.jpg');
    expect(sitePathForImageUrl(plain, '/my%20photos/stage.jpg', 'trip.md')).toBe('my photos/stage.jpg');
    expect(sitePathForImageUrl(plain, 'stage.jpg', 'posts/trip/index.md')).toBe('posts/trip/stage.jpg');
    expect(sitePathForImageUrl(plain, '../shared/./a.png', 'posts/trip/index.md')).toBe('posts/shared/a.png');
  });

  it('answers null for URLs that leave the site, name its root or cannot be decoded', () => {
    expect(sitePathForImageUrl(plain, '../../etc/passwd', 'posts/trip.md')).toBeNull();
    expect(sitePathForImageUrl(jekyll, '/', post)).toBeNull();
    expect(sitePathForImageUrl(jekyll, '/assets/%E0%A4%A.png', post)).toBeNull();
  });
});

describe('defaultAltText', () => {
  it('turns a meaningful file name into a sentence', () => {
    expect(defaultAltText('keynote-stage_final.JPG')).toBe('Keynote stage final');
    expect(defaultAltText('riverside-stage.jpg')).toBe('Riverside stage');
    expect(defaultAltText('Anna at the NYC booth.png')).toBe('Anna at the NYC booth');
  });

  it('suggests nothing for camera and screenshot names, so the writer is asked', () => {
    for (const name of [
      'IMG_2041.JPG',
      'DSC01234.jpg',
      'PXL_20260314_093012345.jpg',
      'image.png',
      'Screenshot 2026-03-14 at 09.30.12.png',
      'P1010001.JPG',
      '',
    ]) {
      expect(defaultAltText(name), name).toBe('');
    }
  });
});

describe('a site served below a path', () => {
  it('links photos under the encoded base path, and maps those links back to the same file', () => {
    const site = { kind: 'jekyll' as const, basePath: '/my blog' };
    const url = imageUrlFor(site, 'assets/images/stage café.jpg', '_posts/2026-11-23-day-1.md');
    expect(url).toBe('/my%20blog/assets/images/stage%20caf%C3%A9.jpg');
    expect(sitePathForImageUrl(site, url, '_posts/2026-11-23-day-1.md')).toBe('assets/images/stage café.jpg');
    expect(sitePathForImageUrl(site, '/assets/images/x.jpg', '_posts/2026-11-23-day-1.md')).toBe('assets/images/x.jpg');
  });
});

describe('usualImageFolder', () => {
  it('names each kind’s own folder, or the one its config moved photos to, never a per-post folder', () => {
    expect(usualImageFolder(jekyll)).toBe('assets/images');
    expect(usualImageFolder(hugo)).toBe('static/images');
    expect(usualImageFolder(astroProfile('/site', 'Site', { folders: [], collections: [] }))).toBe('public/images');
    const eleventy = eleventyProfile('/site', 'Site', {
      input: 'src',
      postSections: [],
      markdownFolders: [],
      imageFolder: 'img',
    });
    expect(usualImageFolder(eleventy)).toBe('src/img');
    expect(usualImageFolder(plain)).toBe('images');
  });
});
