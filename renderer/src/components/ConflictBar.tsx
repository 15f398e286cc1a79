import type { Conflict } from '../documents/post-buffer';

interface ConflictBarProps {
  conflict: Conflict;
  comparing: boolean;
  busy: boolean;
  onReloadTheirs: () => void;
  onKeepMine: () => void;
  onShowBoth: () => void;
  onDiscardMine: () => void;
}

/** Asks the writer what to do when the file changed on disk under unsaved edits. */
export function ConflictBar(props: ConflictBarProps) {
  const deleted = props.conflict.diskText === null;
  return (
    <div role="alert" className="bar bar-warning conflict-bar">
      <p>
        {deleted ? (
          <>
            <strong>This post was deleted outside Lanyard.</strong> Your text is still here.
          </>
        ) : (
          <>
            <strong>This post changed on disk</strong> while you had unsaved edits. Nothing is overwritten until you
            choose.
          </>
        )}
      </p>
      <div className="bar-actions">
        {!deleted && (
          <button type="button" className="button" disabled={props.busy} onClick={props.onReloadTheirs}>
            Reload theirs
          </button>
        )}
        <button type="button" className="button primary" disabled={props.busy} onClick={props.onKeepMine}>
          Keep mine
        </button>
        {deleted ? (
          <button type="button" className="button" disabled={props.busy} onClick={props.onDiscardMine}>
            Close without saving
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-pressed={props.comparing}
            disabled={props.busy}
            onClick={props.onShowBoth}
          >
            Show both
          </button>
        )}
      </div>
    </div>
  );
}
