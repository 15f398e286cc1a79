import type { LanyardApi } from '../../../src/api/client';
import type { DocumentManager } from '../documents/document-manager';
import { useLanyardEvent } from './useLanyardEvent';

/** How long posts stay read-only after `app.readyToClose` when no site switch or close follows. */
const FREEZE_AFTER_CLOSING_MS = 5000;

/**
 * Answers the main process's `app.closing` (the window closes, or another site opens): every
 * post is saved, then the window may go. When something could not be saved, it stays open.
 */
export function useCloseHandshake(api: LanyardApi, manager: DocumentManager, report: (error: unknown) => void): void {
  useLanyardEvent(api, 'app.closing', () => {
    manager.rememberCursor();
    void manager.flushAll().then((done) => {
      if (!done) {
        return report(
          new Error(
            'Some changes could not be saved, so they are still here. Resolve them (or save them elsewhere), then quit again.',
          ),
        );
      }
      // Text typed between this and the switch could be lost or land in the next site: wait for it.
      manager.freeze(FREEZE_AFTER_CLOSING_MS);
      return api.app.readyToClose().catch((error: unknown) => {
        manager.thaw();
        report(error);
      });
    });
  });
}
