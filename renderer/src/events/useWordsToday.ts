import { useEffect, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import { createWordsTodayRecorder, type WordsTodayRecorder } from './words-today-recorder';

/**
 * The words the writer has written today, in every post, for the daily word goal. While
 * `enabled` (a goal is set), records the open post's count (`words`, which must be the count of
 * `activeId`) at most every two seconds. Null until the main process first answers, and while
 * not enabled.
 */
export function useWordsToday(
  api: LanyardApi,
  activeId: string | null,
  words: number | null,
  enabled: boolean,
): number | null {
  const [written, setWritten] = useState<number | null>(null);
  const recorder = useRef<WordsTodayRecorder | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const created = createWordsTodayRecorder(
      (id, count, day) => api.writing.recordWords({ id, words: count, day }),
      setWritten,
    );
    recorder.current = created;
    return () => {
      created.stop();
      recorder.current = null;
      // A goal set again later shows no stale total while its first count is on the way.
      setWritten(null);
    };
  }, [api, enabled]);

  useEffect(() => {
    if (activeId !== null && words !== null) recorder.current?.offer(activeId, words);
    // `enabled` and `api` re-run this after a new recorder was made, to record the open post at once.
  }, [activeId, words, enabled, api]);

  return enabled ? written : null;
}
