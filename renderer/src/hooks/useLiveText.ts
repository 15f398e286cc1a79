import { startTransition, useEffect, useState } from 'react';
import type { LiveDoc } from '../documents/document-manager';
import { textOf } from '../lib/doc-text';
import type { Signal } from '../lib/signal';

/** The open post's text as a string, with the post it belongs to. */
export interface LiveText {
  id: string;
  text: string;
}

function toLiveText(live: LiveDoc | null): LiveText | null {
  return live ? { id: live.id, text: textOf(live.doc) } : null;
}

/**
 * Follows the open post's text for the preview. Keystrokes only store a reference; the string
 * is built at most once per frame, after the keystroke, and rendered as a transition so React
 * never makes typing wait for the preview. Paused while `enabled` is false.
 */
export function useLiveText(source: Signal<LiveDoc | null>, enabled: boolean): LiveText | null {
  const [value, setValue] = useState<LiveText | null>(() => toLiveText(source.get()));
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const publish = () => {
      frame = 0;
      const next = toLiveText(source.get());
      startTransition(() => setValue(next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(publish);
    };
    // Catch up with edits made while paused.
    schedule();
    const unsubscribe = source.subscribe(schedule);
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [source, enabled]);
  return value;
}
