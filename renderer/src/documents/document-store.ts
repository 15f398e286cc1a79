import type { EditorState, Text, TransactionSpec } from '@codemirror/state';
import type { LanyardApi } from '../../../src/api/client';
import { isDirty } from '../editor/dirty-tracking';
import { createSignal } from '../lib/signal';
import {
  sameSnapshot,
  type DocumentSnapshot,
  type EditorSurface,
  type LiveDoc,
  type SaveStatus,
} from './document-types';
import type { CursorMemory } from './cursor-memory';
import type { PostBuffer } from './post-buffer';
import type { TextChange } from '../../../src/posts/text-change';

export interface DocumentManagerOptions {
  api: { posts: Pick<LanyardApi['posts'], 'read' | 'save'> };
  createState(text: string, readOnly: boolean): EditorState;
  reportError(error: unknown): void;
  autosaveDelay?: number;
  /** The site these posts belong to; another site's `site.opened` disposes the manager. */
  siteRoot?: string;
  /** Where posts reopen; without it they open at the top. */
  cursors?: CursorMemory;
}

/**
 * The posts opened in this session and which one is shown, with the snapshot React renders
 * from. The open post's state lives in the surface (the view) while it is shown, in its buffer
 * otherwise; `stateOf` and `apply` hide the difference. The workflows are in DocumentManager.
 */
export class DocumentStore {
  /** The open post's document, for the preview and the word count. */
  readonly liveDoc = createSignal<LiveDoc | null>(null);
  protected readonly buffers = new Map<string, PostBuffer>();
  protected surface: EditorSurface | null = null;
  protected activeId: string | null = null;
  protected loadingId: string | null = null;
  protected comparing = false;
  protected siteGone: { root: string | null } | null = null;
  private readonly listeners = new Set<() => void>();
  private snapshot: DocumentSnapshot;

  constructor(protected readonly options: DocumentManagerOptions) {
    this.snapshot = this.computeSnapshot();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DocumentSnapshot => this.snapshot;

  /** Connects the view that shows the open post. */
  attach(surface: EditorSurface): void {
    this.surface = surface;
    const active = this.active();
    surface.show(active ? active.state : this.emptyState(), active?.scroll ?? null);
  }

  detach(surface: EditorSurface): void {
    if (this.surface !== surface) return;
    const active = this.active();
    if (active) active.state = surface.state;
    this.surface = null;
  }

  /** Stores where the cursor is in the open post (on leaving it, on blur, before unload). */
  rememberCursor(): void {
    const buf = this.active();
    if (!buf) return;
    const { anchor, head } = this.stateOf(buf).selection.main;
    this.options.cursors?.remember(buf.id, { anchor, head });
  }

  /** Puts the keyboard in the editor; `atEnd` for a new post, whose body follows its front matter. */
  focusEditor(atEnd = false): void {
    const surface = this.surface;
    if (this.activeId === null || !surface) return;
    if (atEnd) {
      const end = surface.state.doc.length;
      surface.dispatch({ selection: { anchor: end } });
      surface.reveal(end);
    }
    surface.focus?.();
  }

  /** The open post's full text, e.g. to save it elsewhere. */
  activeText(): string | null {
    const buf = this.active();
    return buf ? this.stateOf(buf).doc.toString() : null;
  }

  /**
   * Applies an edit made outside the editor (the front matter form) to the open post. Typing
   * in one field joins into one undo step, like typing in the text; other edits are one step each.
   */
  editActive(change: TextChange, typing: boolean): boolean {
    const buf = this.active();
    if (!buf || buf.readOnly || this.siteGone || this.stateOf(buf).readOnly) return false;
    this.apply(buf, { changes: change, userEvent: typing ? 'input.type.form' : 'input.form' });
    return true;
  }

  /** Applies what `make` builds from a post's current state (null: nothing), whether it is shown or not. */
  applyToPost(id: string, make: (state: EditorState) => TransactionSpec | null): void {
    const buf = this.buffers.get(id);
    const spec = buf ? make(this.stateOf(buf)) : null;
    if (buf && spec) this.apply(buf, spec);
  }

  /** Each open post with edits that are not on disk, and the file version they were made on (for hot exit). */
  unsavedDocs(): Array<{ id: string; doc: Text; baseVersion: string | null }> {
    return [...this.buffers.values()]
      .filter((buf) => buf.conflict !== null || isDirty(this.stateOf(buf)))
      .map((buf) => ({ id: buf.id, doc: this.stateOf(buf).doc, baseVersion: buf.version }));
  }

  /**
   * Recovered text was typed on `version` of the post's file: its saves name that version, so
   * a file that moved on since conflicts instead of being overwritten.
   */
  setBaseVersion(id: string, version: string | null): void {
    const buf = this.buffers.get(id);
    if (buf) buf.version = version;
  }

  protected active(): PostBuffer | null {
    return this.activeId === null ? null : (this.buffers.get(this.activeId) ?? null);
  }

  protected isCurrent(buf: PostBuffer): boolean {
    return this.buffers.get(buf.id) === buf;
  }

  protected stateOf(buf: PostBuffer): EditorState {
    return buf.id === this.activeId && this.surface ? this.surface.state : buf.state;
  }

  protected apply(buf: PostBuffer, spec: TransactionSpec): void {
    // Through the surface, the view's update listener sees the change (and calls noteUpdate).
    if (buf.id === this.activeId && this.surface) this.surface.dispatch(spec);
    else buf.state = buf.state.update(spec).state;
    if (buf.id === this.activeId && !this.surface) this.liveDoc.set({ id: buf.id, doc: buf.state.doc });
    this.refresh();
  }

  /** Files a buffer under its post's new id after a rename; its text, history and cursor stay. */
  protected rekey(buf: PostBuffer, id: string): void {
    const oldId = buf.id;
    this.buffers.delete(oldId);
    buf.id = id;
    this.buffers.set(id, buf);
    if (this.activeId !== oldId) return;
    this.activeId = id;
    this.liveDoc.set({ id, doc: this.stateOf(buf).doc });
  }

  /** Shows a buffer; returns the one it replaces, its state and scroll position stored. */
  protected show(buf: PostBuffer | null): PostBuffer | null {
    const previous = this.active();
    if (previous && this.surface) {
      previous.state = this.surface.state;
      previous.scroll = this.surface.scrollSnapshot();
    }
    this.rememberCursor();
    this.activeId = buf?.id ?? null;
    this.loadingId = null;
    this.comparing = false;
    this.surface?.show(buf ? buf.state : this.emptyState(), buf?.scroll ?? null);
    this.liveDoc.set(buf ? { id: buf.id, doc: buf.state.doc } : null);
    this.refresh();
    return previous;
  }

  protected refresh(): void {
    const next = this.computeSnapshot();
    if (sameSnapshot(next, this.snapshot)) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }

  private emptyState(): EditorState {
    return this.options.createState('', true);
  }

  private computeSnapshot(): DocumentSnapshot {
    const buf = this.active();
    let status: SaveStatus = 'saved';
    if (buf?.saving) status = 'saving';
    else if (buf?.conflict) status = 'conflict';
    else if (buf && isDirty(this.stateOf(buf))) status = 'unsaved';
    return {
      activeId: this.activeId,
      loadingId: this.loadingId,
      status,
      readOnly: buf?.readOnly ?? false,
      conflict: buf?.conflict ?? null,
      comparing: this.comparing,
      siteGone: this.siteGone,
    };
  }
}
