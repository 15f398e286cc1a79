import { useId, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { PublishStatus } from '../../../src/publish/publish-types';
import type { SiteKind } from '../../../src/site/site-info';
import { CommitTemplatesForm } from './CommitTemplatesForm';
import { ModalDialog } from '../components/ModalDialog';
import { PublishLog } from './PublishLog';
import { PublishOutcomeView } from './PublishOutcomeView';
import { PublishProgressView } from './PublishProgressView';
import { PublishStatusView } from './PublishStatusView';
import { RepositoryProblemView } from './RepositoryProblemView';
import type { PublishDialogState, Publishing } from './usePublish';

interface PublishDialogProps {
  api: LanyardApi;
  publishing: Publishing;
  dialog: PublishDialogState;
  siteKind: SiteKind;
  postTitle: string | null;
  onOpenUrl: (url: string) => void;
}

/** The ticked paths that are still among the other changes. */
function stillChanged(include: ReadonlySet<string>, status: PublishStatus): string[] {
  return status.changes.other.map((file) => file.path).filter((path) => include.has(path));
}

/** The footer's actions for what the dialog shows. */
function Actions({
  publishing,
  dialog,
  include,
}: {
  publishing: Publishing;
  dialog: PublishDialogState;
  include: ReadonlySet<string>;
}) {
  const [confirming, setConfirming] = useState(false);
  const { view, busy } = dialog;
  const close = (
    <button type="button" className="button" onClick={publishing.close}>
      Close
    </button>
  );
  if (view.kind === 'running') {
    return (
      <button type="button" className="button" data-autofocus onClick={publishing.cancel}>
        Cancel
      </button>
    );
  }
  if (view.kind === 'outcome') {
    const { kind } = view.outcome;
    if (kind === 'conflict') {
      return (
        <>
          <button type="button" className="button" onClick={publishing.close}>
            Not now
          </button>
          <button type="button" className="button primary" data-autofocus onClick={() => publishing.publish([], true)}>
            Publish keeping my version
          </button>
        </>
      );
    }
    return (
      <>
        {(kind === 'failed' || kind === 'cancelled') && (
          <button type="button" className="button" onClick={() => publishing.reload()}>
            Try again
          </button>
        )}
        <button type="button" className="button primary" data-autofocus onClick={publishing.close}>
          Close
        </button>
      </>
    );
  }
  if (view.kind !== 'status' || view.status.problem) return close;
  if (confirming) {
    return (
      <>
        <span className="publish-confirm">Unpublish this post? It goes back to drafts and the change is pushed.</span>
        <button type="button" className="button" data-autofocus onClick={() => setConfirming(false)}>
          Keep it published
        </button>
        <button type="button" className="button danger" onClick={publishing.unpublish}>
          Unpublish
        </button>
      </>
    );
  }
  return (
    <>
      {view.status.postState === 'published' && (
        <button type="button" className="button" disabled={busy} onClick={() => setConfirming(true)}>
          Unpublish…
        </button>
      )}
      {close}
      <button
        type="button"
        className="button primary"
        disabled={busy}
        data-autofocus
        onClick={() => publishing.publish(stillChanged(include, view.status))}
      >
        Publish
      </button>
    </>
  );
}

/**
 * "Publish": where the post goes and which files go with it, then the steps as they run, then
 * how it ended. A modal `<dialog>` that Escape closes except while git is running.
 */
export function PublishDialog({ api, publishing, dialog, siteKind, postTitle, onOpenUrl }: PublishDialogProps) {
  const { view, error, busy } = dialog;
  const titleId = useId();
  const [include, setInclude] = useState<ReadonlySet<string>>(() => new Set());
  const [showLog, setShowLog] = useState(false);

  const toggle = (path: string, included: boolean) =>
    setInclude((paths) => {
      const next = new Set(paths);
      if (included) next.add(path);
      else next.delete(path);
      return next;
    });

  return (
    <ModalDialog
      className="photo-dialog publish-dialog"
      labelledBy={titleId}
      busy={view.kind === 'running' || view.kind === 'loading' || busy}
      dismissible={view.kind !== 'running' && !busy}
      view={view.kind}
      onDismiss={publishing.close}
    >
      <div className="photo-dialog-form">
        <header className="photo-dialog-header">
          <h2 id={titleId}>Publish</h2>
          <p className="publish-post-title">{postTitle ?? dialog.postId}</p>
        </header>
        <div className="publish-body">
          {error && (
            <p className="publish-error" role="alert">
              {error}
            </p>
          )}
          {view.kind === 'loading' && <p className="publish-loading">Reading the repository…</p>}
          {view.kind === 'blocked' && <p className="publish-problem-message">{view.message}</p>}
          {view.kind === 'status' && view.status.problem && (
            <RepositoryProblemView api={api} problem={view.status.problem} busy={busy} repair={publishing.repair} />
          )}
          {view.kind === 'status' && !view.status.problem && (
            <PublishStatusView
              status={view.status}
              siteKind={siteKind}
              postId={dialog.postId}
              include={include}
              onToggle={toggle}
            />
          )}
          {view.kind === 'running' && <PublishProgressView progress={view.progress} />}
          {view.kind === 'outcome' && (
            <PublishOutcomeView action={view.action} outcome={view.outcome} onOpenUrl={onOpenUrl} />
          )}
          {view.kind === 'status' && !view.status.problem && (
            <CommitTemplatesForm api={api} onSaved={() => publishing.reload(true)} />
          )}
          {showLog && <PublishLog api={api} version={view.kind} />}
        </div>
        <footer className="photo-dialog-actions publish-actions">
          <button
            type="button"
            className="button small publish-log-toggle"
            aria-pressed={showLog}
            onClick={() => setShowLog((shown) => !shown)}
          >
            Show log
          </button>
          <Actions key={view.kind} publishing={publishing} dialog={dialog} include={include} />
        </footer>
      </div>
    </ModalDialog>
  );
}
