import { defaultKeymap, historyKeymap } from '@codemirror/commands';
import { searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import { keymap, type KeyBinding } from '@codemirror/view';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandInfo, commandTable, type CommandId } from '../../../src/app/commands';
import { codeMirrorKey, shortcutLabel } from '../../../src/app/shortcut-keys';
import { paletteEntries } from '../../../renderer/src/commands/palette-entries';
import { editorCommands, formattingCommands } from '../../../renderer/src/editor/editor-commands';
import { formattingKeymap } from '../../../renderer/src/editor/formatting-keymap';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const everyId = new Set(commandTable.map((command) => command.id));

/** A CodeMirror key with its modifiers in one order, so `Shift-Mod-k` and `Mod-Shift-k` compare equal. */
function normalized(key: string): string {
  const parts = key.split('-');
  const name = parts.pop() ?? '';
  return [...parts.sort(), name.length === 1 ? name.toLowerCase() : name].join('-');
}

describe('the command table and the menu', () => {
  it('gives every command a distinct key, Open Site… included', () => {
    const accelerators = commandTable.flatMap((command) => command.accelerator ?? []);
    const keys = accelerators.map((accelerator) => normalized(codeMirrorKey(accelerator)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('builds every menu item with a key from the table: app-menu.ts writes no accelerator of its own', () => {
    const menuSource = readFileSync(path.join(repoRoot, 'electron/main/app-menu.ts'), 'utf8');
    const literal = /accelerator:\s*['"`]/g;
    expect(menuSource.match(literal) ?? []).toEqual([]);
    expect(menuSource).toContain("commandItem('toggle-preview'");
    expect(menuSource).toContain("commandsIn('Format')");
  });

  it("shows in the palette, for both kinds of platform, the very key the menu's accelerator names", () => {
    for (const mac of [true, false]) {
      for (const entry of paletteEntries(everyId, mac)) {
        const { accelerator } = commandInfo(entry.id);
        expect(entry.shortcut).toBe(accelerator ? shortcutLabel(accelerator, mac) : null);
      }
    }
    const toggle = paletteEntries(everyId, false).find((entry) => entry.id === 'toggle-preview');
    expect(toggle).toMatchObject({ title: 'Toggle Preview', shortcut: 'Ctrl+Shift+P' });
    expect(paletteEntries(everyId, true).find((entry) => entry.id === 'format-bold')?.shortcut).toBe('⌘B');
  });

  it('has a palette entry for every command the menu sends, Open Site… and Open Blog from Git URL… included', () => {
    const menuSource = readFileSync(path.join(repoRoot, 'electron/main/app-menu.ts'), 'utf8');
    const sent = [...menuSource.matchAll(/(?:commandItem|sendCommand|commandInfo)\('([a-z0-9-]+)'/g)].map((m) => m[1]);
    expect(sent).toContain('open-site');
    expect(sent).toContain('open-from-git');
    const listed = new Set(paletteEntries(everyId, false).map((entry) => entry.id as string));
    for (const id of sent) if (id !== 'command-palette') expect(listed.has(id ?? ''), id).toBe(true);
    expect(paletteEntries(everyId, false).find((entry) => entry.id === 'open-site')).toMatchObject({
      title: 'Open Site…',
      shortcut: 'Ctrl+O',
    });
  });

  it('lists only what the workspace can run, and not the palette itself', () => {
    const ids = paletteEntries(new Set<CommandId>(['save', 'command-palette', 'format-bold']), false).map((e) => e.id);
    expect(ids).toEqual(['save', 'format-bold']);
  });
});

describe('the editor keys', () => {
  const bindings = (): readonly KeyBinding[] =>
    EditorState.create({ extensions: formattingKeymap() }).facet(keymap).flat();

  it('binds every formatting command to the accelerator its menu item shows', () => {
    const bound = new Map(bindings().map((binding) => [binding.key, binding.run]));
    for (const [id, command] of Object.entries(formattingCommands)) {
      const accelerator = commandInfo(id as CommandId).accelerator ?? '';
      expect(bound.get(codeMirrorKey(accelerator)), id).toBe(command);
    }
  });

  it('has a command for every entry whose key the editor owns, and no other', () => {
    const owned = commandTable.filter((command) => command.keyOwner === 'editor').map((command) => command.id);
    expect(Object.keys(editorCommands).sort()).toEqual([...owned].sort());
  });

  it("takes no key CodeMirror's own keymaps use, except the ones meant to replace them", () => {
    const builtIn = new Set(
      [...defaultKeymap, ...historyKeymap, ...searchKeymap].flatMap((binding) =>
        [binding.key, binding.mac, binding.linux, binding.win].flatMap((key) => (key ? normalized(key) : [])),
      ),
    );
    // Find is the search keymap's own key; Mod-i replaces "select parent syntax" and Insert
    // Update's Mod-Shift-u "redo selection", both on purpose (the window sees keys first).
    const meant = new Set(['find', 'format-italic', 'insert-update']);
    for (const command of commandTable) {
      if (!command.accelerator || meant.has(command.id)) continue;
      expect(builtIn.has(normalized(codeMirrorKey(command.accelerator))), command.id).toBe(false);
    }
  });
});
