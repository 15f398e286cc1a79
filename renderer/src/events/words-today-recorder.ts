/** How long a post's count waits after it was last recorded; counts in between are merged into one. */
export const recordEveryMs = 2000;

/** The writer's local day of an instant, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Milliseconds from `date` to the next local midnight. */
export function msToNextDay(date: Date): number {
  const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  return midnight.getTime() - date.getTime();
}

/** Sends the open post's word counts, no more than one per post every `recordEveryMs`. */
export interface WordsTodayRecorder {
  /** The post `id` has `words` words now. */
  offer(id: string, words: number): void;
  /** Sends the counts still waiting, then stops; answers that arrive later are dropped. */
  stop(): void;
}

interface Recorded {
  words: number;
  day: string;
  at: number;
}

/**
 * A recorder that hands each post's count to `record` with the writer's local day and passes the
 * day's total to `onWritten`. A count arriving within `recordEveryMs` of the post's last one waits,
 * and is replaced by newer counts while it waits, so typing costs one call every two seconds. At
 * local midnight the open post's count is recorded again, so the total starts the new day at none.
 */
export function createWordsTodayRecorder(
  record: (id: string, words: number, day: string) => Promise<{ written: number }>,
  onWritten: (written: number) => void,
  now: () => Date = () => new Date(),
): WordsTodayRecorder {
  const recorded = new Map<string, Recorded>();
  const waiting = new Map<string, { words: number; timer: ReturnType<typeof setTimeout> }>();
  let dayTimer: ReturnType<typeof setTimeout> | null = null;
  let sent = 0;
  let shown = 0;
  let stopped = false;

  const send = (id: string, words: number) => {
    const time = now();
    recorded.set(id, { words, day: localDay(time), at: time.getTime() });
    const sequence = ++sent;
    record(id, words, localDay(time)).then(
      ({ written }) => {
        // An earlier call can answer after a later one; only the latest total is shown.
        if (stopped || sequence < shown) return;
        shown = sequence;
        onWritten(written);
      },
      // The total is a nicety: a failed call leaves it as it was, and the next pause tries again.
      () => undefined,
    );
  };

  const cancelWaiting = (id: string) => {
    const pending = waiting.get(id);
    if (pending === undefined) return;
    clearTimeout(pending.timer);
    waiting.delete(id);
  };

  const offer = (id: string, words: number) => {
    if (stopped) return;
    const time = now();
    const last = recorded.get(id);
    if (dayTimer !== null) clearTimeout(dayTimer);
    dayTimer = setTimeout(() => offer(id, words), msToNextDay(time) + 1);
    if (last !== undefined && last.words === words && last.day === localDay(time)) {
      cancelWaiting(id);
      return;
    }
    const wait = last === undefined ? 0 : last.at + recordEveryMs - time.getTime();
    if (wait <= 0) {
      cancelWaiting(id);
      send(id, words);
      return;
    }
    const pending = waiting.get(id);
    if (pending !== undefined) {
      pending.words = words;
      return;
    }
    const timer = setTimeout(() => {
      const { words: latest } = waiting.get(id)!;
      waiting.delete(id);
      send(id, latest);
    }, wait);
    waiting.set(id, { words, timer });
  };

  const stop = () => {
    if (dayTimer !== null) clearTimeout(dayTimer);
    // The last words typed before the post closed still count towards the day.
    for (const [id, { words, timer }] of waiting) {
      clearTimeout(timer);
      send(id, words);
    }
    waiting.clear();
    stopped = true;
  };

  return { offer, stop };
}
