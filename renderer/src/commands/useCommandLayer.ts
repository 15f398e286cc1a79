import { EditorView } from '@codemirror/view';
import { useState, type RefObject } from 'react';
import type { CommandId } from '../../../src/app/commands';
import { editorCommands } from '../editor/editor-commands';
import { requestAppSettings } from '../settings/app-settings-request';
import { requestSiteOpen } from './site-open-request';
import { useViewModes, type ViewModes } from './useViewModes';

/** What the command layer adds to the workspace: its commands' handlers and what it shows. */
export interface CommandLayerState {
  handlers: Partial<Record<CommandId, () => void>>;
  /** Commands the window answers elsewhere (their keys and menu items too), offered in the palette. */
  paletteOnly: Partial<Record<CommandId, () => void>>;
  editorView: RefObject<EditorView | null>;
  modes: ViewModes;
  toggleOutline: () => void;
  paletteOpen: boolean;
  closePalette: () => void;
}

/** A modal dialog is up: the text and the palette behind it wait until it closes. */
const modalOpen = () => document.querySelector('dialog[open]') !== null;

/**
 * The commands that act on the editor (formatting, find) or the window's layout (palette,
 * outline, focus and typewriter modes). Editor commands do nothing without an open post or
 * behind a dialog. Opening another site from the palette saves every post first (`saveAll`).
 */
export function useCommandLayer(
  editorView: RefObject<EditorView | null>,
  hasPost: boolean,
  saveAll: () => Promise<boolean>,
): CommandLayerState {
  const [paletteOpen, setPaletteOpen] = useState(false);
  const { modes, toggle } = useViewModes();

  const handlers: Partial<Record<CommandId, () => void>> = {
    'command-palette': () => !modalOpen() && setPaletteOpen(true),
    'toggle-outline': () => toggle('outline'),
    'toggle-focus-mode': () => toggle('focus'),
    'toggle-typewriter-mode': () => {
      toggle('typewriter');
      // Centre the cursor's line once the class is on, not at the next key press.
      requestAnimationFrame(() => {
        const view = editorView.current;
        if (view) view.dispatch({ effects: EditorView.scrollIntoView(view.state.selection.main.head) });
      });
    },
  };
  for (const [id, command] of Object.entries(editorCommands)) {
    handlers[id as CommandId] = () => {
      const view = editorView.current;
      if (!view || !hasPost || modalOpen()) return;
      view.focus();
      command(view);
    };
  }

  return {
    handlers,
    paletteOnly: {
      'app-settings': requestAppSettings,
      'open-site': () => void saveAll().then((saved) => saved && requestSiteOpen('folder')),
      'open-from-git': () => requestSiteOpen('git'),
    },
    editorView,
    modes,
    toggleOutline: () => toggle('outline'),
    paletteOpen,
    closePalette: () => setPaletteOpen(false),
  };
}
