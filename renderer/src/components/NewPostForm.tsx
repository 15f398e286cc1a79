import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';

/** The small inline form that asks for a new post's title. */
export function NewPostForm({
  onCreate,
  onCancel,
}: {
  onCreate: (title: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    void onCreate(trimmed).then((created) => {
      if (!created) setBusy(false);
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form className="new-post-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label="New post">
      <label htmlFor={id}>Title</label>
      <input
        id={id}
        type="text"
        value={title}
        maxLength={300}
        autoFocus
        required
        placeholder="Keynote, day one"
        disabled={busy}
        onChange={(event) => setTitle(event.target.value)}
      />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy || !title.trim()}>
          {busy ? 'Creating…' : 'Create'}
        </button>
      </div>
    </form>
  );
}
