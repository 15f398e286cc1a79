/** An accelerator taken apart: Mod is ⌘ on a Mac and Ctrl elsewhere, as in Electron's `CmdOrCtrl`. */
export interface KeyChord {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  /** The key as Electron names it: `B`, `7`, `F8`, `Enter`. */
  key: string;
}

const modifierNames: Record<string, keyof Omit<KeyChord, 'key'>> = {
  CmdOrCtrl: 'mod',
  CommandOrControl: 'mod',
  Alt: 'alt',
  Option: 'alt',
  Shift: 'shift',
};

/**
 * Parses the accelerators Lanyard uses: CmdOrCtrl, Alt and Shift around one key. Anything else
 * (a bare Ctrl, Super) throws, because it would mean different keys on different platforms.
 */
export function parseAccelerator(accelerator: string): KeyChord {
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`"${accelerator}" names no key`);
  const chord: KeyChord = { mod: false, alt: false, shift: false, key: key.length === 1 ? key.toUpperCase() : key };
  for (const part of parts) {
    const modifier = modifierNames[part];
    if (!modifier) throw new Error(`"${accelerator}" uses the modifier "${part}", which Lanyard does not map`);
    if (chord[modifier]) throw new Error(`"${accelerator}" repeats "${part}"`);
    chord[modifier] = true;
  }
  return chord;
}

/**
 * The key as the platform writes it in menus: `⌥⇧⌘U` on a Mac (Apple's modifier order, no
 * separators), `Ctrl+Alt+Shift+U` elsewhere.
 */
export function shortcutLabel(accelerator: string, mac: boolean): string {
  const { mod, alt, shift, key } = parseAccelerator(accelerator);
  if (mac) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${mod ? '⌘' : ''}${key}`;
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', key].filter(Boolean).join('+');
}

/** The same key in CodeMirror's keymap notation: `Mod-Alt-Shift-u`. */
export function codeMirrorKey(accelerator: string): string {
  const { mod, alt, shift, key } = parseAccelerator(accelerator);
  const name = key.length === 1 ? key.toLowerCase() : key;
  return [mod && 'Mod', alt && 'Alt', shift && 'Shift', name].filter(Boolean).join('-');
}

const punctuationCodes: Record<string, string> = { ',': 'Comma', '.': 'Period', '/': 'Slash', ';': 'Semicolon' };

/**
 * The `KeyboardEvent.code` of the physical key (`KeyB`, `Digit7`, `F8`): matched by position,
 * since Alt and Shift change `key` (Alt-p types π on a Mac, Shift-7 types &).
 */
export function keyCodeOf(chord: KeyChord): string {
  if (/^[A-Z]$/.test(chord.key)) return `Key${chord.key}`;
  if (/^[0-9]$/.test(chord.key)) return `Digit${chord.key}`;
  return punctuationCodes[chord.key] ?? chord.key;
}
