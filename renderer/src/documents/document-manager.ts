import { isolateHistory } from '@codemirror/commands';
import { Transaction, type EditorState, type StateEffect, type Text } from '@codemirror/state';
import { LanyardError } from '../../../src/api/lanyard-error';
import type { PostDocument } from '../../../src/posts/post-types';
import { isDirty, markSaved } from '../editor/dirty-tracking';
import { setReadOnly } from '../editor/read-only';
import { decideOnDisk } from './disk-check';
import { DocumentLifecycle } from './document-lifecycle';
import { createBuffer, type PostBuffer } from './post-buffer';
import { minimalChange, normalizeLineBreaks } from './text-diff';

export type { DocumentSnapshot, EditorSurface, LiveDoc, SaveStatus } from './document-types';
export type { DocumentManagerOptions } from './document-store';

type SaveResult = 'clean' | 'dirty' | 'conflict' | 'failed' | 'blocked';

const isCode = (error: unknown, code: string): boolean => error instanceof LanyardError && error.code === code;

/**
 * Gets every open post's text to disk safely: autosave about a second after the last edit,
 * a save when the writer leaves a post, conflicts instead of overwrites when the file changed
 * outside Lanyard, and no writes at all once the site folder is gone. Plain TypeScript over
 * EditorStates, so it runs headless in unit tests.
 */
export class DocumentManager extends DocumentLifecycle {
  private openToken = 0;

  /** Called for every editor update (the view's update listener). */
  noteUpdate(update: { docChanged: boolean; state: EditorState }): void {
    const buf = this.active();
    if (!buf) return;
    if (update.docChanged) {
      this.liveDoc.set({ id: buf.id, doc: update.state.doc });
      if (isDirty(update.state)) this.scheduleAutosave();
    }
    this.refresh();
  }

  /** Shows a post: at once when it was open before (then checked against the disk), else once read. */
  async open(id: string): Promise<void> {
    const token = ++this.openToken;
    if (id === this.activeId) {
      this.loadingId = null;
      return this.refresh();
    }
    const cached = this.buffers.get(id);
    if (cached) {
      this.switchTo(cached);
      if (!cached.saving) await this.checkDisk(cached);
      return;
    }
    this.loadingId = id;
    this.refresh();
    let doc: PostDocument;
    try {
      doc = await this.options.api.posts.read({ id });
    } catch (error) {
      if (token === this.openToken) this.loadingId = null;
      this.refresh();
      return this.options.reportError(error);
    }
    if (token !== this.openToken) return;
    const buf = createBuffer(doc, this.options.createState(normalizeLineBreaks(doc.text), doc.readOnly || this.frozen));
    const spot = this.options.cursors?.recall(id);
    const length = buf.state.doc.length;
    if (spot && spot.anchor <= length && spot.head <= length) buf.state = buf.state.update({ selection: spot }).state;
    this.buffers.set(id, buf);
    this.switchTo(buf);
    if (spot && buf.state.selection.main.head > 0) this.surface?.reveal(buf.state.selection.main.head);
  }

  /** Saves the open post now (Mod-s, blur, the autosave timer). */
  async saveActive(): Promise<void> {
    this.clearAutosave();
    const buf = this.active();
    if (buf) await this.save(buf);
  }

  /**
   * Renames the open post's file through `rename`, which answers the new id. The post is saved
   * first and its saves wait while the file moves; then the same buffer (text, undo history,
   * cursor) carries on under the new id. Answers the new id, or null when nothing was renamed.
   */
  async renameActive(rename: (id: string) => Promise<string>): Promise<string | null> {
    const buf = this.active();
    if (!buf || this.frozen) return null;
    const saved = await this.save(buf);
    if ((saved !== 'clean' && saved !== 'dirty') || !this.isCurrent(buf)) return null;
    let moved = (): void => undefined;
    buf.saving = new Promise<void>((resolve) => (moved = resolve));
    try {
      const id = await rename(buf.id);
      if (id !== buf.id && this.isCurrent(buf)) this.rekey(buf, id);
      return id;
    } catch (error) {
      this.options.reportError(error);
      return null;
    } finally {
      // The watcher's notice was about the old path; the new one holds the same bytes.
      buf.saving = null;
      buf.diskNoticeDuringSave = false;
      moved();
      this.refresh();
    }
  }

  /** Saves every post with edits; true when nothing unsaved is left, so the app may close. */
  async flushAll(): Promise<boolean> {
    this.clearAutosave();
    const results = await Promise.all(
      [...this.buffers.values()].map(async (buf) => {
        let result = await this.save(buf);
        for (let tries = 0; result === 'dirty' && tries < 3; tries++) result = await this.save(buf);
        return result;
      }),
    );
    return results.every((result) => result === 'clean');
  }

  /** A post's file changed on disk (the watcher's event). */
  handleChangedOnDisk(id: string, version: string | null): void {
    const buf = this.buffers.get(id);
    if (!buf) return;
    // Our own save may be what the watcher saw: decide once we know the version it wrote.
    if (buf.saving) {
      buf.diskNoticeDuringSave = true;
      return;
    }
    if (version !== null && version === buf.version && !buf.conflict) return;
    void this.checkDisk(buf);
  }

  /** Conflict action: take the disk's text, as its own undo step so the writer's is one undo away. */
  reloadTheirs(): void {
    const buf = this.active();
    const conflict = buf?.conflict;
    if (!buf || !conflict || conflict.diskText === null) return;
    buf.conflict = null;
    this.comparing = false;
    this.replaceText(buf, conflict.diskText, conflict.diskVersion, { keepHistory: true });
  }

