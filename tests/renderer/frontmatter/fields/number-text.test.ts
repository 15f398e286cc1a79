import { describe, expect, it } from 'vitest';
import { numberText, parseNumberText, stepNumberText } from '../../../../renderer/src/frontmatter/fields/number-text';

describe('parseNumberText', () => {
  it('reads the decimal and float forms YAML reads as numbers', () => {
    expect(parseNumberText('12')).toBe(12);
    expect(parseNumberText(' -3.5 ')).toBe(-3.5);
    expect(parseNumberText('+4')).toBe(4);
    expect(parseNumberText('.5')).toBe(0.5);
    expect(parseNumberText('1.')).toBe(1);
    expect(parseNumberText('1e3')).toBe(1000);
    expect(parseNumberText('2.5E-2')).toBe(0.025);
  });

  it('refuses half-typed and foreign text, so it is never written', () => {
    for (const text of ['', ' ', '-', '.', '1e', '1.2.3', '12a', '0x1F', '1_000', 'Infinity', '.inf', 'NaN', '1,5']) {
      expect(parseNumberText(text), text).toBeNull();
    }
  });

  it('refuses numbers too large to be finite', () => {
    expect(parseNumberText('1e400')).toBeNull();
  });
});

describe('numberText', () => {
  it('shows finite numbers and nothing for anything else', () => {
    expect(numberText(42)).toBe('42');
    expect(numberText(0.25)).toBe('0.25');
    expect(numberText(Number.NaN)).toBe('');
    expect(numberText('42')).toBe('');
    expect(numberText(null)).toBe('');
  });
});

describe('stepNumberText', () => {
  it('steps from the typed number without float noise', () => {
    expect(stepNumberText('0.1', 1)).toBe('1.1');
    expect(stepNumberText('0.3', -0.1)).toBe('0.2');
    expect(stepNumberText('5', -10)).toBe('-5');
  });

  it('starts from zero when the text is not a number', () => {
    expect(stepNumberText('', 1)).toBe('1');
    expect(stepNumberText('abc', -1)).toBe('-1');
  });
});
