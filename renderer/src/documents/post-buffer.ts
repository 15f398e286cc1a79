import type { EditorState, StateEffect } from '@codemirror/state';
import type { PostDocument } from '../../../src/posts/post-types';

/** The disk's side of a conflict; `diskText` null means the file was deleted. */
export interface Conflict {
  diskText: string | null;
  diskVersion: string | null;
}

/** What the renderer holds for one post opened during this session. */
export interface PostBuffer {
  /** Changes only when the post's file is renamed. */
  id: string;
  /** The version the text was read as or last saved as; sent as `baseVersion`. */
  version: string | null;
  readOnly: boolean;
  /** The post's editor state while it is not the one shown (the view owns it meanwhile). */
  state: EditorState;
  /** Where the writer was scrolled when they left the post. */
  scroll: StateEffect<unknown> | null;
  conflict: Conflict | null;
  /** The save on its way, if any; saves of one post never overlap. */
  saving: Promise<unknown> | null;
  /** A change-on-disk notice that arrived during a save, handled once it finishes. */
  diskNoticeDuringSave: boolean;
}

/** A buffer for a post just read from disk. */
export function createBuffer(doc: PostDocument, state: EditorState): PostBuffer {
  return {
    id: doc.id,
    version: doc.version,
    readOnly: doc.readOnly,
    state,
    scroll: null,
    conflict: null,
    saving: null,
    diskNoticeDuringSave: false,
  };
}

/** The post's file name, e.g. `2026-11-23-day-one.md`, for messages and "Save elsewhere". */
export function fileNameOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1) || id;
}
