import { LanyardError } from '../../../src/api/lanyard-error';
import type { Text } from '@codemirror/state';
import type { LanyardApi } from '../../../src/api/client';
import type { DocumentManager } from './document-manager';

/** How often, at most, unsaved text is copied while the writer types: well within a second. */
const copyInterval = 400;

type RecoveryApi = { posts: Pick<LanyardApi['posts'], 'recoverKeep' | 'recoverDrop'> };

/**
 * Hot exit: copies every open post's unsaved text to the main process's recovery store at most
 * every `interval` ms while it changes, off the typing path (a timer, then IPC), and drops the
 * copy once the post has no unsaved edits (saved, reloaded from disk or let go). A crash of the
 * window then loses at most the last `interval` ms of typing.
 */
export class RecoveryWriter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The document last copied for each post; documents are immutable, so identity means unchanged. */
  private readonly kept = new Map<string, Text>();
  private readonly stops: Array<() => void>;
  private failing = false;
  private stopped = false;

  constructor(
    private readonly manager: DocumentManager,
    private readonly api: RecoveryApi,
    private readonly report: (error: unknown) => void,
    private readonly interval = copyInterval,
  ) {
    this.stops = [manager.liveDoc.subscribe(() => this.schedule()), manager.subscribe(() => this.schedule())];
  }

  stop(): void {
    this.stopped = true;
    for (const stop of this.stops) stop();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer !== null || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.copy();
    }, this.interval);
  }

  private async copy(): Promise<void> {
    if (this.stopped || this.manager.isDisposed()) return;
    const calls: Array<Promise<void>> = [];
    const unsaved = new Set<string>();
    for (const { id, doc, baseVersion } of this.manager.unsavedDocs()) {
      unsaved.add(id);
      if (this.kept.get(id) === doc) continue;
      this.kept.set(id, doc);
      calls.push(this.api.posts.recoverKeep({ id, text: doc.toString(), baseVersion }));
    }
    for (const id of [...this.kept.keys()]) {
      if (unsaved.has(id)) continue;
      this.kept.delete(id);
      calls.push(this.api.posts.recoverDrop({ id }));
    }
    const failures = (await Promise.allSettled(calls)).filter((result) => result.status === 'rejected');
    // A vanished site has its own banner; the copy is retried once the folder is back.
    const worth = failures.filter(({ reason }) => !(reason instanceof LanyardError && reason.code === 'site-vanished'));
    // One report per run of failures: the copy is retried on the next change, not every tick.
    if (worth.length > 0 && !this.failing) this.report(worth[0]!.reason);
    this.failing = failures.length > 0;
  }
}
