import { progressText } from './import-text';
import type { ImportStatus } from './useImageImport';

interface ImportProgressProps {
  status: ImportStatus | null;
  onCancel: () => void;
}

/** The bar above the text while photos are imported, then briefly how it went when some failed. */
export function ImportProgress({ status, onCancel }: ImportProgressProps) {
  if (!status) return null;
  if (status.kind === 'summary') {
    return (
      <p className="bar bar-info import-summary" role="status">
        {status.text}
      </p>
    );
  }
  const { done, total } = status.progress;
  return (
    <div className="bar import-progress">
      <span className="import-progress-text" role="status">
        {progressText(status.progress)}
      </span>
      {/* One photo has no steps to count: the bar just shows that work is under way. */}
      <progress
        className="import-progress-bar"
        aria-label="Importing photos"
        value={total === 1 ? undefined : done}
        max={total}
      />
      <button type="button" className="button small" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
