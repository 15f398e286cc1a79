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
  /** Links a finished photo, in the order chosen, while later ones are imported. */
  place(item: T, result: R): void;
  /** A photo failed; the batch goes on with the rest. Never called for a stopped photo. */
  fail(item: T, error: unknown): void;
  progress(progress: BatchProgress): void;
}

/**
 * Photos imported at the same time. Each import decodes and encodes on its own core in the
 * main process; two keep two cores busy, the machine the batch target is set for.
 */
export const IMPORTS_AT_ONCE = 2;

/** How one photo's import ended; `byStop` when it failed after the batch was stopped. */
type Settled<R> = { ok: true; result: R } | { ok: false; error: unknown; byStop: boolean };

/**
 * Imports photos `IMPORTS_AT_ONCE` at a time and places each in the order chosen: a photo
 * that finishes early waits until every photo before it is placed or has failed. `current`
 * is the earliest photo still in flight. `stop` starts no more photos and lets those in flight
 * finish or fail: a photo that finished anyway is placed (it is on disk), one that failed
 * because of the stop is not reported.
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
    const { items, steps } = this;
    const total = items.length;
    const settled: (Settled<R> | undefined)[] = [];
    const inFlight = new Set<number>();
    let started = 0;
    let placed = 0;
    let done = 0;
    let imported = 0;
    let failed = 0;
    let told: BatchProgress | null = null;

    const tell = () => {
      const current = inFlight.size > 0 ? (items[Math.min(...inFlight)]?.name ?? null) : null;
      if (told?.done === done && told.current === current) return;
      told = { done, total, current };
      steps.progress(told);
    };

    const fail = (item: T, error: unknown) => {
      steps.fail(item, error);
      failed++;
      done++;
    };

    const settle = (item: T, outcome: Settled<R>) => {
      if (!outcome.ok) {
        if (!outcome.byStop) fail(item, outcome.error);
        return;
      }
      try {
        steps.place(item, outcome.result);
        imported++;
        done++;
      } catch (error) {
        fail(item, error);
      }
    };

    // Every photo that has settled with no photo before it still in flight.
    const placeReady = () => {
      for (let outcome = settled[placed]; outcome !== undefined; outcome = settled[placed]) {
        settle(items[placed] as T, outcome);
        settled[placed++] = undefined;
      }
    };

    const importInTurn = async () => {
      for (let index = started; !this.stopped && index < total; index = started) {
        started++;
        inFlight.add(index);
        tell();
        try {
          settled[index] = { ok: true, result: await steps.importOne(items[index] as T) };
        } catch (error) {
          settled[index] = { ok: false, error, byStop: this.stopped };
        }
        inFlight.delete(index);
        placeReady();
      }
      tell();
    };

    await Promise.all(Array.from({ length: Math.min(IMPORTS_AT_ONCE, total) }, () => importInTurn()));
    // Said already unless nothing was tried (stopped before it ran, or no photos).
    tell();
    return { total, imported, failed, stopped: done < total };
  }
}
