import type { PublishOutcome } from '../../../src/publish/publish-types';
import { shortCommit } from './publish-text';

interface PublishOutcomeViewProps {
  action: 'publish' | 'unpublish';
  outcome: PublishOutcome;
  onOpenUrl: (url: string) => void;
}

function heading(kind: PublishOutcome['kind'], action: 'publish' | 'unpublish'): string {
  const done = action === 'publish' ? 'Published' : 'Unpublished';
  const headings: Record<PublishOutcome['kind'], string> = {
    published: done,
    queued: 'Queued',
    conflict: 'Conflict with the remote',
    failed: `Not ${done.toLowerCase()}`,
    cancelled: 'Cancelled',
  };
  return headings[kind];
}

/** How a publish ended, with what the writer needs next: the link, the conflicting files, git's help or the remote's words. */
export function PublishOutcomeView({ action, outcome, onOpenUrl }: PublishOutcomeViewProps) {
  const { kind, url, commit } = outcome;
  return (
    <div className={`publish-outcome publish-outcome-${kind}`} aria-live="polite">
      <h3 className="publish-outcome-heading">{heading(kind, action)}</h3>
      <p className="publish-outcome-message">{outcome.message}</p>
      {kind === 'published' && commit && (
        <p className="publish-outcome-commit">
          Commit <code>{shortCommit(commit)}</code>
        </p>
      )}
      {kind === 'published' && url && (
        <p className="publish-outcome-url">
          <a
            href={url}
            onClick={(event) => {
              event.preventDefault();
              onOpenUrl(url);
            }}
          >
            {url}
          </a>
        </p>
      )}
      {kind === 'queued' && <p>Lanyard will retry automatically.</p>}
      {kind === 'conflict' && outcome.files.length > 0 && (
        <ul className="change-files" aria-label="Conflicting files">
          {outcome.files.map((file) => (
            <li key={file} className="change-file">
              <code className="change-path">{file}</code>
            </li>
          ))}
        </ul>
      )}
      {outcome.help && <p className="publish-help">{outcome.help}</p>}
      {outcome.remoteMessage && (
        <figure className="publish-remote-said">
          <figcaption>The remote said</figcaption>
          <pre>{outcome.remoteMessage}</pre>
        </figure>
      )}
    </div>
  );
}
