import type { ChangedFile } from '../../../src/publish/change-groups';
import type { PublishStatus } from '../../../src/publish/publish-types';
import type { SiteKind } from '../../../src/site/site-info';
import { aheadBehindText, draftNote, futureDateNote, kindLetter } from './publish-text';

function FileMark({ file }: { file: ChangedFile }) {
  return (
    <abbr className={`change-kind change-kind-${file.kind}`} title={file.kind}>
      {kindLetter(file.kind)}
    </abbr>
  );
}

function FilePath({ file }: { file: ChangedFile }) {
  return (
    <code className="change-path" title={file.path}>
      {file.originalPath ? `${file.originalPath} → ${file.path}` : file.path}
    </code>
  );
}

/** A group Publish always includes: listed, without a choice. */
function IncludedGroup({ title, files, empty }: { title: string; files: ChangedFile[]; empty: string | null }) {
  if (files.length === 0 && empty === null) return null;
  return (
    <section className="change-group" aria-label={title}>
      <h3>
        {title} <span className="change-group-note">included</span>
      </h3>
      {files.length === 0 ? (
        <p className="change-group-empty">{empty}</p>
      ) : (
        <ul className="change-files">
          {files.map((file) => (
            <li key={file.path} className="change-file">
              <FileMark file={file} />
              <FilePath file={file} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface PublishStatusViewProps {
  status: PublishStatus;
  siteKind: SiteKind;
  postId: string;
  /** The other changed files the writer ticked. */
  include: ReadonlySet<string>;
  onToggle: (path: string, included: boolean) => void;
}

/** What Publish will do: where it pushes, how far apart the branches are, which files go in and with what message. */
export function PublishStatusView({ status, siteKind, postId, include, onToggle }: PublishStatusViewProps) {
  const { changes } = status;
  return (
    <div className="publish-status">
      <dl className="publish-facts">
        <dt>Branch</dt>
        <dd>
          <code>{status.branch}</code>
          {status.remote && (
            <>
              {' → '}
              <code>{status.remote.name}</code> <span className="publish-remote-url">{status.remote.url}</span>
            </>
          )}
          {status.expectedBranch && (
            <span className="publish-branch-note">
              Your settings publish to <code>{status.expectedBranch}</code>, but <code>{status.branch}</code> is checked
              out.
            </span>
          )}
        </dd>
        <dt>Remote</dt>
        <dd>
          {aheadBehindText(status).map((line) => (
            <span key={line} className="publish-sync-line">
              {line}
            </span>
          ))}
        </dd>
        <dt>Commit message</dt>
        <dd>
          <code className="publish-message">{status.commitMessage}</code>
        </dd>
      </dl>
      {status.futureDate && (
        <p className="publish-note publish-future-date" role="note">
          {futureDateNote(siteKind, status.futureDate)}
        </p>
      )}
      {status.isDraft && (
        <p className="publish-note" role="note">
          {draftNote(siteKind, postId)}
        </p>
      )}
      <IncludedGroup title="This post" files={changes.thisPost} empty="No changes since its last commit." />
      <IncludedGroup title="Its images" files={changes.images} empty={null} />
      {changes.other.length > 0 && (
        <fieldset className="change-group">
          <legend>Other changes</legend>
          <p className="change-group-empty">Not included unless you tick them.</p>
          <ul className="change-files">
            {changes.other.map((file) => (
              <li key={file.path} className="change-file">
                <label className="change-choice">
                  <input
                    type="checkbox"
                    checked={include.has(file.path)}
                    onChange={(event) => onToggle(file.path, event.target.checked)}
                  />
                  <FileMark file={file} />
                  <FilePath file={file} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
