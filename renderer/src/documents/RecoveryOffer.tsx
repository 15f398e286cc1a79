import { useEffect, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { RecoveredPost } from '../../../src/posts/recovered-post';
import type { DocumentManager } from './document-manager';
import { fileNameOf } from './post-buffer';
import { restoreRecovered } from './recovery-restore';
import { RecoveryWriter } from './recovery-writer';

interface RecoveryOfferProps {
  api: LanyardApi;
  manager: DocumentManager;
  report: (error: unknown) => void;
}

function timeOf(savedAt: number): string {
  const at = new Date(savedAt);
  const sameDay = at.toDateString() === new Date().toDateString();
  return sameDay
    ? at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Hot exit for the open site: keeps copies of unsaved text while the writer types and, when the
 * site opens after a crash, offers each post's recovered text back, one at a time.
 */
export function RecoveryOffer({ api, manager, report }: RecoveryOfferProps) {
  const [offered, setOffered] = useState<RecoveredPost[]>([]);
  const [busy, setBusy] = useState(false);
  // The latest `report`, so a new one (each render may bring one) never restarts the writer.
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  }, [report]);

  useEffect(() => {
    let live = true;
    const reportLatest = (error: unknown) => reportRef.current(error);
    // Listed before the writer starts, so this session's copies are never offered back to it.
    api.posts
      .recoverList()
      .then((posts) => live && setOffered(posts))
      .catch(reportLatest);
    const writer = new RecoveryWriter(manager, api, reportLatest);
    return () => {
      live = false;
      writer.stop();
    };
  }, [api, manager]);

  const post = offered[0];
  if (!post) return null;
  const settle = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setOffered((posts) => posts.filter((candidate) => candidate !== post));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  const moved =
    post.disk === 'changed'
      ? ' Its file changed on disk since; restoring lets you compare before anything is written.'
      : post.disk === 'deleted'
        ? ' Its file was deleted since; restoring writes it again.'
        : '';

  return (
    <div role="alert" className="bar bar-warning recovery-offer">
      <p>
        <strong>
          Recovered unsaved text of {fileNameOf(post.id)} from {timeOf(post.savedAt)}.
        </strong>
        {moved}
        {offered.length > 1 && ` (${offered.length - 1} more after this one.)`}
      </p>
      <div className="bar-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void settle(() => restoreRecovered(manager, api, post))}
        >
          Restore
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void settle(() => api.posts.recoverDrop({ id: post.id }))}
        >
          Discard
        </button>
      </div>
    </div>
  );
}
