import { EditorState } from '@codemirror/state';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
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

/** Takes the photos dropped on or pasted into the editor. */
export type ImageFilesHandler = (files: File[]) => void;

interface Parts {
  manager: DocumentManager;
  topLine: Signal<number>;
  imageFiles: Signal<ImageFilesHandler | null>;
}

function createParts(api: LanyardApi, siteRoot: string, report: (error: unknown) => void): Parts {
  const topLine = createSignal(0);
  // Every post's state keeps these hooks, so the handler is looked up when files arrive.
  const imageFiles = createSignal<ImageFilesHandler | null>(null);
  const hooks: EditorHooks = {
    onUpdate: (update) => manager.noteUpdate(update),
    onTopLine: (line) => topLine.set(line),
    onImageFiles: (files) => imageFiles.get()?.(files),
  };
  const manager: DocumentManager = new DocumentManager({
    api,
    createState: (text, readOnly) =>
      EditorState.create({ doc: text, extensions: postEditorExtensions({ readOnly, hooks }) }),
    reportError: report,
    siteRoot,
    cursors: storageCursorMemory(localStorageOrNull(), siteRoot),
  });
  return { manager, topLine, imageFiles };
}

/** Forwards errors to the latest `report`, which may change between renders. */
function createReporter(initial: (error: unknown) => void) {
  let current = initial;
  return {
    report: (error: unknown) => current(error),
    set: (next: (error: unknown) => void) => {
      current = next;
    },
  };
}

/**
 * The session's DocumentManager (one per site), its snapshot for rendering, the editor's top
 * visible line for the preview, and the slot for whoever imports photos dropped on the editor.
 * The manager is disposed on unmount, so no autosave of this site can fire once another site
 * is open.
 */
export function useDocumentManager(
  api: LanyardApi,
  siteRoot: string,
  report: (error: unknown) => void,
): {
  manager: DocumentManager;
  snapshot: DocumentSnapshot;
  topLine: Signal<number>;
  imageFiles: Signal<ImageFilesHandler | null>;
} {
  const [reporter] = useState(() => createReporter(report));
  useEffect(() => reporter.set(report), [reporter, report]);
  const [parts, setParts] = useState(() => createParts(api, siteRoot, reporter.report));
  const live = useRef(parts);

  useEffect(() => {
    // StrictMode's second mount finds the manager its first unmount disposed: start a fresh one.
    if (live.current.manager.isDisposed()) {
      live.current = createParts(api, siteRoot, reporter.report);
      setParts(live.current);
    }
    const { manager } = live.current;
    return () => manager.dispose();
  }, [api, siteRoot, reporter]);

  const snapshot = useSyncExternalStore(parts.manager.subscribe, parts.manager.getSnapshot);
  return { manager: parts.manager, topLine: parts.topLine, imageFiles: parts.imageFiles, snapshot };
}
