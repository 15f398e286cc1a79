import { useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { PublishProgress } from '../../../src/publish/publish-types';
import type { SiteInfo } from '../../../src/site/site-info';
import { useLanyardEvent } from '../hooks/useLanyardEvent';
import { messageOf } from '../lanyard-api';

/**
 * "Open blog from git URL…": asks the main process to clone (it asks for the folder
 * natively), follows git's progress for that run, and cancels it on request.
 */
export function useClone(api: LanyardApi, onOpened: (site: SiteInfo) => void) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<PublishProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runId = useRef<string | null>(null);

  const start = async (url: string) => {
    if (runId.current) return;
    const run = crypto.randomUUID();
    runId.current = run;
    setRunning(true);
    setProgress(null);
    setError(null);
    try {
      const site = await api.site.cloneFromUrl({ url, run });
      if (site) onOpened(site);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      runId.current = null;
      setRunning(false);
    }
  };

  const cancel = () => {
    const run = runId.current;
    if (run) api.publish.cancel({ run }).catch((failure: unknown) => setError(messageOf(failure)));
  };

  useLanyardEvent(api, 'publish.progress', (update) => {
    if (update.run === runId.current) setProgress(update);
  });

  return { running, progress, error, start, cancel };
}
