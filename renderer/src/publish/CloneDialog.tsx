import { useId, useState, type FormEvent } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SiteInfo } from '../../../src/site/site-info';
import { ModalDialog } from '../components/ModalDialog';
import { GitProgress } from './PublishProgressView';
import { useClone } from './useClone';

interface CloneDialogProps {
  api: LanyardApi;
  onOpened: (site: SiteInfo) => void;
  onClose: () => void;
}

/** "Open blog from git URL…": a URL, then the clone's progress with Cancel; the cloned site opens when done. */
export function CloneDialog({ api, onOpened, onClose }: CloneDialogProps) {
  const [url, setUrl] = useState('');
  const clone = useClone(api, onOpened);
  const titleId = useId();
  const hintId = useId();
  const urlId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void clone.start(url);
  };

  return (
    <ModalDialog
      className="photo-dialog publish-dialog"
      labelledBy={titleId}
      describedBy={hintId}
      busy={clone.running}
      dismissible={!clone.running}
      view={clone.running ? 'running' : 'form'}
      onDismiss={onClose}
    >
      <form className="photo-dialog-form" onSubmit={submit}>
        <header className="photo-dialog-header">
          <h2 id={titleId}>Open blog from git URL</h2>
          <p id={hintId}>Lanyard asks where to put it, clones it there and opens it.</p>
        </header>
        <div className="publish-body">
          <label className="clone-url" htmlFor={urlId}>
            Repository URL
          </label>
          <input
            id={urlId}
            className="small-control clone-url-input"
            value={url}
            placeholder="https://github.com/you/blog.git"
            spellCheck={false}
            disabled={clone.running}
            data-autofocus={clone.running ? undefined : true}
            onChange={(event) => setUrl(event.target.value)}
          />
          {clone.error && (
            <p className="publish-error" role="alert">
              {clone.error}
            </p>
          )}
          {clone.running && <GitProgress progress={clone.progress} label="Cloning" />}
        </div>
        <footer className="photo-dialog-actions">
          {clone.running ? (
            <button type="button" className="button" data-autofocus onClick={clone.cancel}>
              Cancel
            </button>
          ) : (
            <>
              <button type="button" className="button" onClick={onClose}>
                Close
              </button>
              <button type="submit" className="button primary" disabled={url.trim() === ''}>
                Clone…
              </button>
            </>
          )}
        </footer>
      </form>
    </ModalDialog>
  );
}
