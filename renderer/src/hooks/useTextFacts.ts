import { useEffect, useState } from 'react';
import { countWords } from '../../../src/markdown/word-count';
import type { LiveDoc } from '../documents/document-manager';
import { textOf } from '../lib/doc-text';
import type { Signal } from '../lib/signal';

/** What the status bar shows about the open post. */
export interface TextFacts {
  id: string;
  words: number;
  readingMinutes: number;
}

/** Counting and parsing wait until typing pauses this long. */
const SETTLE_MS = 150;

function factsOf(live: LiveDoc): TextFacts {
  const text = textOf(live.doc);
  const { words, readingMinutes } = countWords(text);
  return { id: live.id, words, readingMinutes };
}

/**
 * Word count and reading time for the open post, computed
 * off the typing path: shortly after a pause, or straight away for a newly opened post.
 */
export function useTextFacts(source: Signal<LiveDoc | null>): TextFacts | null {
  const [facts, setFacts] = useState<TextFacts | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let shownId: string | null = null;
    const compute = () => {
      timer = null;
      const live = source.get();
      shownId = live?.id ?? null;
      setFacts(live ? factsOf(live) : null);
    };
    const schedule = () => {
      if (timer !== null) clearTimeout(timer);
      const switched = (source.get()?.id ?? null) !== shownId;
      timer = setTimeout(compute, switched ? 0 : SETTLE_MS);
    };
    schedule();
    const unsubscribe = source.subscribe(schedule);
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [source]);
  return facts;
}
