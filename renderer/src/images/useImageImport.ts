import type { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import { imageLinkText } from '../../../src/images/image-link';
import { defaultAltText } from '../../../src/images/image-placement';
import { linkStyleFor, type ImageSettings, type ImportedImage } from '../../../src/images/image-settings';
import type { DocumentManager } from '../documents/document-manager';
import { anchorPhotos, imageAnchors, placePhoto, releasePhotos } from './image-anchors';
import { ImportBatch, type BatchProgress } from './import-batch';
import { failureMessage, linkStyleNote, summaryText } from './import-text';
import { sortOutPhotos } from './photo-files';

/** A photo the writer is about to add: dropped or pasted (a File), or chosen in the native dialog (a token). */
export interface PhotoToAdd {
  key: string;
  name: string;
  bytes: number;
  origin: { file: File } | { token: string };
  /** The alt text the dialog starts with, from the file name. */
  alt: string;
}

/** What the "Add photos" dialog asks about. */
export interface PhotoRequest {
  batch: string;
  postId: string;
  photos: PhotoToAdd[];
  /** Why some of the files given aren't among `photos`, one sentence each. */
  leftOut: string[];
}

/** What the writer said about one photo. */
export interface PhotoDetails {
  alt: string;
  caption: string;
}

/** The bar above the editor: a batch under way, or briefly how one ended. */
export type ImportStatus = { kind: 'importing'; progress: BatchProgress } | { kind: 'summary'; text: string };

type Item = PhotoToAdd & PhotoDetails;
type LinkStyle = ImageSettings['linkStyle'];

interface Running {
  batch: ImportBatch<Item, ImportedImage>;
  id: string;
  postId: string;
}

/** How long "Imported 17 of 20 — 3 failed" stays. */
const SUMMARY_MS = 6000;

function editBlocker(snapshot: ReturnType<DocumentManager['getSnapshot']>, view: EditorView): string | null {
  if (snapshot.siteGone) return "The site's folder is gone, so photos can't be added.";
  if (snapshot.readOnly) return "This post is read-only on disk, so photos can't be added to it.";
  if (view.state.readOnly) return "Photos can't be added while Lanyard is closing this site.";
  return null;
}

/**
 * Brings photos into the open post: the "Add photos" dialog for alt text and captions first,
 * then two imports at a time with progress, each photo linked where it was dropped (or at the
 * cursor) in the order chosen, as soon as it and those before it are written. One batch at a
 * time; cancelling keeps what finished.
 */
export function useImageImport(
  api: LanyardApi,
  manager: DocumentManager,
  editor: RefObject<EditorView | null>,
  report: (error: unknown) => void,
) {
  const [request, setRequest] = useState<PhotoRequest | null>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const pending = useRef<PhotoRequest | null>(null);
  const running = useRef<Running | null>(null);
  const choosing = useRef(false);
  /** Whether the writer was told why their HTML link style gives way to Markdown on this site. */
  const toldHtmlDropped = useRef(false);
  const summaryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = useCallback(
    (run: Running) => {
      if (run.batch.isStopped()) return;
      run.batch.stop();
      api.images.cancel({ batch: run.id }).catch(report);
    },
    [api, report],
  );

  /** The open post's editor, when photos may be added to it now; else says why not. */
  const target = useCallback((): { view: EditorView; postId: string } | null => {
    const refuse = (message: string) => {
      report(new Error(message));
      return null;
    };
    // The "Add photos" dialog is open and in front: it is the answer to a second request.
    if (pending.current) return null;
    if (running.current) {
      return refuse('Photos are still being added. Add more once they are in, or cancel the import.');
    }
    const snapshot = manager.getSnapshot();
    const view = editor.current;
    if (!snapshot.activeId || !view) return refuse('Open a post first, then add photos to it.');
    const blocked = editBlocker(snapshot, view);
    return blocked === null ? { view, postId: snapshot.activeId } : refuse(blocked);
  }, [manager, editor, report]);

  const ask = useCallback(
    (files: { name: string; type: string; bytes: number; origin: PhotoToAdd['origin'] }[]) => {
      const at = target();
      if (!at) return;
      const { photos, leftOut } = sortOutPhotos(files);
      if (photos.length === 0) return report(new Error(leftOut.join(' ')));
      const batch = crypto.randomUUID();
      at.view.dispatch(anchorPhotos(at.view.state, batch));
      const next: PhotoRequest = {
        batch,
        postId: at.postId,
        photos: photos.map(({ name, bytes, origin }, index) => ({
          key: `${index}:${name}`,
          name,
          bytes,
          origin,
          alt: defaultAltText(name),
        })),
        leftOut,
      };
      pending.current = next;
      setRequest(next);
    },
    [target, report],
  );

  const addFiles = useCallback(
    (files: File[]) =>
      ask(files.map((file) => ({ name: file.name, type: file.type, bytes: file.size, origin: { file } }))),
    [ask],
  );

  const choosePhotos = useCallback(() => {
    if (choosing.current || !target()) return;
    choosing.current = true;
    api.images
      .choose()
      .then((chosen) => {
        if (chosen.length > 0) {
          ask(chosen.map(({ name, bytes, token }) => ({ name, type: '', bytes, origin: { token } })));
        }
      }, report)
      .finally(() => (choosing.current = false));
  }, [api, ask, target, report]);

  // Through the manager, so the place is dropped from the post that holds it, shown or not.
  const release = (from: { batch: string; postId: string }) => {
    manager.applyToPost(from.postId, (state) =>
      state.field(imageAnchors, false)?.has(from.batch) ? releasePhotos(from.batch) : null,
    );
  };

  const place = (run: { id: string; postId: string }, item: Item, image: ImportedImage, style: LinkStyle) => {
    const view = editor.current;
    if (!view || manager.getSnapshot().activeId !== run.postId || view.state.readOnly) return;
    const link = imageLinkText({ url: image.url, alt: item.alt.trim(), caption: item.caption, style });
    const spec = placePhoto(view.state, run.id, link);
    if (spec) view.dispatch(spec);
  };

  const importAll = async (from: PhotoRequest, items: Item[]) => {
    clearTimeout(summaryTimer.current);
    let style: LinkStyle = 'markdown';
    const run: Running = {
      id: from.batch,
      postId: from.postId,
      batch: new ImportBatch(items, {
        importOne: async (item) => {
          const source =
            'file' in item.origin
              ? { name: item.name, data: new Uint8Array(await item.origin.file.arrayBuffer()) }
              : { token: item.origin.token };
          return api.images.import({ postId: from.postId, source, batch: from.batch });
        },
        place: (item, image) => place(run, item, image, style),
        fail: (item, error) => report(new Error(failureMessage(item.name, error))),
        progress: (progress) => setStatus({ kind: 'importing', progress }),
      }),
    };
    running.current = run;
    setStatus({ kind: 'importing', progress: { done: 0, total: items.length, current: items[0]?.name ?? null } });
    try {
      const settings = await api.images.settings();
      style = linkStyleFor(settings);
      const note = linkStyleNote(settings);
      if (note !== null && !toldHtmlDropped.current) {
        toldHtmlDropped.current = true;
        report(new Error(note));
      }
      const outcome = await run.batch.run();
      const text = summaryText(outcome);
      setStatus(text === null ? null : { kind: 'summary', text });
      if (text !== null) summaryTimer.current = setTimeout(() => setStatus(null), SUMMARY_MS);
    } catch (error) {
      report(error);
      setStatus(null);
    } finally {
      running.current = null;
      release(from);
    }
  };

  const confirm = (details: PhotoDetails[]) => {
    const from = pending.current;
    pending.current = null;
    setRequest(null);
    if (!from) return;
    if (manager.getSnapshot().activeId !== from.postId) {
      release(from);
      report(new Error('The post was closed before the photos were added, so nothing was imported.'));
      return;
    }
    editor.current?.focus();
    const items = from.photos.map((photo, index) => ({
      ...photo,
      alt: details[index]?.alt ?? photo.alt,
      caption: details[index]?.caption ?? '',
    }));
    void importAll(from, items);
  };

  const dismiss = () => {
    const from = pending.current;
    pending.current = null;
    setRequest(null);
    if (from) release(from);
  };

  const cancel = () => {
    if (running.current) stop(running.current);
    editor.current?.focus();
  };

  // Photos belong to the post they were dropped on: leaving it stops the batch.
  useEffect(
    () =>
      manager.subscribe(() => {
        const run = running.current;
        if (run && manager.getSnapshot().activeId !== run.postId) stop(run);
      }),
    [manager, stop],
  );

  useEffect(
    () => () => {
      clearTimeout(summaryTimer.current);
      if (running.current) stop(running.current);
    },
    [stop],
  );

  return { request, status, addFiles, choosePhotos, confirm, dismiss, cancel };
}
