import { useId, useRef, useState } from 'react';
import type { ImageCheck } from '../../../src/images/image-settings';
import { imageFileName, missingImagesText, unusedImagesText } from './image-check-text';

interface ImageCheckBarProps {
  check: ImageCheck | null;
  onRemove: (path: string) => Promise<boolean>;
}

/** One unused photo: "Delete…" asks once more, naming the file, before anything is deleted. */
function UnusedPhoto({ path, onRemove }: { path: string; onRemove: (path: string) => Promise<boolean> }) {
  const pathId = useId();
  const [state, setState] = useState<'idle' | 'confirming' | 'deleting'>('idle');
  const deleteButton = useRef<HTMLButtonElement>(null);
  const name = imageFileName(path);

  const keep = () => {
    setState('idle');
    // The confirm buttons vanish; the writer goes on from the button that asked.
    requestAnimationFrame(() => deleteButton.current?.focus());
  };
  const remove = () => {
    setState('deleting');
    // Once deleted, the next check takes the row away.
    void onRemove(path).then((deleted) => deleted || setState('idle'));
  };

  return (
    <li className="unused-photo">
      <code id={pathId}>{path}</code>
      {state === 'idle' ? (
        <button
          ref={deleteButton}
          type="button"
          className="button small"
          aria-describedby={pathId}
          onClick={() => setState('confirming')}
        >
          Delete…
        </button>
      ) : (
        <span className="bar-actions">
          <button
            type="button"
            className="button small danger"
            disabled={state === 'deleting'}
            autoFocus
            onClick={remove}
          >
            {state === 'deleting' ? 'Deleting…' : `Delete ${name} for good`}
          </button>
          <button type="button" className="button small" disabled={state === 'deleting'} onClick={keep}>
            Keep it
          </button>
        </span>
      )}
    </li>
  );
}

/**
 * What the image check found in the open post, if anything: images it links that don't exist,
 * and photos Lanyard imported for it that it no longer uses, each offered for deletion.
 */
export function ImageCheckBar({ check, onRemove }: ImageCheckBarProps) {
  if (!check) return null;
  const { missing, unused } = check;
  return (
    <>
      {missing.length > 0 && (
        <p className="bar bar-warning image-check-missing" role="note">
          {missingImagesText(missing)}
        </p>
      )}
      {unused.length > 0 && (
        <section className="bar bar-info image-check-unused" aria-label="Unused photos">
          <p>{unusedImagesText(unused.length)}:</p>
          <ul className="unused-photos">
            {unused.map((path) => (
              <UnusedPhoto key={path} path={path} onRemove={onRemove} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
