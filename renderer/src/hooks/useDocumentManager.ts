import { EditorState } from '@codemirror/state';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import { DocumentManager, type DocumentSnapshot } from '../documents/document-manager';
import { storageCursorMemory } from '../documents/cursor-memory';
import { postEditorExtensions, type EditorHooks } from '../editor/editor-extensions';
import { createSignal, type Signal } from '../lib/signal';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled; posts then simply open at the top.
    return null;
  }
}

/**
 * The session's DocumentManager (one per site), its snapshot for rendering, and the editor's
 * top visible line for the preview.
 */
export function useDocumentManager(
  api: LanyardApi,
  siteRoot: string,
  report: (error: unknown) => void,
): { manager: DocumentManager; snapshot: DocumentSnapshot; topLine: Signal<number> } {
  const [parts] = useState(() => {
    let reporter = report;
    const topLine = createSignal(0);
    const hooks: EditorHooks = {
      onUpdate: (update) => manager.noteUpdate(update),
      onTopLine: (line) => topLine.set(line),
    };
    const manager: DocumentManager = new DocumentManager({
      api,
      createState: (text, readOnly) =>
        EditorState.create({ doc: text, extensions: postEditorExtensions({ readOnly, hooks }) }),
      reportError: (error) => reporter(error),
      cursors: storageCursorMemory(localStorageOrNull(), siteRoot),
    });
    const setReporter = (next: (error: unknown) => void) => {
      reporter = next;
    };
    return { manager, topLine, setReporter };
  });
  useEffect(() => parts.setReporter(report), [parts, report]);

  const snapshot = useSyncExternalStore(parts.manager.subscribe, parts.manager.getSnapshot);
  return { manager: parts.manager, topLine: parts.topLine, snapshot };
}
