import { describe, expect, it } from 'vitest';
import { escapeFilePath, escapePath, splitPostPath } from '../../../src/publish/url-parts';

describe('escapePath and escapeFilePath', () => {
  it('keeps an escape in a URL path but encodes a % that a file name holds', () => {
    expect(escapePath('/a b/%41/100%/é')).toBe('/a%20b/%41/100%25/%C3%A9');
    expect(escapeFilePath('/a b/%41/100%/é')).toBe('/a%20b/%2541/100%25/%C3%A9');
    expect(escapePath(escapeFilePath('/%41'))).toBe('/%2541');
  });
});

describe('splitPostPath', () => {
  it('splits folders from the name and drops only the last extension', () => {
    expect(splitPostPath('src/posts/day-1.md')).toEqual({ folders: ['src', 'posts'], stem: 'day-1' });
    expect(splitPostPath('notes.v2.md')).toEqual({ folders: [], stem: 'notes.v2' });
    expect(splitPostPath('posts/.hidden')).toEqual({ folders: ['posts'], stem: '.hidden' });
  });
});
