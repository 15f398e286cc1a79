import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { LanyardPage } from '../../tests/e2e/models/lanyard-page';
import {
  installKeystrokeProbe,
  type EditorContent,
  type KeystrokeProbe,
  type KeystrokeSample,
} from './keystroke-probe';

/**
 * The Node half of the keystroke benchmark: puts the cursor in a paragraph, types one key at a
 * time through Chromium's input pipeline (waiting for each to land), and reads the probe's
 * samples; also times the peer, markdown-it rendering the whole document in the same page.
 */

/** Letters only: nothing Markdown reads as syntax, nothing linkify turns into a link. */
const alphabet = 'etaoinshrdlucmfwypvbgkqjxz';

/** `count` lowercase letters to type, one key each. */
export function lettersToType(count: number): string {
  return Array.from({ length: count }, (_, n) => alphabet[n % alphabet.length]).join('');
}

const previewContent = '.preview-content';

/** Only types: page.evaluate runs its function in the page, where nothing else of this module exists. */
type ProbeWindow = { __keystrokeProbe: KeystrokeProbe };

/**
 * Opens a post from the list and waits until the editor holds at least `length` characters.
 * A megabyte takes a while on a busy machine: longer waits than `LanyardPage.openPost`'s.
 */
export async function openLongPost(lanyard: LanyardPage, title: string, length: number): Promise<void> {
  await lanyard.post(title).click();
  await lanyard.editor.waitFor({ timeout: 60_000 });
  await lanyard.page.waitForFunction(
    (minimum) => {
      type View = { state: { doc: { length: number } } };
      const content = document.querySelector<EditorContent<View>>('.cm-content');
      const view = content?.cmTile?.root?.view ?? content?.cmView?.rootView?.view;
      return (view?.state.doc.length ?? 0) >= minimum;
    },
    length,
    { timeout: 60_000, polling: 100 },
  );
}

/** Waits until the preview shows `text` with no block left to render. */
export async function waitForPreview(page: Page, text: string, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    ([selector, expected]) => {
      const content = document.querySelector<HTMLElement>(selector);
      return content?.dataset.pendingBlocks === '0' && (content.textContent ?? '').includes(expected);
    },
    [previewContent, text] as const,
    { timeout: timeoutMs, polling: 100 },
  );
}

/**
 * Puts the cursor in the middle of a plain paragraph near the middle of the document, types
 * `marker` there (one edit, not timed) and focuses the editor. Returns the marker, which makes
 * the text typed next unique in the document.
 */
export async function placeCursorMidParagraph(page: Page, marker: string): Promise<void> {
  const placed = await page.evaluate((word) => {
    type View = {
      state: { doc: { toString(): string } };
      dispatch(spec: object): void;
      focus(): void;
    };
    const content = document.querySelector<EditorContent<View>>('.cm-content');
    const view = content?.cmTile?.root?.view ?? content?.cmView?.rootView?.view;
    if (!view) return false;
    const text = view.state.doc.toString();
    // A paragraph starts with a capitalised word; headings, lists, quotes, code, tables and HTML don't.
    const paragraph = /\n\n([A-Z][a-z]+ [^\n]{40,})/g;
    paragraph.lastIndex = Math.floor(text.length / 2);
    const found = paragraph.exec(text) ?? /\n\n([A-Z][a-z]+ [^\n]{40,})/.exec(text);
    if (!found?.[1]) return false;
    const line = found[1];
    const space = line.indexOf(' ', Math.floor(line.length / 2));
    const at = found.index + 2 + (space === -1 ? line.indexOf(' ') : space);
    const insert = ` ${word}`;
    view.dispatch({
      changes: { from: at, insert },
      selection: { anchor: at + insert.length },
      scrollIntoView: true,
      userEvent: 'input.type',
    });
    view.focus();
    return true;
  }, marker);
  if (!placed) throw new Error('The document has no plain paragraph to type in');
}

/**
 * Types `letters` one key at a time after `marker` (see `placeCursorMidParagraph`), waiting for
 * each to land — painted in the editor, and shown by the preview when `watchPreview` — and then
 * for the page to go idle, as between a writer's keystrokes.
 */
export async function typeMeasured(
  page: Page,
  marker: string,
  letters: string,
  watchPreview: boolean,
): Promise<KeystrokeSample[]> {
  await page.evaluate(installKeystrokeProbe);
  const samples: KeystrokeSample[] = [];
  for (let n = 0; n < letters.length; n++) {
    const expected = marker + letters.slice(0, n + 1);
    await page.evaluate(([text, watch]) => (window as unknown as ProbeWindow).__keystrokeProbe.arm(text, watch), [
      expected,
      watchPreview,
    ] as const);
    await page.keyboard.press(letters[n] as string);
    samples.push(
      await page.evaluate((timeoutMs) => (window as unknown as ProbeWindow).__keystrokeProbe.landed(timeoutMs), 20_000),
    );
    await settle(page);
  }
  return samples;
}

/** Waits until the page has had an idle moment: work the keystroke left behind is done. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(() => resolve(), { timeout: 200 });
      }),
  );
}

/** Shows or hides the preview as the writer does (Ctrl/⌘+Shift+P), then focuses the editor again. */
export async function setPreviewShown(lanyard: LanyardPage, shown: boolean): Promise<void> {
  const pressed = await lanyard.page.getByRole('button', { name: 'Preview', exact: true }).getAttribute('aria-pressed');
  if ((pressed === 'true') !== shown) await lanyard.menuCommand('toggle-preview');
  if (shown) await lanyard.preview.waitFor({ state: 'visible' });
  else await lanyard.preview.waitFor({ state: 'hidden' });
  await lanyard.editor.focus();
}

type PeerWindow = {
  markdownit: (options: object) => { render(markdown: string): string };
  __peerSource: string;
};

const markdownItBrowserBuild = createRequire(import.meta.url).resolve('markdown-it/browser');

/**
 * The peer, in the same page: markdown-it's browser build (same library and options as Lanyard,
 * no app around it) renders the whole document and the HTML is parsed into a detached element,
 * `samples` times. The app's CSP (`script-src 'self'`) refuses `addScriptTag({ content })`, so
 * the build is evaluated through DevTools, which CSP does not govern; the element belongs to an
 * inert document so that the document's images are not fetched.
 */
export async function timeMarkdownItPeer(page: Page, markdown: string, samples: number): Promise<number[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as Partial<PeerWindow>).markdownit);
  if (loaded !== 'function') await page.evaluate(await readFile(markdownItBrowserBuild, 'utf8'));
  await page.evaluate((source) => {
    (window as unknown as PeerWindow).__peerSource = source;
  }, markdown);
  const times: number[] = [];
  for (let n = 0; n < samples; n++) {
    times.push(
      await page.evaluate(() => {
        const peer = window as unknown as PeerWindow;
        const md = peer.markdownit({ html: true, linkify: true });
        const holder = document.implementation.createHTMLDocument('').createElement('div');
        const started = performance.now();
        holder.innerHTML = md.render(peer.__peerSource);
        return performance.now() - started;
      }),
    );
    await settle(page);
  }
  await page.evaluate(() => {
    (window as unknown as Partial<PeerWindow>).__peerSource = '';
  });
  return times;
}
