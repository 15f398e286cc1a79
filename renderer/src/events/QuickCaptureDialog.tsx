import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { messageOf } from '../lanyard-api';

interface QuickCaptureDialogProps {
  /** Adds the note; resolves to what went wrong, or null once it is in the post. */
  onCapture: (text: string) => Promise<string | null>;
  onClose: () => void;
  /** Where the note goes, e.g. "DevConf 2026 Day 2"; null while that is not known yet. */
  target: string | null;
}

/**
 * "Quick note": one line (a note is one line of the post), Enter adds it to today's day post with
 * the time. Closes once the note is in; on a failure the text stays, with the reason.
 */
export function QuickCaptureDialog({ onCapture, onClose, target }: QuickCaptureDialogProps) {
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  const titleId = useId();
  const hintId = useId();
  const errorId = useId();

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const blank = text.trim() === '';

  const send = async () => {
    if (sending || blank) return;
    setSending(true);
    setError(null);
    let problem: string | null;
    try {
      problem = await onCapture(text);
    } catch (failure) {
      problem = messageOf(failure);
    }
    if (!mounted.current) return;
    if (problem === null) return onClose();
    setError(problem);
    setSending(false);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <ModalDialog
      className="photo-dialog capture-dialog"
      labelledBy={titleId}
      describedBy={hintId}
      busy={sending}
      dismissible={!sending}
      view="capture"
      onDismiss={onClose}
    >
      <form className="photo-dialog-form" onSubmit={onSubmit}>
        <header className="photo-dialog-header">
          <h2 id={titleId}>Quick note</h2>
          <p id={hintId}>
            {target === null ? 'Goes into today’s day post, with the time.' : `Goes into ${target}, with the time.`}
          </p>
        </header>
        <div className="publish-body">
          {/* Enter submits the form by itself; Chromium holds it back while an input method composes. */}
          <input
            type="text"
            className="capture-text"
            aria-label="Quick note"
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
            placeholder="What just happened?"
            value={text}
            readOnly={sending}
            autoFocus
            data-autofocus
            onChange={(event) => setText(event.target.value)}
          />
          {error && (
            <p id={errorId} className="publish-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <footer className="photo-dialog-actions">
          <button type="button" className="button" disabled={sending} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={sending || blank}>
            {sending ? 'Adding…' : 'Add note'}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
