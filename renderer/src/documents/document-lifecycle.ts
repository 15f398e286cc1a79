import { setReadOnly } from '../editor/read-only';
import { DocumentStore } from './document-store';

/**
 * The timers and states that end or pause writing: autosave scheduling, the freeze while the
 * app closes or switches sites, disposal, and the site folder vanishing. DocumentManager adds
 * the workflows on top.
 */
export abstract class DocumentLifecycle extends DocumentStore {
  private autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  private thawTimer: ReturnType<typeof setTimeout> | null = null;
  /** Set after the app was told everything is saved: editing waits for the switch (or a timeout). */
  protected frozen = false;
  /** Set when the workspace goes away (another site opened): nothing is written any more. */
  protected disposed = false;

  /** Saves the open post now (Mod-s, blur, the autosave timer). */
  abstract saveActive(): Promise<void>;

  /**
   * Everything was saved for a close or a site switch (`app.readyToClose` is being sent): the
   * posts turn read-only until the switch happens, `siteOpened` says it did not, or `ms` pass,
   * so nothing typed in the gap is lost or written into the next site.
   */
  freeze(ms: number): void {
    if (this.disposed) return;
    this.clearThaw();
    this.thawTimer = setTimeout(() => this.thaw(), ms);
    if (this.frozen) return;
    this.frozen = true;
    for (const buf of this.buffers.values()) this.apply(buf, { effects: setReadOnly(true) });
  }

  /** Ends `freeze`: each post is editable again unless its file is read-only. */
  thaw(): void {
    this.clearThaw();
    if (!this.frozen || this.disposed) return;
    this.frozen = false;
    for (const buf of this.buffers.values()) this.apply(buf, { effects: setReadOnly(buf.readOnly) });
  }

  /** A site was opened: this manager's own (reopened) ends the freeze; any other one ends this manager. */
  siteOpened(root: string): void {
    if (this.options.siteRoot !== undefined && root !== this.options.siteRoot) this.dispose();
    else this.thaw();
  }

  isDisposed(): boolean {
    return this.disposed;
  }

  /** The workspace is gone: stop every timer; later saves (and autosaves) do nothing. */
  dispose(): void {
    this.disposed = true;
    this.clearAutosave();
    this.clearThaw();
  }

  /** The site folder is gone: keep every text in memory and stop writing. */
  siteVanished(root: string | null): void {
    this.clearAutosave();
    this.siteGone = { root: root ?? this.siteGone?.root ?? null };
    this.refresh();
  }

  protected scheduleAutosave(): void {
    this.clearAutosave();
    if (this.disposed) return;
    this.autosaveTimer = setTimeout(() => {
      this.autosaveTimer = null;
      void this.saveActive();
    }, this.options.autosaveDelay ?? 1000);
  }

  protected clearAutosave(): void {
    if (this.autosaveTimer !== null) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = null;
  }

  private clearThaw(): void {
    if (this.thawTimer !== null) clearTimeout(this.thawTimer);
    this.thawTimer = null;
  }
}
