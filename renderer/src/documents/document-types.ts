import type { EditorState, StateEffect, Text, TransactionSpec } from '@codemirror/state';
import type { Conflict } from './post-buffer';

/** What the status bar says about the open post. */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict';

/** Everything the UI shows about the open post, replaced (never mutated) when it changes. */
export interface DocumentSnapshot {
  activeId: string | null;
  /** A post being read from disk before it is shown. */
  loadingId: string | null;
  status: SaveStatus;
  readOnly: boolean;
  conflict: Conflict | null;
  /** "Show both": the disk's text is shown beside the editor. */
  comparing: boolean;
  /** Set once the site folder is gone; `root` is null when only a failed save told us. */
  siteGone: { root: string | null } | null;
}

/** Where the open post is shown: the EditorView, or a stand-in in headless tests. */
export interface EditorSurface {
  readonly state: EditorState;
  /** Shows another post's state, at its remembered scroll position or the top. */
  show(state: EditorState, scroll: StateEffect<unknown> | null): void;
  dispatch(spec: TransactionSpec): void;
  scrollSnapshot(): StateEffect<unknown> | null;
  /** Scrolls, as little as needed, so that the line at `pos` is on screen. */
  reveal(pos: number): void;
  focus?(): void;
}

/** The open post's current document; cheap to publish on every keystroke. */
export interface LiveDoc {
  id: string;
  doc: Text;
}

/** True when two snapshots show the same thing, so React need not render again. */
export function sameSnapshot(a: DocumentSnapshot, b: DocumentSnapshot): boolean {
  return (Object.keys(a) as (keyof DocumentSnapshot)[]).every((key) => Object.is(a[key], b[key]));
}
