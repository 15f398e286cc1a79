import { expect, type Locator, type Page } from '@playwright/test';
import type { EventPayloads } from '../../../src/api/contract';

/**
 * The renderer as a writer sees it, found only through accessible names (the same names
 * assistive tech uses), so specs read as steps and survive markup changes.
 */
export class LanyardPage {
  constructor(readonly page: Page) {}

  get postList(): Locator {
    return this.page.getByRole('navigation', { name: 'Posts' });
  }

  /** The button that opens the post with this title. */
  post(title: string): Locator {
    return this.postList.getByRole('button', { name: title, exact: true });
  }

  get newPostButton(): Locator {
    return this.page.getByRole('button', { name: 'New post', exact: true });
  }

  get search(): Locator {
    return this.page
      .getByRole('searchbox', { name: 'Search posts' })
      .or(this.page.getByRole('textbox', { name: 'Search posts' }));
  }

  get editor(): Locator {
    return this.page.getByRole('textbox', { name: 'Post body' });
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Preview' });
  }

  /** The window's status bar: the status region holding the site's name (forms have status notes too). */
  get statusBar(): Locator {
    return this.page
      .getByRole('status')
      .filter({ has: this.page.getByRole('button', { name: /^Site settings for / }) });
  }

  conflictButton(name: 'Reload theirs' | 'Keep mine' | 'Show both'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get alerts(): Locator {
    return this.page.getByRole('alert');
  }

  /** The editor header's "Publish" button. */
  get publishButton(): Locator {
    return this.page.getByRole('main', { name: 'Editor' }).getByRole('button', { name: 'Publish', exact: true });
  }

  get publishDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Publish', exact: true });
  }

  /** Clicks "Publish" in the editor header and waits for the dialog to show where the post goes. */
  async openPublishDialog(): Promise<Locator> {
    await this.publishButton.click();
    await expect(this.publishDialog).toBeVisible();
    await expect(this.publishDialog.getByText('Reading the repository…')).toBeHidden();
    return this.publishDialog;
  }

  /** Clicks "Publish" inside the open Publish dialog. */
  async publishFromDialog(): Promise<void> {
    await this.publishDialog.getByRole('button', { name: 'Publish', exact: true }).click();
  }

