import { describe, expect, it } from 'vitest';
import { minimalChange, normalizeLineBreaks } from '../../../renderer/src/documents/text-diff';

describe('minimalChange', () => {
  it('finds the single replacement between two texts', () => {
    expect(minimalChange('abcdef', 'abXYef')).toEqual({ from: 2, to: 4, insert: 'XY' });
    expect(minimalChange('abc', 'abc')).toBeNull();
    expect(minimalChange('', 'new')).toEqual({ from: 0, to: 0, insert: 'new' });
    expect(minimalChange('aaa', 'aaaa')).toEqual({ from: 3, to: 3, insert: 'a' });
  });

  it('never splits a surrogate pair', () => {
    const change = minimalChange('x\u{1F600}y', 'x\u{1F601}y');
    expect(change).toEqual({ from: 1, to: 3, insert: '\u{1F601}' });
  });

  it('normalises CRLF and CR to LF', () => {
    expect(normalizeLineBreaks('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});
