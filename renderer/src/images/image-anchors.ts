import { StateEffect, StateField, type EditorState, type Text, type TransactionSpec } from '@codemirror/state';
import { frontMatterPrefix } from '../frontmatter/front-matter-prefix';

const setAnchor = StateEffect.define<{ batch: string; pos: number | null }>();

/**
 * Where each batch of photos being imported into a post goes, by batch id. It moves with the
 * edits made while the photos are processed, so they land where they were dropped, in order.
 * Part of every post's state; a post that isn't the batch's has no anchor for it.
 */
export const imageAnchors = StateField.define<ReadonlyMap<string, number>>({
  create: () => new Map(),
  update(anchors, tr) {
    let next = anchors;
    if (tr.docChanged && anchors.size > 0) {
      // Text typed right at the anchor stays after the photos still to come.
      next = new Map([...anchors].map(([batch, pos]) => [batch, tr.changes.mapPos(pos, -1)]));
    }
    for (const effect of tr.effects) {
      if (!effect.is(setAnchor)) continue;
      const changed = new Map(next);
      if (effect.value.pos === null) changed.delete(effect.value.batch);
      else changed.set(effect.value.batch, effect.value.pos);
      next = changed;
    }
    return next;
  },
});

/** Where the body starts: photos never go into the front matter. */
function bodyStart(doc: Text): number {
  const prefix = frontMatterPrefix(doc);
  return prefix === doc.line(1).text ? 0 : prefix.length;
}

/** `text` as a block of its own at `pos`: a blank line before and after, as Markdown needs. */
function blockAt(doc: Text, pos: number, text: string): { insert: string; end: number } {
  const before = doc.sliceString(Math.max(0, pos - 2), pos);
  const after = doc.sliceString(pos, pos + 2);
  const lead = pos === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  let trail = '\n\n';
  if (pos === doc.length) trail = '\n';
  else if (after === '\n' || after.startsWith('\n\n')) trail = '';
  else if (after.startsWith('\n')) trail = '\n';
  return { insert: lead + text + trail, end: lead.length + text.length };
}

/**
 * Marks the cursor of the post as the place for `batch`'s photos. A cursor in the front matter
 * moves to the start of the body, where the photos will go.
 */
export function anchorPhotos(state: EditorState, batch: string): TransactionSpec {
  const start = bodyStart(state.doc);
  const pos = Math.max(state.selection.main.head, start);
  const effects = setAnchor.of({ batch, pos });
  return pos === state.selection.main.head ? { effects } : { effects, selection: { anchor: pos } };
}

/** Forgets `batch`'s place once its photos are all in (or it was cancelled). */
export function releasePhotos(batch: string): TransactionSpec {
  return { effects: setAnchor.of({ batch, pos: null }) };
}

/**
 * Inserts one photo's link text at `batch`'s place, as its own undo step; the next photo of
 * the batch goes right after it. A cursor still at the place follows the photo. Null when the
 * state has no place for `batch` (another post is shown).
 */
export function placePhoto(state: EditorState, batch: string, text: string): TransactionSpec | null {
  const pos = state.field(imageAnchors, false)?.get(batch);
  if (pos === undefined) return null;
  const { insert, end } = blockAt(state.doc, pos, text);
  const main = state.selection.main;
  const follow = main.empty && main.head === pos;
  return {
    changes: { from: pos, insert },
    effects: setAnchor.of({ batch, pos: pos + end }),
    ...(follow ? { selection: { anchor: pos + end }, scrollIntoView: true } : {}),
    userEvent: 'input.image',
  };
}
