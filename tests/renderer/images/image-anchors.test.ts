import { history, undo } from '@codemirror/commands';
import type { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { anchorPhotos, imageAnchors, placePhoto, releasePhotos } from '../../../renderer/src/images/image-anchors';
import { markedOf, stateOf } from '../editor/state-strings';

const BATCH = 'batch-1';

/** A post from a marked string (`|` is the cursor) with `BATCH`'s place at the cursor. */
function anchored(marked: string): EditorState {
  const state = stateOf(marked, [imageAnchors, history()]);
  return state.update(anchorPhotos(state, BATCH)).state;
}

function place(state: EditorState, text: string, batch = BATCH): EditorState {
  const spec = placePhoto(state, batch, text);
  if (!spec) throw new Error(`no place for ${batch}`);
  return state.update(spec).state;
}

describe('placePhoto', () => {
  it('puts a photo dropped mid-paragraph in a block of its own, the cursor after it', () => {
    const state = place(anchored('Before |after'), '![A](/a.jpg)');
    expect(markedOf(state)).toBe('Before \n\n![A](/a.jpg)|\n\nafter');
  });

  it('adds only the blank lines that are missing', () => {
    expect(markedOf(place(anchored('One\n|\nTwo'), '![A](/a.jpg)'))).toBe('One\n\n![A](/a.jpg)|\n\nTwo');
    expect(markedOf(place(anchored('One\n\n|\n\nTwo'), '![A](/a.jpg)'))).toBe('One\n\n![A](/a.jpg)|\n\nTwo');
    expect(markedOf(place(anchored('|'), '![A](/a.jpg)'))).toBe('![A](/a.jpg)|\n');
  });

  it('ends a post that ends with the photo with one line break', () => {
    expect(markedOf(place(anchored('Text\n|'), '![A](/a.jpg)'))).toBe('Text\n\n![A](/a.jpg)|\n');
    expect(markedOf(place(anchored('Text|\n'), '![A](/a.jpg)'))).toBe('Text\n\n![A](/a.jpg)|\n');
  });

  it('puts the photos of one batch one after another, in order', () => {
    let state = anchored('Intro\n\n|Outro\n');
    for (const name of ['a', 'b', 'c']) state = place(state, `![${name}](/${name}.jpg)`);
    expect(markedOf(state)).toBe('Intro\n\n![a](/a.jpg)\n\n![b](/b.jpg)\n\n![c](/c.jpg)|\n\nOutro\n');
  });

  it('keeps its place while the text before it changes, and leaves a moved cursor alone', () => {
    let state = anchored('Title\n\n|End');
    state = state.update({ changes: { from: 0, insert: 'A new first line\n' }, selection: { anchor: 0 } }).state;
    state = place(state, '![a](/a.jpg)');
    expect(markedOf(state)).toBe('|A new first line\nTitle\n\n![a](/a.jpg)\n\nEnd');
  });

  it('keeps text typed at its place after the photos still to come', () => {
    let state = place(anchored('Start\n\n|'), '![a](/a.jpg)');
    const at = state.selection.main.head;
    state = state.update({ changes: { from: at, insert: ' Nice' }, selection: { anchor: at + 5 } }).state;
    state = place(state, '![b](/b.jpg)');
    expect(markedOf(state)).toBe('Start\n\n![a](/a.jpg)\n\n![b](/b.jpg)\n\n Nice|\n');
  });

  it('never puts a photo into the front matter: a cursor there moves to the body with it', () => {
    const state = anchored('---\ntitle: |Day 1\n---\nBody\n');
    expect(markedOf(state)).toBe('---\ntitle: Day 1\n---\n|Body\n');
    expect(markedOf(place(state, '![a](/a.jpg)'))).toBe('---\ntitle: Day 1\n---\n\n![a](/a.jpg)|\n\nBody\n');
  });

  it('treats a first line that opens no front matter as body', () => {
    expect(markedOf(place(anchored('|# Title\n'), '![a](/a.jpg)'))).toBe('![a](/a.jpg)|\n\n# Title\n');
  });

  it('makes each photo its own undo step', () => {
    let state = anchored('Text\n\n|');
    state = place(state, '![a](/a.jpg)');
    state = place(state, '![b](/b.jpg)');
    let undone: EditorState | null = null;
    undo({ state, dispatch: (tr) => (undone = tr.state) });
    expect((undone as EditorState | null)?.doc.toString()).toBe('Text\n\n![a](/a.jpg)\n');
  });

  it('has no place for another batch, nor for one that was released', () => {
    const state = anchored('Text|');
    expect(placePhoto(state, 'other', '![a](/a.jpg)')).toBeNull();
    const released = state.update(releasePhotos(BATCH)).state;
    expect(placePhoto(released, BATCH, '![a](/a.jpg)')).toBeNull();
    expect(released.field(imageAnchors).size).toBe(0);
  });

  it('has no place in a state without the field', () => {
    expect(placePhoto(stateOf('Text|'), BATCH, '![a](/a.jpg)')).toBeNull();
  });

  it('keeps two batches apart', () => {
    let state = anchored('One|\n\nTwo');
    state = state.update({ selection: { anchor: state.doc.length } }).state;
    state = state.update(anchorPhotos(state, 'second')).state;
    state = place(state, '![2](/2.jpg)', 'second');
    state = place(state, '![1](/1.jpg)');
    expect(state.doc.toString()).toBe('One\n\n![1](/1.jpg)\n\nTwo\n\n![2](/2.jpg)\n');
  });
});
