import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { dirtyTracking, isDirty, markSaved } from '../../../renderer/src/editor/dirty-tracking';

function fresh(doc = 'Day one'): EditorState {
  return EditorState.create({ doc, extensions: dirtyTracking() });
}

describe('dirtyTracking', () => {
  it('starts clean and turns dirty on an edit', () => {
    const state = fresh();
    expect(isDirty(state)).toBe(false);
    expect(isDirty(state.update({ changes: { from: 7, insert: '!' } }).state)).toBe(true);
  });

  it('is clean again when the text returns to the saved text', () => {
    const edited = fresh().update({ changes: { from: 7, insert: '!' } }).state;
    const back = edited.update({ changes: { from: 7, to: 8 } }).state;
    expect(isDirty(back)).toBe(false);
  });

  it('takes the saved text from markSaved, or the current text when given null', () => {
    const edited = fresh().update({ changes: { from: 7, insert: '!' } }).state;
    expect(isDirty(edited.update({ effects: markSaved.of(null) }).state)).toBe(false);
    const savedEarlier = edited.doc;
    const typedMore = edited.update({ changes: { from: 8, insert: '?' } }).state;
    expect(isDirty(typedMore.update({ effects: markSaved.of(savedEarlier) }).state)).toBe(true);
  });

  it('reports clean for a state without the extension', () => {
    expect(isDirty(EditorState.create({ doc: 'x' }))).toBe(false);
  });
});
