import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';

const FOCUSABLE = 'input, button, textarea, select, a[href], summary, [tabindex]:not([tabindex="-1"])';

function focusables(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (candidate) => !candidate.matches(':disabled') && candidate.getClientRects().length > 0,
  );
}

/** Keeps Tab and Shift+Tab cycling through the dialog's own controls. */
export function keepTabInside(dialog: HTMLDialogElement, event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const focusable = focusables(dialog);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

interface ModalDialogProps {
  className: string;
  labelledBy: string;
  describedBy?: string;
  busy: boolean;
  /** Escape closes the dialog only while true (a running publish must be cancelled, not closed). */
  dismissible: boolean;
  /** Names what the dialog shows; when it changes and focus went with the old content, focus moves on. */
  view: string;
  onDismiss: () => void;
  children: ReactNode;
}

/**
 * A modal `<dialog>` shown while mounted: the window behind is inert, Tab stays inside, Escape
 * asks `onDismiss`, and focus goes back where it was when it closes. After a change of `view`
 * that took the focused control away, or while focus is still where the dialog put it (a
 * loading view's first control, say), focus moves to the element marked `data-autofocus`, else
 * to the first control; a control the writer chose keeps it.
 */
export function ModalDialog({
  className,
  labelledBy,
  describedBy,
  busy,
  dismissible,
  view,
  onDismiss,
  children,
}: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closing = useRef(false);
  /** The control the dialog itself last focused; while focus stays there, it follows the view. */
  const placed = useRef<HTMLElement | null>(null);

  // A layout effect, so the dialog closes while still in the page and focus can go back.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    closing.current = false;
    element.showModal();
    // showModal focuses the first control: the dialog's choice, not the writer's.
    placed.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      closing.current = true;
      element.close();
    };
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (!element?.open) return;
    const active = document.activeElement;
    const movedByWriter = active !== placed.current;
    if (movedByWriter && active && active !== element && element.contains(active)) return;
    const target = element.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(element)[0];
    target?.focus();
    // Where focus landed: a disabled target leaves it on the control placed before.
    placed.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [view]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const element = dialog.current;
    if (!element) return;
    if (event.key === 'Escape') {
      // Closing is the app's decision, so the dialog never closes itself behind its back.
      event.preventDefault();
      if (dismissible) onDismiss();
      return;
    }
    keepTabInside(element, event);
  };

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => event.preventDefault();

  // A close the app did not ask for (the browser's own close request) still ends the dialog.
  const onClose = () => {
    if (closing.current) return;
    if (dismissible) onDismiss();
    else dialog.current?.showModal();
  };

  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-busy={busy}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}
