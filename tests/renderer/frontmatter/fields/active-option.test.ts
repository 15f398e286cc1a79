import { describe, expect, it } from 'vitest';
import { moveActiveOption } from '../../../../renderer/src/frontmatter/fields/active-option';

describe('moveActiveOption in a list', () => {
  it('enters at either end and wraps around', () => {
    expect(moveActiveOption(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActiveOption(-1, 'ArrowUp', 3)).toBe(2);
    expect(moveActiveOption(2, 'ArrowDown', 3)).toBe(0);
    expect(moveActiveOption(0, 'ArrowUp', 3)).toBe(2);
    expect(moveActiveOption(1, 'ArrowDown', 3)).toBe(2);
  });

  it('leaves other keys and empty lists alone', () => {
    expect(moveActiveOption(1, 'ArrowLeft', 3)).toBeNull();
    expect(moveActiveOption(-1, 'ArrowDown', 0)).toBeNull();
  });
});

describe('moveActiveOption in a grid', () => {
  // 7 options in 3 columns:  0 1 2 / 3 4 5 / 6
  it('enters with ArrowDown only, so Left and Right still move the filter caret', () => {
    expect(moveActiveOption(-1, 'ArrowDown', 7, 3)).toBe(0);
    expect(moveActiveOption(-1, 'ArrowRight', 7, 3)).toBeNull();
    expect(moveActiveOption(-1, 'ArrowLeft', 7, 3)).toBeNull();
  });

  it('moves by rows and columns and stops at the edges', () => {
    expect(moveActiveOption(1, 'ArrowDown', 7, 3)).toBe(4);
    expect(moveActiveOption(4, 'ArrowDown', 7, 3)).toBe(6);
    expect(moveActiveOption(6, 'ArrowDown', 7, 3)).toBe(6);
    expect(moveActiveOption(4, 'ArrowRight', 7, 3)).toBe(5);
    expect(moveActiveOption(6, 'ArrowRight', 7, 3)).toBe(6);
    expect(moveActiveOption(0, 'ArrowLeft', 7, 3)).toBe(0);
    expect(moveActiveOption(4, 'ArrowUp', 7, 3)).toBe(1);
  });

  it('leaves the grid with ArrowUp from the top row', () => {
    expect(moveActiveOption(2, 'ArrowUp', 7, 3)).toBe(-1);
  });
});
