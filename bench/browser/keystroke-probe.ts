/**
 * The in-page half of the keystroke benchmark. These functions are serialised into the page by
 * `page.evaluate`, so each is self-contained: no imports, no closures over module scope.
 *
 * Per keystroke the probe takes t0 from the keydown event's `timeStamp` (the time the browser
 * received the input, on the same clock as `performance.now()`), caught in the capture phase on
 * the editor before CodeMirror sees it, and two ends:
 * - preview: a MutationObserver on the preview's content sees the typed text arrive in the DOM
 *   (the observer runs at the microtask checkpoint right after the mutating task);
 * - paint: the first animation frame in which CodeMirror's state and its line DOM hold the text,
 *   plus a message posted from that frame's rAF callback. The message task runs once the frame's
 *   style, layout and paint are done on the main thread, so the time includes what the preview
 *   adds to the frame (DOM patched in the same frame, style recalculation), which a bare rAF
 *   timestamp would miss. Event Timing entries would measure to the presented frame instead,
 *   but their `duration` is rounded to 8 ms, too coarse for a 2 ms target.
 */

/**
 * CodeMirror's content element, which holds its view (as `LanyardPage.editorText` finds it);
 * `View` is the part of the EditorView a caller uses.
 */
export type EditorContent<View> = Element & {
  cmTile?: { root?: { view?: View } };
  cmView?: { rootView?: { view?: View } };
};

/** One keystroke as the probe saw it; times in ms from the keydown's timeStamp. */
export interface KeystrokeSample {
  keyToPaint: number;
  /** Null when the preview was not watched (preview off). */
  keyToPreview: number | null;
  /** Animation frames begun between the keydown and the preview's DOM change. */
  framesToPreview: number | null;
}

/** What the page exposes as `window.__keystrokeProbe` once installed. */
export interface KeystrokeProbe {
  /** Expect `text` to end at the cursor after the next key; watch the preview for it too. */
  arm(text: string, watchPreview: boolean): void;
  /** Resolves when the armed keystroke has painted (and reached the preview, if watched). */
  landed(timeoutMs: number): Promise<KeystrokeSample>;
  /** Stops listening; installing a probe again disposes of the previous one. */
  dispose(): void;
}

/** Installs `window.__keystrokeProbe`; call with `page.evaluate(installKeystrokeProbe)`. */
export function installKeystrokeProbe(): void {
  const host = window as unknown as { __keystrokeProbe?: KeystrokeProbe };
  host.__keystrokeProbe?.dispose();
  type View = {
    state: { selection: { main: { head: number } }; sliceDoc(from: number, to: number): string };
    domAtPos(pos: number): { node: Node };
  };
  const content = document.querySelector<EditorContent<View>>('.cm-content');
  const view = content?.cmTile?.root?.view ?? content?.cmView?.rootView?.view;
  const editorRoot = content?.closest('.cm-editor');
  const previewRoot = document.querySelector('.preview-content');
  if (!view || !editorRoot || !previewRoot) throw new Error('The keystroke probe needs an open editor and preview');

  interface Armed {
    text: string;
    watchPreview: boolean;
    keyAt: number | null;
    frames: number;
    paint: number | null;
    paintQueued: boolean;
    preview: number | null;
    previewFrames: number | null;
    done: (() => void) | null;
  }
  let armed: Armed | null = null;

  const finishIfLanded = () => {
    if (armed && armed.paint !== null && (!armed.watchPreview || armed.preview !== null)) armed.done?.();
  };

  const editorShows = (text: string): boolean => {
    const head = view.state.selection.main.head;
    if (view.state.sliceDoc(head - text.length, head) !== text) return false;
    let node: Node | null = view.domAtPos(head).node;
    if (node.nodeType !== Node.ELEMENT_NODE) node = node.parentElement;
    return ((node as Element | null)?.closest('.cm-line')?.textContent ?? '').includes(text);
  };

  const afterPaint = new MessageChannel();
  afterPaint.port1.onmessage = () => {
    if (!armed || armed.keyAt === null || armed.paint !== null) return;
    armed.paint = performance.now() - armed.keyAt;
    finishIfLanded();
  };

  const onFrame = () => {
    if (!armed || armed.keyAt === null) return;
    armed.frames++;
    if (armed.paint === null && !armed.paintQueued && editorShows(armed.text)) {
      armed.paintQueued = true;
      afterPaint.port2.postMessage(null);
    }
    if (armed.paint === null || (armed.watchPreview && armed.preview === null)) requestAnimationFrame(onFrame);
  };

  const onKeyDown = (event: Event) => {
    if (!armed || armed.keyAt !== null) return;
    armed.keyAt = event.timeStamp;
    requestAnimationFrame(onFrame);
  };
  editorRoot.addEventListener('keydown', onKeyDown, { capture: true });

  const addedText = (records: MutationRecord[], text: string): boolean => {
    for (const record of records) {
      if (record.type === 'characterData' && (record.target.textContent ?? '').includes(text)) return true;
      for (const node of record.addedNodes) if ((node.textContent ?? '').includes(text)) return true;
    }
    return false;
  };

  const observer = new MutationObserver((records) => {
    const now = performance.now();
    if (!armed?.watchPreview || armed.keyAt === null || armed.preview !== null) return;
    if (!addedText(records, armed.text)) return;
    armed.preview = now - armed.keyAt;
    armed.previewFrames = armed.frames;
    finishIfLanded();
  });
  observer.observe(previewRoot, { childList: true, subtree: true, characterData: true });

  const probe: KeystrokeProbe = {
    arm(text, watchPreview) {
      armed = {
        text,
        watchPreview,
        keyAt: null,
        frames: 0,
        paint: null,
        paintQueued: false,
        preview: null,
        previewFrames: null,
        done: null,
      };
    },
    landed(timeoutMs) {
      const current = armed;
      if (!current) return Promise.reject(new Error('The keystroke probe was not armed'));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const seen = `keydown ${current.keyAt === null ? 'not seen' : 'seen'}, paint ${String(current.paint)}, preview ${String(current.preview)}`;
          reject(new Error(`"${current.text}" did not land within ${timeoutMs} ms (${seen})`));
        }, timeoutMs);
        current.done = () => {
          clearTimeout(timer);
          current.done = null;
          resolve({
            keyToPaint: current.paint ?? Number.NaN,
            keyToPreview: current.watchPreview ? current.preview : null,
            framesToPreview: current.watchPreview ? current.previewFrames : null,
          });
        };
        finishIfLanded();
      });
    },
    dispose() {
      armed = null;
      observer.disconnect();
      editorRoot.removeEventListener('keydown', onKeyDown, { capture: true });
      afterPaint.port1.close();
    },
  };
  host.__keystrokeProbe = probe;
}
