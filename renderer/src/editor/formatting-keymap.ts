import { Prec, type Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { commandInfo, type CommandId } from '../../../src/app/commands';
import { codeMirrorKey } from '../../../src/app/shortcut-keys';
import { formattingCommands } from './editor-commands';

/**
 * The formatting keys (Mod-b bold, Mod-i italic, Mod-k link, Mod-1…3 headings, lists, code), each
 * the accelerator its menu item shows. High precedence: the default keymap binds Mod-i to
 * "select parent syntax", which writers never mean.
 */
export function formattingKeymap(): Extension {
  const bindings = Object.entries(formattingCommands).map(([id, run]) => {
    const { accelerator } = commandInfo(id as CommandId);
    if (!accelerator) throw new Error(`The formatting command "${id}" has no key`);
    return { key: codeMirrorKey(accelerator), run, preventDefault: true };
  });
  return Prec.high(keymap.of(bindings));
}
