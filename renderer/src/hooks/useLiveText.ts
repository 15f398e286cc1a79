import { useEffect, useRef } from 'react';
import type { LiveDoc } from '../documents/document-manager';
import { textOf } from '../lib/doc-text';
import type { Signal } from '../lib/signal';

/** The open post as the preview reads it: its id, and its text, built only when asked for. */
export interface LiveText {
  id: string;
  /** The whole text, front matter included; built once per document version. */
  read: () => string;
}

function toLiveText(live: LiveDoc | null): LiveText | null {
  if (!live) return null;
  const { id, doc } = live;
  return { id, read: () => textOf(doc) };
}

/**
 * Follows the open post's text for the preview without React: every edit calls `onChange`
 * with a reference to the new version (no string is built, nothing re-renders), so whoever
 * renders can do it in the keystroke's own frame. Paused while `enabled` is false; on enabling,
 * `onChange` catches up with the edits made meanwhile.
 */
export function useLiveText(
  source: Signal<LiveDoc | null>,
  enabled: boolean,
  onChange: (live: LiveText | null) => void,
): void {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  useEffect(() => {
    if (!enabled) return;
    const publish = () => onChangeRef.current(toLiveText(source.get()));
    publish();
    return source.subscribe(publish);
  }, [source, enabled]);
}
