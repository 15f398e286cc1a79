import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';

/** Find and replace (Mod-f, Mod-Alt-f on some platforms), with the panel above the text. */
export function searchPanel(): Extension {
  return [search({ top: true }), highlightSelectionMatches(), keymap.of(searchKeymap)];
}
