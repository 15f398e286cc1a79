import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';

/** Most suggestions a menu shows; the spellchecker's first few are the likely ones. */
const maxSuggestions = 6;

/** The items of the context menu for what was right-clicked; empty where there is nothing to offer. */
export function contextMenuTemplate(contents: WebContents, params: ContextMenuParams): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, maxSuggestions);
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
    }
    if (suggestions.length === 0) items.push({ label: 'No Guesses Found', enabled: false });
    items.push(
      {
        label: 'Add to Dictionary',
        click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
      },
      { type: 'separator' },
    );
  }
  const { editFlags } = params;
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: editFlags.canCopy });
  }
  return items;
}

/** Shows spelling suggestions, "Add to Dictionary", and cut/copy/paste on right-click in `contents`. */
export function installContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(contents, params);
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