  /** The "Queued" badge of a post in the list. */
  queuedBadge(title: string): Locator {
    return this.postList
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: title, exact: true }) })
      .getByText('Queued', { exact: true });
  }

  /** The app-wide Settings dialog (theme, editor, spelling, defaults for every site). */
  get appSettingsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Settings', exact: true });
  }

  /** Opens Settings from the status bar's gear button and waits for it. */
  async openAppSettings(): Promise<Locator> {
    await this.statusBar.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(this.appSettingsDialog).toBeVisible();
    return this.appSettingsDialog;
  }

  /** Delivers a menu command the way the main process does when its menu item is clicked. */
  async menuCommand(command: EventPayloads['menu.command']['command']): Promise<void> {
    await this.page.evaluate((name) => {
      const sink = (window as unknown as { __lanyardEvent?: (n: string, p: unknown) => void }).__lanyardEvent;
      if (!sink) throw new Error('The test bridge has no event sink');
      sink('menu.command', { command: name });
    }, command);
  }

  /** Opens a post from the list and, given some of its text, waits until the editor holds it. */
  async openPost(title: string, expectedText?: string): Promise<void> {
    await this.post(title).click();
    await expect(this.editor).toBeVisible();
    if (expectedText !== undefined) await this.expectEditorToContain(expectedText);
  }

  /** Clicks "New post", gives the title in the form that opens, and creates it. */
  async createPost(title: string): Promise<void> {
    await this.newPostButton.click();
    const form = this.page.getByRole('form', { name: 'New post' });
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('button', { name: 'Create', exact: true }).click();
  }

  /** Puts the cursor at the very end of the document and types, as a person would. */
  async typeAtEnd(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /**
   * The whole document in the editor. CodeMirror renders only the lines near the viewport, so
   * the DOM alone misses the rest: this asks the EditorView, found the way `EditorView.findFromDOM`
   * finds it (CodeMirror keeps its view on the content element), and fails clearly if it can't.
   */
  async editorText(): Promise<string> {
    return this.editor.evaluate((element) => {
      type View = { state: { doc: { toString(): string } } };
      const node = element as unknown as {
        cmTile?: { root?: { view?: View } };
        cmView?: { rootView?: { view?: View } };
      };
      const view = node.cmTile?.root?.view ?? node.cmView?.rootView?.view;
      if (!view) throw new Error('Cannot reach the CodeMirror view from "Post body"; update LanyardPage.editorText');
      return view.state.doc.toString();
    });
  }

  /** Selects the first `find` in the editor's text and types `replacement` over it (or deletes it). */
  async replaceInEditor(find: string, replacement: string): Promise<void> {
    await this.editor.click();
    const found = await this.editor.evaluate((element, target) => {
      type View = {
        state: { doc: { toString(): string } };
        dispatch(spec: { selection: { anchor: number; head: number } }): void;
      };
      const node = element as unknown as { cmTile?: { root?: { view?: View } } };
      const view = node.cmTile?.root?.view;
      const from = view ? view.state.doc.toString().indexOf(target) : -1;
      if (!view || from === -1) return false;
      view.dispatch({ selection: { anchor: from, head: from + target.length } });
      return true;
    }, find);
    if (!found) throw new Error(`The editor has no "${find}" to replace`);
    if (replacement === '') await this.page.keyboard.press('Delete');
    else await this.page.keyboard.type(replacement);
  }

  /** Waits until the editor's whole document contains (or, with `not`, lacks) the text. */
  async expectEditorToContain(text: string, options: { not?: boolean } = {}): Promise<void> {
    const poll = expect.poll(() => this.editorText(), {
      message: `the editor ${options.not ? 'lacks' : 'contains'} "${text}"`,
    });
    await (options.not ? poll.not.toContain(text) : poll.toContain(text));
  }

  async expectSaved(): Promise<void> {
    await expect(this.statusBar).toContainText(/\bSaved\b/);
  }

  async expectUnsaved(): Promise<void> {
    await expect(this.statusBar).toContainText('Unsaved changes');
  }

  /** The word count the status bar shows. */
  async wordCount(): Promise<number> {
    const text = (await this.statusBar.textContent()) ?? '';
    const match = /([\d][\d,. \u00a0\u202f]*)\s*words?\b/i.exec(text);
    if (!match?.[1]) throw new Error(`The status bar shows no word count: "${text}"`);
    return Number(match[1].replace(/[^\d]/g, ''));
  }

  get commandPalette(): Locator {
    return this.page.getByRole('dialog', { name: 'Command palette' });
  }

  /** The palette's rows, each a command with its key. */
  get paletteOptions(): Locator {
    return this.commandPalette.getByRole('listbox', { name: 'Commands' }).getByRole('option');
  }

  /** Opens the palette with its key (Ctrl+P), types `query` and presses Enter on the first match. */
  async runFromPalette(query: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await expect(this.commandPalette.getByRole('combobox', { name: 'Command' })).toBeFocused();
    await this.page.keyboard.type(query);
    await this.page.keyboard.press('Enter');
    await expect(this.commandPalette).toBeHidden();
  }

  get outline(): Locator {
    return this.page.getByRole('complementary', { name: 'Outline' });
  }

  /** Presses Tab (Shift+Tab with `backwards`) until `target` has focus, as a keyboard user gets there. */
  async tabTo(target: Locator, options: { backwards?: boolean; most?: number } = {}): Promise<void> {
    for (let presses = 0; presses < (options.most ?? 40); presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    }
    await expect(target, 'reached by Tab').toBeFocused();
  }

  /** True when the elements appear top to bottom in the given order. */
  async inVisualOrder(locators: Locator[]): Promise<boolean> {
    const tops: number[] = [];
    for (const locator of locators) {
      const box = await locator.boundingBox();
      if (!box) return false;
      tops.push(box.y);
    }
    return tops.every((top, index) => index === 0 || top > (tops[index - 1] ?? -Infinity));
  }
}
