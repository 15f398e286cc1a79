import type { Extension } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';
import { imageAnchors } from '../images/image-anchors';
import { accessibleName } from './accessible-name';
import { baseEditing } from './base-editing';
import { currentParagraph } from './current-paragraph';
import { dirtyTracking } from './dirty-tracking';
import { editorActivity } from './editor-activity';
import { formattingKeymap } from './formatting-keymap';
import { imageDrop } from './image-drop';
import { lineWrapping } from './line-wrapping';
import { markdownLanguageSupport } from './markdown-language';
import { readOnlyMode } from './read-only';
import { searchPanel } from './search-panel';
import { editorTheme } from './theme';
import { topLineReporter } from './top-line';
import { typewriterScrolling } from './typewriter-scrolling';
import { undoHistory } from './undo-history';
import { writerSettings } from './writer-settings';

/** What the host learns from a post's editor. Must be stable: every post's state keeps it. */
export interface EditorHooks {
  onUpdate(update: ViewUpdate): void;
  /** The 0-based line at the top of the editor, throttled. */
  onTopLine(line: number): void;
  /** Photos dropped on or pasted into the editor, the cursor already where they go. */
  onImageFiles?(files: File[]): void;
}

/** The full extension set of a post's EditorState. */
export function postEditorExtensions(options: { readOnly: boolean; hooks: EditorHooks }): Extension {
  return [
    baseEditing(),
    undoHistory(),
    formattingKeymap(),
    searchPanel(),
    markdownLanguageSupport(),
    lineWrapping(),
    dirtyTracking(),
    readOnlyMode(options.readOnly),
    accessibleName('Post body'),
    editorTheme(),
    writerSettings(),
    topLineReporter((line) => options.hooks.onTopLine(line)),
    imageDrop((files) => options.hooks.onImageFiles?.(files)),
    imageAnchors,
    currentParagraph(),
    typewriterScrolling(),
    editorActivity(),
    EditorView.updateListener.of((update) => options.hooks.onUpdate(update)),
  ];
}

/** A read-only view of another version of the text, for comparing side by side. */
export function comparisonExtensions(label: string): Extension {
  return [
    baseEditing(),
    searchPanel(),
    markdownLanguageSupport(),
    lineWrapping(),
    readOnlyMode(true),
    accessibleName(label),
    editorTheme(),
  ];
}
