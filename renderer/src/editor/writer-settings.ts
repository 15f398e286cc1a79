import { Compartment, Prec, type Extension } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';
import { createSignal } from '../lib/signal';

/** Whether the platform spellchecker underlines the post; the writer's app setting. */
const spellcheckOn = createSignal(true);
/** Bumped when the font, size or line width (CSS variables) change, so the open editor measures its lines again. */
const appearance = createSignal(0);

// A fresh (empty) theme is how a view learns that its text may have changed size: CodeMirror
// measures every visible line again when the theme facet changes.
const remeasure = new Compartment();

/** Turns the spellchecker on or off in every post's editor. */
export function setEditorSpellcheck(on: boolean): void {
  spellcheckOn.set(on);
}

/** Tells the open editor that the font, size or line width changed. */
export function editorAppearanceChanged(): void {
  appearance.set(appearance.get() + 1);
}

const follower = ViewPlugin.define((view) => {
  const refresh = () => view.dispatch({ effects: remeasure.reconfigure(EditorView.theme({})) });
  const stops = [spellcheckOn.subscribe(refresh), appearance.subscribe(refresh)];
  return {
    destroy: () => {
      for (const stop of stops) stop();
    },
  };
});

/**
 * The writer's app settings in a post's editor: the `spellcheck` attribute of the editable area
 * (above every other source of it), and a fresh measure when the text's look changes.
 */
export function writerSettings(): Extension {
  return [
    Prec.highest(EditorView.contentAttributes.of(() => ({ spellcheck: spellcheckOn.get() ? 'true' : 'false' }))),
    remeasure.of([]),
    follower,
  ];
}
