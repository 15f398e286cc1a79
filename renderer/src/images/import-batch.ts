/** Where a batch stands: `done` photos of `total` are through, `current` is being imported. */
export interface BatchProgress {
  done: number;
  total: number;
  current: string | null;
}

/** How a batch ended. */
export interface BatchOutcome {
  total: number;
  imported: number;
  failed: number;
  /** Stopped before every photo was tried. */
  stopped: boolean;
}

/** What a batch does with each photo; the hook supplies the API and the editor. */
export interface BatchSteps<T, R> {
  /** Imports one photo; rejects when it fails (or the batch was stopped while it ran). */
  importOne(item: T): Promise<R>;
  /** Links a finished photo, while the next one is imported. */
  place(item: T, result: R): void;
  /** A photo failed; the batch goes on with the rest. Never called for a stopped photo. */
  fail(item: T, error: unknown): void;
  progress(progress: BatchProgress): void;
}

/**
 * Imports photos one at a time, in order, placing each as soon as it is done. `stop` lets the
 * photo in flight finish or fail and tries no more: a photo that finished anyway is placed (it
 * is on disk), one that failed because of the stop is not reported.
 */
export class ImportBatch<T extends { name: string }, R> {
  private stopped = false;

  constructor(
    private readonly items: readonly T[],
    private readonly steps: BatchSteps<T, R>,
  ) {}

  stop(): void {
    this.stopped = true;
  }

  isStopped(): boolean {
    return this.stopped;
  }

  async run(): Promise<BatchOutcome> {
    const total = this.items.length;
    let done = 0;
    let imported = 0;
    let failed = 0;
    for (const item of this.items) {
      if (this.stopped) break;
      this.steps.progress({ done, total, current: item.name });
      try {
        const result = await this.steps.importOne(item);
        this.steps.place(item, result);
        imported++;
      } catch (error) {
        if (this.stopped) break;
        this.steps.fail(item, error);
        failed++;
      }
      done++;
    }
    this.steps.progress({ done, total, current: null });
    return { total, imported, failed, stopped: done < total };
  }
}
