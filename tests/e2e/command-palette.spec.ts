import { dayOnePost, expect, test, titleLine, type LanyardPage } from './harness';

/** The line the editor's cursor is on, read from the EditorView as `LanyardPage.editorText` does. */
async function cursorLine(lanyard: LanyardPage): Promise<string> {
  return lanyard.editor.evaluate((element) => {
    type View = { state: { selection: { main: { head: number } }; doc: { lineAt(pos: number): { text: string } } } };
    const view = (element as unknown as { cmTile?: { root?: { view?: View } } }).cmTile?.root?.view;
    if (!view) throw new Error('Cannot reach the CodeMirror view from "Post body"');
    return view.state.doc.lineAt(view.state.selection.main.head).text;
  });
}

test.beforeEach(async ({ app, lanyard }) => {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
});

test('the palette opens by keyboard, lists every command with its key, filters, and runs Toggle Preview', async ({
  lanyard,
}) => {
  const { page } = lanyard;
  await lanyard.editor.click();
  await page.keyboard.press('Control+P');
  const input = lanyard.commandPalette.getByRole('combobox', { name: 'Command' });
  await expect(input).toBeFocused();
  await expect(lanyard.paletteOptions.filter({ hasText: 'Toggle Preview' })).toContainText('Ctrl+Shift+P');
  await expect(lanyard.paletteOptions.filter({ hasText: 'Bold' })).toContainText('Ctrl+B');
  await expect(lanyard.paletteOptions.filter({ hasText: 'Publish…' }).first()).toContainText('Ctrl+Alt+P');
  await expect(lanyard.paletteOptions.filter({ hasText: 'Toggle Focus Mode' })).toContainText('Ctrl+Shift+F');
  expect(await lanyard.paletteOptions.count()).toBeGreaterThan(20);

  await page.keyboard.type('toggle prev');
  await expect(lanyard.paletteOptions).toHaveCount(1);
  await expect(lanyard.paletteOptions.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute(
    'aria-activedescendant',
    (await lanyard.paletteOptions.first().getAttribute('id')) ?? '',
  );
  await expect(lanyard.preview).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(lanyard.commandPalette).toBeHidden();
  await expect(lanyard.preview).toBeHidden();
  await expect(lanyard.editor, 'focus goes back to the text').toBeFocused();

  await lanyard.runFromPalette('tgpr');
  await expect(lanyard.preview).toBeVisible();

  await page.keyboard.press('Control+P');
  await page.keyboard.type('no such command');
  await expect(lanyard.paletteOptions).toHaveCount(0);
  await expect(lanyard.commandPalette.getByRole('status')).toContainText('No command matches');
  await page.keyboard.press('Escape');
  await expect(lanyard.commandPalette).toBeHidden();
  await expect(lanyard.preview).toBeVisible();
});

test('arrow keys choose a row and Enter runs it on the text: Heading 2 from the palette', async ({ lanyard }) => {
  const { page } = lanyard;
  await lanyard.replaceInEditor('Tomorrow: workshops', 'Tomorrow: workshops');
  await page.keyboard.press('Control+P');
  await page.keyboard.type('heading');
  await expect(lanyard.paletteOptions).toHaveText([/Heading 1/, /Heading 2/, /Heading 3/]);
  await page.keyboard.press('ArrowDown');
  await expect(lanyard.paletteOptions.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(lanyard.commandPalette).toBeHidden();
  await lanyard.expectEditorToContain('\n## Tomorrow: workshops');
  await expect(lanyard.editor).toBeFocused();

  // The same command by its key, straight in the editor: the same level again makes it a paragraph.
  await page.keyboard.press('Control+2');
  await lanyard.expectEditorToContain('\nTomorrow: workshops');
  await lanyard.expectEditorToContain('## Tomorrow', { not: true });

  // Shift changes `key` (Shift+8 is *): the list key still arrives as Mod-Shift-8.
  await page.keyboard.press('Control+Shift+8');
  await lanyard.expectEditorToContain('\n- Tomorrow: workshops');
});

test('the outline lists the headings, not the # lines in code, and jumps to one', async ({ lanyard }) => {
  const { page } = lanyard;
  const filler = Array.from({ length: 80 }, (_, index) => `Filler paragraph ${index + 1}.\n`).join('\n');
  await lanyard.editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(`\n\n\`\`\`sh\n# Not a heading\n\`\`\`\n\n${filler}\n## Far below\n\nThe end.\n`);

  await page.keyboard.press('Control+Shift+O');
  const items = lanyard.outline.getByRole('button', { name: /^(?!Close)/ });
  await expect(items).toHaveText([
    'The opening keynote',
    'Talks worth catching on video',
    'A snippet from the offline-first talk',
    'Far below',
  ]);
  await expect(lanyard.outline.getByRole('button', { name: 'Far below' })).toHaveAttribute('aria-current', 'location');

  await page.keyboard.press('Control+Home');
  await expect(lanyard.outline.locator('[aria-current]')).toHaveCount(0);
  const target = lanyard.outline.getByRole('button', { name: 'Talks worth catching on video' });
  await target.focus();
  await page.keyboard.press('ArrowDown');
  const snippet = lanyard.outline.getByRole('button', { name: 'A snippet from the offline-first talk' });
  await expect(snippet).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(lanyard.editor).toBeFocused();
  expect(await cursorLine(lanyard)).toBe('## Far below');
  await expect(lanyard.editor.locator('.cm-line', { hasText: 'Far below' })).toBeInViewport();
  await expect(lanyard.outline.getByRole('button', { name: 'Far below' })).toHaveAttribute('aria-current', 'location');

  await lanyard.runFromPalette('outline');
  await expect(lanyard.outline).toBeHidden();
});

test('focus mode hides the post list, preview and front matter, dims other paragraphs, and is remembered', async ({
  lanyard,
}) => {
  const { page } = lanyard;
  const frontMatter = page.getByRole('region', { name: 'Front matter' });
  await expect(frontMatter).toBeVisible();
  await lanyard.replaceInEditor('Marta Quintela opened', 'Marta Quintela opened');
  await page.keyboard.press('Control+Shift+F');
  await expect(lanyard.postList).toBeHidden();
  await expect(lanyard.preview).toBeHidden();
  await expect(frontMatter).toBeHidden();
  await expect(lanyard.editor).toBeVisible();

  const current = lanyard.editor.locator('.cm-line', { hasText: 'Marta Quintela opened' });
  const other = lanyard.editor.locator('.cm-line', { hasText: 'The doors of the old warehouse' });
  await expect(current).toHaveCSS('opacity', '1');
  await expect(other).toHaveCSS('opacity', '0.35');

  await page.reload();
  await expect(lanyard.editor).toBeVisible();
  await expect(lanyard.postList, 'still in focus mode after a reload').toBeHidden();

  await lanyard.menuCommand('toggle-focus-mode');
  await expect(lanyard.postList).toBeVisible();
  await expect(lanyard.preview).toBeVisible();
  await expect(lanyard.editor.locator('.cm-line').first()).toHaveCSS('opacity', '1');
});

test('typewriter mode keeps the cursor line in the middle of the editor', async ({ lanyard }) => {
  const { page } = lanyard;
  await lanyard.runFromPalette('typewriter');
  await lanyard.editor.click();
  await page.keyboard.press('Control+Home');
  for (let line = 0; line < 12; line++) await page.keyboard.press('ArrowDown');
  const middleOf = async () => {
    const box = await lanyard.editor.evaluate((element) => {
      const scroller = element.closest('.cm-scroller')?.getBoundingClientRect();
      const cursor = element.closest('.cm-editor')?.querySelector('.cm-cursor')?.getBoundingClientRect();
      return scroller && cursor
        ? { offset: cursor.top + cursor.height / 2 - (scroller.top + scroller.height / 2) }
        : null;
    });
    return box ? Math.abs(box.offset) : Infinity;
  };
  await expect.poll(middleOf, { message: 'the cursor line sits in the middle' }).toBeLessThan(40);
});
