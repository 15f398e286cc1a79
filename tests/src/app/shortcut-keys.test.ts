import { describe, expect, it } from 'vitest';
import { codeMirrorKey, keyCodeOf, parseAccelerator, shortcutLabel } from '../../../src/app/shortcut-keys';

describe('parseAccelerator', () => {
  it('takes CmdOrCtrl, Alt and Shift apart from the key', () => {
    expect(parseAccelerator('CmdOrCtrl+Alt+Shift+u')).toEqual({ mod: true, alt: true, shift: true, key: 'U' });
    expect(parseAccelerator('CmdOrCtrl+,')).toEqual({ mod: true, alt: false, shift: false, key: ',' });
  });

  it.each(['Ctrl+B', 'Super+K', 'CmdOrCtrl+Shift+Shift+P', ''])('refuses "%s"', (accelerator) => {
    expect(() => parseAccelerator(accelerator)).toThrow();
  });
});

describe('shortcutLabel', () => {
  it.each([
    ['CmdOrCtrl+Shift+P', '⇧⌘P', 'Ctrl+Shift+P'],
    ['CmdOrCtrl+Alt+Shift+U', '⌥⇧⌘U', 'Ctrl+Alt+Shift+U'],
    ['CmdOrCtrl+1', '⌘1', 'Ctrl+1'],
    ['CmdOrCtrl+,', '⌘,', 'Ctrl+,'],
  ])('writes %s as %s on a Mac and %s elsewhere', (accelerator, mac, other) => {
    expect(shortcutLabel(accelerator, true)).toBe(mac);
    expect(shortcutLabel(accelerator, false)).toBe(other);
  });
});

describe('codeMirrorKey and keyCodeOf', () => {
  it('writes the key the way CodeMirror keymaps and KeyboardEvent.code name it', () => {
    expect(codeMirrorKey('CmdOrCtrl+Alt+Shift+U')).toBe('Mod-Alt-Shift-u');
    expect(codeMirrorKey('CmdOrCtrl+Shift+8')).toBe('Mod-Shift-8');
    expect(keyCodeOf(parseAccelerator('CmdOrCtrl+B'))).toBe('KeyB');
    expect(keyCodeOf(parseAccelerator('CmdOrCtrl+Shift+7'))).toBe('Digit7');
    expect(keyCodeOf(parseAccelerator('CmdOrCtrl+,'))).toBe('Comma');
  });
});
