import { describe, expect, it } from 'vitest';
import { editorVariables, resolvedTheme } from '../../../renderer/src/settings/appearance';
import { parseLanguages } from '../../../renderer/src/settings/language-list';

describe('resolvedTheme', () => {
  it('follows the system only for “system”', () => {
    expect(resolvedTheme('system', true)).toBe('dark');
    expect(resolvedTheme('system', false)).toBe('light');
    expect(resolvedTheme('light', true)).toBe('light');
    expect(resolvedTheme('dark', false)).toBe('dark');
  });
});

describe('editorVariables', () => {
  it('gives the font stack, the size in pixels and the measure in the font’s characters plus the padding', () => {
    expect(editorVariables({ editorFont: 'mono', fontSize: 18, lineWidth: 64 })).toEqual({
      '--ed-font': 'var(--mono-font)',
      '--ed-font-size': '18px',
      '--ed-line-width': 'calc(64ch + 4rem)',
    });
  });

  it('lets lines run the editor’s full width when the width is null', () => {
    expect(editorVariables({ editorFont: 'default', fontSize: 16, lineWidth: null })['--ed-line-width']).toBe('none');
  });
});

describe('parseLanguages', () => {
  it('reads tags separated by commas, spaces or semicolons, and an empty field as none', () => {
    expect(parseLanguages(' en-US, de;fr  pt-BR ')).toEqual(['en-US', 'de', 'fr', 'pt-BR']);
    expect(parseLanguages('  ')).toEqual([]);
  });
});
