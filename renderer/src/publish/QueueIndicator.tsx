import type { QueuedPublish } from '../../../src/publish/publish-types';
import { queueText } from './publish-text';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

interface QueueIndicatorProps {
  queued: QueuedPublish | null;
  retrying: boolean;
  onRetry: () => void;
}

/** The status bar's note about publishes waiting for the network, with "Retry now". */
export function QueueIndicator({ queued, retrying, onRetry }: QueueIndicatorProps) {
  if (!queued) return null;
  return (
    <span className="status-item publish-queue" title={queued.lastError ?? undefined}>
      <span className="publish-queue-dot" aria-hidden="true" />
      {queueText(queued, (at) => timeFormat.format(at))}
      <button type="button" className="status-button" disabled={retrying} onClick={onRetry}>
        {retrying ? 'Retrying…' : 'Retry now'}
      </button>
    </span>
  );
}
