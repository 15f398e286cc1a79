import type { ShownError } from '../hooks/useErrors';

/** API failures, one dismissible alert each, above everything else. */
export function ErrorAlerts({ errors, onDismiss }: { errors: ShownError[]; onDismiss: (id: number) => void }) {
  if (errors.length === 0) return null;
  return (
    <div className="alerts">
      {errors.map((error) => (
        <div key={error.id} role="alert" className="alert">
          <p>{error.message}</p>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            title="Dismiss"
            onClick={() => onDismiss(error.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
