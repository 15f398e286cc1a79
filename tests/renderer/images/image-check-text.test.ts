import { describe, expect, it } from 'vitest';
import { imageFileName, missingImagesText, unusedImagesText } from '../../../renderer/src/images/image-check-text';

describe('missingImagesText', () => {
  it('lists one or a few missing images by URL', () => {
    expect(missingImagesText(['/assets/images/a.jpg'])).toBe("1 linked image doesn't exist: /assets/images/a.jpg");
    expect(missingImagesText(['/a.jpg', '/b.jpg'])).toBe("2 linked images don't exist: /a.jpg, /b.jpg");
  });

  it('lists three and counts the rest', () => {
    expect(missingImagesText(['/a', '/b', '/c', '/d', '/e'])).toBe(
      "5 linked images don't exist: /a, /b, /c and 2 more",
    );
  });
});

describe('unusedImagesText', () => {
  it('agrees in number', () => {
    expect(unusedImagesText(1)).toBe('1 photo imported for this post is no longer used');
    expect(unusedImagesText(3)).toBe('3 photos imported for this post are no longer used');
  });
});

describe('imageFileName', () => {
  it('is the last segment of a site path', () => {
    expect(imageFileName('assets/images/b.jpg')).toBe('b.jpg');
    expect(imageFileName('b.jpg')).toBe('b.jpg');
  });
});
