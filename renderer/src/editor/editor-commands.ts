import { openSearchPanel } from '@codemirror/search';
import type { StateCommand } from '@codemirror/state';
import type { Command } from '@codemirror/view';
import type { CommandId } from '../../../src/app/commands';
import { toggleCodeBlock, toggleInlineCode } from './code-formatting';
import { toggleBold, toggleItalic, toggleLink } from './formatting-commands';
import { toggleHeading, toggleList } from './line-formatting';

/** The commands whose key belongs to the editor's keymap, by their id in the command table. */
export const formattingCommands = {
  'format-bold': toggleBold,
  'format-italic': toggleItalic,
  'format-link': toggleLink,
  'format-heading-1': toggleHeading(1),
  'format-heading-2': toggleHeading(2),
  'format-heading-3': toggleHeading(3),
  'format-bullet-list': toggleList('bullet'),
  'format-numbered-list': toggleList('numbered'),
  'format-inline-code': toggleInlineCode,
  'format-code-block': toggleCodeBlock,
} satisfies Partial<Record<CommandId, StateCommand>>;

/** Every command the editor carries out on its view, for the menu and the palette. */
export const editorCommands: Partial<Record<CommandId, Command>> = { ...formattingCommands, find: openSearchPanel };
