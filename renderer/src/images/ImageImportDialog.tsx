import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { keepTabInside } from '../components/ModalDialog';
import { formatBytes } from './photo-files';
import type { PhotoDetails, PhotoRequest, PhotoToAdd } from './useImageImport';

interface ImageImportDialogProps {
  request: PhotoRequest;
  onConfirm: (details: PhotoDetails[]) => void;
  onCancel: () => void;
  /** The site's photo settings, shown folded under the photos. */
  settings?: ReactNode;
}

const ALT_PLACEHOLDER = "Describe the photo for people who can't see it";

/** A dropped photo's preview, from memory; the object URL lives as long as the row. */
function Thumbnail({ file }: { file: File }) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(file);
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return <img ref={image} className="photo-thumb" alt="" decoding="async" draggable={false} />;
}

function extensionLabel(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1, dot + 5).toUpperCase() : 'IMG';
}

interface PhotoRowProps {
  photo: PhotoToAdd;
  details: PhotoDetails;
  several: boolean;
  onChange: (details: PhotoDetails) => void;
}

function PhotoRow({ photo, details, several, onChange }: PhotoRowProps) {
  const of = several ? ` for ${photo.name}` : '';
  return (
    <li className="photo-row">
      {'file' in photo.origin ? (
        <Thumbnail file={photo.origin.file} />
      ) : (
        <span className="photo-thumb photo-thumb-none" aria-hidden="true">
          {extensionLabel(photo.name)}
        </span>
      )}
      <div className="photo-fields">
        <p className="photo-name">
          <span className="photo-file" title={photo.name}>
            {photo.name}
          </span>
          <span className="photo-size">{formatBytes(photo.bytes)}</span>
        </p>
        <label className="photo-field">
          <span className="photo-field-label">Alt text</span>
          <input
            className="field-control"
            value={details.alt}
            placeholder={ALT_PLACEHOLDER}
            aria-label={several ? `Alt text${of}` : undefined}
            spellCheck
            onChange={(event) => onChange({ ...details, alt: event.target.value })}
          />
        </label>
        <label className="photo-field">
          <span className="photo-field-label">Caption</span>
          <input
            className="field-control"
            value={details.caption}
            placeholder="Optional, shown under the photo"
            aria-label={several ? `Caption${of}` : undefined}
            spellCheck
            onChange={(event) => onChange({ ...details, caption: event.target.value })}
          />
        </label>
      </div>
    </li>
  );
}

/**
 * "Add photos": one row per photo with its thumbnail (or name and size when it was chosen in
 * the native dialog), its alt text (suggested by the file name) and an optional caption. A
 * modal `<dialog>`: the window behind is inert, Tab stays inside, Escape cancels, and focus
 * goes back where it was on close.
 */
export function ImageImportDialog({ request, onConfirm, onCancel, settings }: ImageImportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const settled = useRef(false);
  const titleId = useId();
  const hintId = useId();
  const [details, setDetails] = useState<PhotoDetails[]>(() =>
    request.photos.map((photo) => ({ alt: photo.alt, caption: '' })),
  );
  const count = request.photos.length;
  const several = count > 1;

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    const first = element.querySelector('input');
    first?.focus();
    first?.select();
  }, []);

  // Closing first lets focus return to where it was, and un-inerts the window for what follows.
  const settle = (then: () => void) => {
    settled.current = true;
    dialog.current?.close();
    then();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    settle(() => onConfirm(details));
  };

  const onClosed = () => {
    if (!settled.current) settle(onCancel);
  };

  return (
    <dialog
      ref={dialog}
      className="photo-dialog"
      aria-labelledby={titleId}
      aria-describedby={hintId}
      onClose={onClosed}
      onKeyDown={(event) => dialog.current && keepTabInside(dialog.current, event)}
    >
      <form className="photo-dialog-form" onSubmit={submit}>
        <header className="photo-dialog-header">
          <h2 id={titleId}>Add photos</h2>
          <p id={hintId}>
            Alt text tells people who can&rsquo;t see {several ? 'a photo' : 'the photo'} what it shows. Leave it empty
            only for a purely decorative photo.
          </p>
        </header>
        {request.leftOut.map((sentence) => (
          <p key={sentence} className="photo-dialog-note" role="note">
            {sentence}
          </p>
        ))}
        <ul className="photo-rows">
          {request.photos.map((photo, index) => (
            <PhotoRow
              key={photo.key}
              photo={photo}
              several={several}
              details={details[index] ?? { alt: photo.alt, caption: '' }}
              onChange={(next) => setDetails((all) => all.map((item, at) => (at === index ? next : item)))}
            />
          ))}
        </ul>
        {settings}
        <footer className="photo-dialog-actions">
          <button type="button" className="button" onClick={() => settle(onCancel)}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            {several ? `Add ${count} photos` : 'Add photo'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
