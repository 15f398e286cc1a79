import { Prec, type Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { toggleBold, toggleItalic, toggleLink } from './formatting-commands';

/**
 * Mod-b, Mod-i and Mod-k for bold, italic and link. High precedence: the default keymap binds
 * Mod-i to "select parent syntax", which writers never mean.
 */
export function formattingKeymap(): Extension {
  return Prec.high(
    keymap.of([
      { key: 'Mod-b', run: toggleBold, preventDefault: true },
      { key: 'Mod-i', run: toggleItalic, preventDefault: true },
      { key: 'Mod-k', run: toggleLink, preventDefault: true },
    ]),
  );
}