  /** Conflict action: write the editor's text over whatever is on disk. */
  async keepMine(): Promise<void> {
    const buf = this.active();
    if (buf?.conflict) await this.save(buf, true);
  }

  /** Conflict action for a post deleted on disk: close it and let the edits go. */
  discardMine(): void {
    const buf = this.active();
    if (buf) this.forget(buf);
  }

  /** "Show both": the disk's text beside the editor, while there is a conflict to look at. */
  setComparing(comparing: boolean): void {
    this.comparing = comparing && this.active()?.conflict?.diskText != null;
    this.refresh();
  }

  private switchTo(buf: PostBuffer): void {
    this.clearAutosave();
    const previous = this.show(buf);
    if (previous) void this.save(previous);
  }

  private forget(buf: PostBuffer): void {
    this.buffers.delete(buf.id);
    if (buf.id !== this.activeId) return;
    this.clearAutosave();
    this.show(null);
  }

  private async save(buf: PostBuffer, force = false): Promise<SaveResult> {
    while (buf.saving) await buf.saving;
    if (this.disposed || !this.isCurrent(buf) || this.siteGone) return 'blocked';
    if (buf.conflict && !force) return 'conflict';
    const state = this.stateOf(buf);
    if (!force && !isDirty(state)) return 'clean';
    const running = this.send(buf, state.doc, force);
    buf.saving = running;
    this.refresh();
    try {
      return await running;
    } finally {
      buf.saving = null;
      this.refresh();
      if (buf.diskNoticeDuringSave) {
        buf.diskNoticeDuringSave = false;
        void this.checkDisk(buf);
      }
    }
  }

  private async send(buf: PostBuffer, doc: Text, force: boolean): Promise<SaveResult> {
    // Keeping mine replaces exactly the disk version the writer was shown; a newer outside edit
    // conflicts again. A deleted file (diskVersion null) is written anew.
    const baseVersion = force && buf.conflict ? buf.conflict.diskVersion : buf.version;
    try {
      const outcome = await this.options.api.posts.save({
        id: buf.id,
        text: doc.toString(),
        baseVersion,
      });
      if (!this.isCurrent(buf)) return 'blocked';
      if (outcome.status === 'conflict') {
        const diskText = outcome.diskText === null ? null : normalizeLineBreaks(outcome.diskText);
        buf.conflict = { diskText, diskVersion: outcome.diskVersion };
        return 'conflict';
      }
      buf.version = outcome.version;
      if (force) {
        buf.conflict = null;
        if (buf.id === this.activeId) this.comparing = false;
      }
      // Marks the text that was sent, not the current one: typing during the save stays unsaved.
      this.apply(buf, { effects: markSaved.of(doc) });
      return isDirty(this.stateOf(buf)) ? 'dirty' : 'clean';
    } catch (error) {
      if (isCode(error, 'site-vanished')) {
        this.siteVanished(null);
        return 'blocked';
      }
      this.options.reportError(error);
      return 'failed';
    }
  }

  /** Compares a post with its file: follows the disk when there are no edits, else a conflict. */
  private async checkDisk(buf: PostBuffer): Promise<void> {
    let doc: PostDocument | null;
    try {
      doc = await this.options.api.posts.read({ id: buf.id });
    } catch (error) {
      if (isCode(error, 'site-vanished')) return this.siteVanished(null);
      if (!isCode(error, 'not-found')) return this.options.reportError(error);
      doc = null;
    }
    if (!this.isCurrent(buf)) return;
    if (buf.saving) {
      buf.diskNoticeDuringSave = true;
      return;
    }
    const state = this.stateOf(buf);
    const decision = decideOnDisk(doc, {
      text: state.doc.toString(),
      version: buf.version,
      readOnly: buf.readOnly,
      dirty: isDirty(state),
      conflict: buf.conflict,
    });
    if (decision.kind === 'close') return this.forget(buf);
    if (decision.kind === 'conflict') {
      buf.conflict = decision.conflict;
      if (decision.conflict.diskText === null && buf.id === this.activeId) this.comparing = false;
      return this.refresh();
    }
    if (decision.kind === 'reload') {
      buf.conflict = null;
      if (buf.id === this.activeId) this.comparing = false;
      this.replaceText(buf, decision.text, decision.version, { readOnly: decision.readOnly });
    }
  }

  /** Replaces a post's text with the smallest change, so the cursor stays where it was. */
  private replaceText(
    buf: PostBuffer,
    text: string,
    version: string | null,
    options: { readOnly?: boolean; keepHistory?: boolean },
  ): void {
    const change = minimalChange(this.stateOf(buf).doc.toString(), normalizeLineBreaks(text));
    const effects: StateEffect<unknown>[] = [markSaved.of(null)];
    if (options.readOnly !== undefined && options.readOnly !== buf.readOnly) {
      buf.readOnly = options.readOnly;
      effects.push(setReadOnly(options.readOnly || this.frozen));
    }
    buf.version = version;
    this.apply(buf, {
      ...(change ? { changes: change } : {}),
      effects,
      annotations: options.keepHistory ? isolateHistory.of('full') : Transaction.addToHistory.of(false),
    });
    // CodeMirror draws only the lines near the visible part, so a change elsewhere would be
    // invisible (to the writer, and to assistive tech reading the page) until they scroll.
    if (change && buf.id === this.activeId) this.surface?.reveal(change.from);
  }
}
