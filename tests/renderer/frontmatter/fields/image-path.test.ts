import { describe, expect, it } from 'vitest';
import {
  filterImages,
  imageUrl,
  imageValueFor,
  sitePathOfImageValue,
} from '../../../../renderer/src/frontmatter/fields/image-path';

describe('imageValueFor', () => {
  it('writes a site-root path when the field is empty or already rooted', () => {
    expect(imageValueFor('assets/cover.jpg', '')).toBe('/assets/cover.jpg');
    expect(imageValueFor('assets/cover.jpg', '/img/old.png')).toBe('/assets/cover.jpg');
  });

  it('keeps the relative style of the current value', () => {
    expect(imageValueFor('assets/cover.jpg', 'img/old.png')).toBe('assets/cover.jpg');
    expect(imageValueFor('/assets/cover.jpg', 'old.png')).toBe('assets/cover.jpg');
  });

  it('treats a URL as no style to keep', () => {
    expect(imageValueFor('assets/cover.jpg', 'https://cdn.example.com/a.png')).toBe('/assets/cover.jpg');
    expect(imageValueFor('assets/cover.jpg', '//cdn.example.com/a.png')).toBe('/assets/cover.jpg');
  });
});

describe('sitePathOfImageValue', () => {
  it('maps rooted and relative values to the site path', () => {
    expect(sitePathOfImageValue('/assets/a.png')).toBe('assets/a.png');
    expect(sitePathOfImageValue(' assets/a.png ')).toBe('assets/a.png');
  });

  it('has no site path for URLs and empty values', () => {
    expect(sitePathOfImageValue('https://example.com/a.png')).toBeNull();
    expect(sitePathOfImageValue('data:image/png;base64,AAAA')).toBeNull();
    expect(sitePathOfImageValue('//cdn/a.png')).toBeNull();
    expect(sitePathOfImageValue('')).toBeNull();
    expect(sitePathOfImageValue('/')).toBeNull();
  });
});

describe('imageUrl', () => {
  it('encodes each segment so spaces, # and ? reach the asset protocol intact', () => {
    expect(imageUrl('lanyard-asset://site/', 'assets/day one/#1 ?.jpg')).toBe(
      'lanyard-asset://site/assets/day%20one/%231%20%3F.jpg',
    );
  });
});

describe('filterImages', () => {
  const images = [{ path: 'assets/Café/keynote.jpg' }, { path: 'assets/workshop.png' }, { path: 'img/keynote-2.webp' }];

  it('matches every word anywhere in the path, ignoring case and accents, in the given order', () => {
    expect(filterImages(images, 'KEYNOTE').map((image) => image.path)).toEqual([
      'assets/Café/keynote.jpg',
      'img/keynote-2.webp',
    ]);
    expect(filterImages(images, 'cafe key').map((image) => image.path)).toEqual(['assets/Café/keynote.jpg']);
  });

  it('returns everything for an empty filter', () => {
    expect(filterImages(images, '  ')).toHaveLength(3);
  });
});
