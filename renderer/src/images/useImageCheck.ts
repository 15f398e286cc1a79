import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { ImageCheck } from '../../../src/images/image-settings';
import type { DocumentManager } from '../documents/document-manager';
import { LanyardError } from '../../../src/api/lanyard-error';

/** The check runs again this long after the text stops changing. */
const RECHECK_MS = 1500;

/**
 * The image check of the open post: links to images that don't exist, and photos imported
 * for it that it no longer links. Runs when the post opens and again once its text has
 * rested and been saved (the check reads the file). A failing check is reported once per post.
 */
export function useImageCheck(
  api: LanyardApi,
  manager: DocumentManager,
  id: string | null,
  report: (error: unknown) => void,
): { check: ImageCheck | null; removeUnused: (path: string) => Promise<boolean> } {
  const [found, setFound] = useState<{ id: string; check: ImageCheck } | null>(null);
  const [round, setRound] = useState(0);
  const reportedFor = useRef<string | null>(null);

  useEffect(() => {
    if (id === null) return;
    let live = true;
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waitingForSave = false;
    const run = () => {
      if (manager.getSnapshot().siteGone) return;
      const ticket = ++latest;
      api.images.check({ id }).then(
        (check) => {
          if (live && ticket === latest) setFound({ id, check });
        },
        (error: unknown) => {
          // A post renamed or deleted meanwhile: the check for its new id (or none) follows.
          if (error instanceof LanyardError && error.code === 'not-found') return;
          if (!live || reportedFor.current === id) return;
          reportedFor.current = id;
          report(error);
        },
      );
    };
    const runOnceSaved = () => {
      waitingForSave = manager.getSnapshot().status !== 'saved';
      if (!waitingForSave) run();
    };
    run();
    const stopText = manager.liveDoc.subscribe(() => {
      if (manager.liveDoc.get()?.id !== id) return;
      clearTimeout(timer);
      waitingForSave = false;
      timer = setTimeout(runOnceSaved, RECHECK_MS);
    });
    const stopSaves = manager.subscribe(() => {
      if (waitingForSave && manager.getSnapshot().status === 'saved') runOnceSaved();
    });
    return () => {
      live = false;
      clearTimeout(timer);
      stopText();
      stopSaves();
    };
  }, [api, manager, id, report, round]);

  const removeUnused = useCallback(
    async (path: string): Promise<boolean> => {
      if (id === null) return false;
      try {
        // The main process judges "unused" by the file: the text on screen must be the text on disk.
        await manager.saveActive();
        if (manager.getSnapshot().status !== 'saved') return false;
        await api.images.removeUnused({ id, path });
        return true;
      } catch (error) {
        report(error);
        return false;
      } finally {
        setRound((count) => count + 1);
      }
    },
    [api, manager, id, report],
  );

  return { check: found?.id === id ? found.check : null, removeUnused };
}
