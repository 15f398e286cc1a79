import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { PublishOutcome, QueuedPublish } from '../../../src/publish/publish-types';
import { useLanyardEvent } from '../hooks/useLanyardEvent';

/** Why a retry did not push, when the reason is not just still being offline. */
function worthTelling(outcome: PublishOutcome | null): string | null {
  return outcome !== null && (outcome.kind === 'failed' || outcome.kind === 'conflict') ? outcome.message : null;
}

/**
 * The site's publishes waiting for the network: fetched when the site opens, kept fresh by
 * `publish.queueChanged`, and retried at once when the window comes back online or the writer
 * asks. The core retries on its own timer as well.
 */
export function usePublishQueue(api: LanyardApi, report: (error: unknown) => void) {
  const [queued, setQueued] = useState<QueuedPublish | null>(null);
  const [retrying, setRetrying] = useState(false);
  const changed = useRef(false);

  useEffect(() => {
    api.publish.queue().then((entry) => {
      // An event that came in meanwhile is newer than this answer.
      if (!changed.current) setQueued(entry);
    }, report);
  }, [api, report]);

  useLanyardEvent(api, 'publish.queueChanged', ({ queued: entry }) => {
    changed.current = true;
    setQueued(entry);
  });

  const retry = useCallback(() => {
    setRetrying(true);
    api.publish
      .retry()
      .then((outcome) => {
        const message = worthTelling(outcome);
        if (message !== null) report(new Error(message));
      }, report)
      .finally(() => setRetrying(false));
  }, [api, report]);

  useEffect(() => {
    const online = () => retry();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [retry]);

  const queuedIds = useMemo(() => new Set(queued?.posts.map((post) => post.id)), [queued]);

  return { queued, queuedIds, retrying, retry };
}
