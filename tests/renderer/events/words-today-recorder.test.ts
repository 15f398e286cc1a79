import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWordsTodayRecorder,
  localDay,
  msToNextDay,
  recordEveryMs,
} from '../../../renderer/src/events/words-today-recorder';

interface Call {
  id: string;
  words: number;
  day: string;
  answer: (written: number) => void;
  fail: () => void;
}

/** A recorder whose calls wait in `calls` until a test answers them; totals shown land in `shown`. */
function recorderUnderTest() {
  const calls: Call[] = [];
  const shown: number[] = [];
  const recorder = createWordsTodayRecorder(
    (id, words, day) =>
      new Promise((resolve, reject) => {
        calls.push({
          id,
          words,
          day,
          answer: (written) => resolve({ written }),
          fail: () => reject(new Error('gone')),
        });
      }),
    (written) => shown.push(written),
  );
  const sent = () => calls.map(({ id, words, day }) => ({ id, words, day }));
  return { recorder, calls, shown, sent };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 5, 16, 10, 0, 0));
});
afterEach(() => vi.useRealTimers());

describe('localDay', () => {
  it("writes the writer's local calendar day", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('counts the time to the next local midnight', () => {
    expect(msToNextDay(new Date(2026, 5, 16, 23, 59, 30))).toBe(30_000);
    expect(msToNextDay(new Date(2026, 5, 16, 0, 0, 0))).toBe(86_400_000);
  });
});

describe('createWordsTodayRecorder', () => {
  it("records a post's first count at once, with the local day, and shows the total it answers", async () => {
    const { recorder, calls, shown, sent } = recorderUnderTest();
    recorder.offer('a.md', 3000);
    expect(sent()).toEqual([{ id: 'a.md', words: 3000, day: '2026-06-16' }]);
    calls[0]!.answer(0);
    await vi.runOnlyPendingTimersAsync();
    expect(shown).toEqual([0]);
  });

  it('merges the counts of two seconds into one call with the latest', async () => {
    const { recorder, sent } = recorderUnderTest();
    recorder.offer('a.md', 100);
    for (const words of [110, 125, 140]) {
      await vi.advanceTimersByTimeAsync(500);
      recorder.offer('a.md', words);
    }
    expect(sent()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(recordEveryMs - 1500 - 1);
    expect(sent()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent().map((call) => call.words)).toEqual([100, 140]);
    // Long after, a new count goes at once.
    await vi.advanceTimersByTimeAsync(10_000);
    recorder.offer('a.md', 150);
    expect(sent().map((call) => call.words)).toEqual([100, 140, 150]);
  });

  it('waits per post: another post is recorded at once, and the first still sends its latest count', async () => {
    const { recorder, sent } = recorderUnderTest();
    recorder.offer('a.md', 100);
    recorder.offer('a.md', 120);
    recorder.offer('b.md', 40);
    expect(sent()).toEqual([
      { id: 'a.md', words: 100, day: '2026-06-16' },
      { id: 'b.md', words: 40, day: '2026-06-16' },
    ]);
    await vi.advanceTimersByTimeAsync(recordEveryMs);
    expect(sent().at(-1)).toEqual({ id: 'a.md', words: 120, day: '2026-06-16' });
  });

  it('sends no count the main process already has', async () => {
    const { recorder, sent } = recorderUnderTest();
    recorder.offer('a.md', 100);
    await vi.advanceTimersByTimeAsync(5000);
    recorder.offer('a.md', 100);
    expect(sent()).toHaveLength(1);
    recorder.offer('a.md', 130);
    // Typed and undone within the wait: nothing new to record.
    await vi.advanceTimersByTimeAsync(500);
    recorder.offer('a.md', 140);
    await vi.advanceTimersByTimeAsync(500);
    recorder.offer('a.md', 130);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent().map((call) => call.words)).toEqual([100, 130]);
  });

  it('records the open post again at local midnight, so the new day starts at none', async () => {
    vi.setSystemTime(new Date(2026, 5, 16, 23, 58, 0));
    const { recorder, sent } = recorderUnderTest();
    recorder.offer('a.md', 100);
    recorder.offer('b.md', 900);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(60_001);
    expect(sent().at(-1)).toEqual({ id: 'b.md', words: 900, day: '2026-06-17' });
    expect(sent()).toHaveLength(3);
  });

  it('shows the total of the latest call, whatever order the answers come in, and keeps it when a call fails', async () => {
    const { recorder, calls, shown } = recorderUnderTest();
    recorder.offer('a.md', 100);
    recorder.offer('b.md', 10);
    calls[1]!.answer(60);
    calls[0]!.answer(50);
    await vi.runOnlyPendingTimersAsync();
    expect(shown).toEqual([60]);
    await vi.advanceTimersByTimeAsync(recordEveryMs);
    recorder.offer('a.md', 130);
    calls[2]!.fail();
    await vi.runOnlyPendingTimersAsync();
    expect(shown).toEqual([60]);
  });

  it('sends what waits when stopped, then shows nothing more and records nothing more', async () => {
    vi.setSystemTime(new Date(2026, 5, 16, 23, 59, 0));
    const { recorder, calls, shown, sent } = recorderUnderTest();
    recorder.offer('a.md', 100);
    recorder.offer('a.md', 180);
    recorder.stop();
    expect(sent().map((call) => call.words)).toEqual([100, 180]);
    calls[1]!.answer(80);
    recorder.offer('a.md', 200);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sent()).toHaveLength(2);
    expect(shown).toEqual([]);
  });
});
