import { useCallback, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { PublishOutcome, PublishProgress, PublishStatus } from '../../../src/publish/publish-types';
import type { DocumentManager } from '../documents/document-manager';
import { useLanyardEvent } from '../hooks/useLanyardEvent';
import { messageOf } from '../lanyard-api';

/** What the Publish dialog shows. */
export type PublishView =
  | { kind: 'loading' }
  | { kind: 'blocked'; message: string }
  | { kind: 'status'; status: PublishStatus }
  | { kind: 'running'; action: 'publish' | 'unpublish'; progress: PublishProgress | null }
  | { kind: 'outcome'; action: 'publish' | 'unpublish'; outcome: PublishOutcome };

/** The open Publish dialog: which post, what it shows, and an inline error from the last action. */
export interface PublishDialogState {
  postId: string;
  view: PublishView;
  error: string | null;
  /** A repository action (init, add remote…) is under way. */
  busy: boolean;
  /** Publishing a live update: the commit message ends with the latest update's time. */
  liveUpdate: boolean;
}

const NOT_SAVED =
  'This post has changes that could not be saved, so it can’t be published yet. Resolve them (see the note above the editor), then publish again.';

/**
 * The Publish dialog's state and actions for the open post. A publish runs inside the
 * document manager's rename, so the post is saved first, its saves wait while git works on the
 * file, and the editor follows a Jekyll draft that moves to `_posts/`.
 */
export function usePublish(api: LanyardApi, manager: DocumentManager, report: (error: unknown) => void) {
  const [dialog, setDialogState] = useState<PublishDialogState | null>(null);
  const current = useRef<PublishDialogState | null>(null);
  const runId = useRef<string | null>(null);

  const setDialog = useCallback((next: PublishDialogState | null) => {
    current.current = next;
    setDialogState(next);
  }, []);

  /** Applies `change` if the dialog is still open for `postId`. */
  const update = useCallback(
    (postId: string, change: (state: PublishDialogState) => PublishDialogState) => {
      const state = current.current;
      if (state && state.postId === postId) setDialog(change(state));
    },
    [setDialog],
  );

  /** Shows the post's status, unless a publish started meanwhile. */
  const loadStatus = useCallback(
    async (postId: string, error: string | null = null) => {
      const liveUpdate = current.current?.liveUpdate ?? false;
      let view: PublishView;
      try {
        view = { kind: 'status', status: await api.publish.status({ id: postId, liveUpdate }) };
      } catch (failure) {
        view = { kind: 'blocked', message: messageOf(failure) };
      }
      update(postId, (state) =>
        state.view.kind === 'running' ? state : { ...state, postId, view, error, busy: false },
      );
    },
    [api, update],
  );

  /** Opens the dialog for the open post; `liveUpdate` publishes it as an update of a live post. */
  const open = useCallback(
    async (liveUpdate = false) => {
      if (current.current) return;
      const { activeId } = manager.getSnapshot();
      if (!activeId) return report(new Error('Open a post first, then publish it.'));
      setDialog({ postId: activeId, view: { kind: 'loading' }, error: null, busy: false, liveUpdate });
      await manager.saveActive();
      const after = manager.getSnapshot();
      if (after.activeId !== activeId || after.status !== 'saved' || after.siteGone) {
        update(activeId, (state) => ({ ...state, view: { kind: 'blocked', message: NOT_SAVED } }));
        return;
      }
      await loadStatus(activeId);
    },
    [manager, report, setDialog, update, loadStatus],
  );

  const close = useCallback(() => {
    if (current.current?.view.kind !== 'running') setDialog(null);
  }, [setDialog]);

  const change = async (
    action: 'publish' | 'unpublish',
    call: (id: string, run: string) => Promise<PublishOutcome>,
  ) => {
    const state = current.current;
    if (!state || state.view.kind === 'running') return;
    const run = crypto.randomUUID();
    runId.current = run;
    setDialog({ ...state, view: { kind: 'running', action, progress: null }, error: null });
    const result: { outcome?: PublishOutcome; error?: unknown } = {};
    await manager.renameActive(async (id) => {
      if (id !== state.postId) {
        result.error = new Error('Another post is open now; open the one to publish and try again.');
        return id;
      }
      try {
        result.outcome = await call(id, run);
        return result.outcome.postId;
      } catch (error) {
        result.error = error;
        return id;
      }
    });
    runId.current = null;
    const { outcome } = result;
    if (!outcome) {
      update(state.postId, (latest) => ({ ...latest, view: { kind: 'loading' } }));
      return loadStatus(state.postId, result.error === undefined ? NOT_SAVED : messageOf(result.error));
    }
    // Git may have changed the file (a draft's date, lines brought in from the remote): show what is on disk.
    manager.handleChangedOnDisk(outcome.postId, null);
    update(state.postId, (latest) => ({
      ...latest,
      postId: outcome.postId,
      view: { kind: 'outcome', action, outcome },
      error: null,
      busy: false,
    }));
  };

  const publish = (include: string[], keepMine = false) =>
    void change('publish', (id, run) =>
      api.publish.run({ id, run, include, keepMine, liveUpdate: current.current?.liveUpdate ?? false }),
    );

  const unpublish = () => void change('unpublish', (id, run) => api.publish.unpublish({ id, run }));

  const cancel = () => {
    const run = runId.current;
    if (run) api.publish.cancel({ run }).catch(report);
  };

  /** Runs a repository fix (init, add remote, check out, abort), then shows the status again. */
  const repair = (work: () => Promise<void>) => {
    const state = current.current;
    if (!state || state.busy) return;
    setDialog({ ...state, busy: true, error: null });
    work().then(
      () => loadStatus(state.postId),
      (error: unknown) => update(state.postId, (latest) => ({ ...latest, busy: false, error: messageOf(error) })),
    );
  };

  /** Reads the status again; `quietly` keeps what is shown until it arrives. */
  const reload = (quietly = false) => {
    const state = current.current;
    if (!state || state.view.kind === 'running') return;
    if (!quietly) setDialog({ ...state, view: { kind: 'loading' }, error: null });
    void loadStatus(state.postId);
  };

  useLanyardEvent(api, 'publish.progress', (progress) => {
    const state = current.current;
    if (progress.run !== runId.current || state?.view.kind !== 'running') return;
    setDialog({ ...state, view: { ...state.view, progress } });
  });

  return { dialog, open, close, publish, unpublish, cancel, repair, reload };
}

/** The Publish dialog's state and actions, as `usePublish` gives them. */
export type Publishing = ReturnType<typeof usePublish>;
