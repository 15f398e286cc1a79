import { useId, useState, type FormEvent } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import { defaultCommitTemplates, type CommitTemplates } from '../../../src/publish/commit-message';
import { withFallbacks, type AppSettings } from '../../../src/settings/app-settings';
import { messageOf } from '../lanyard-api';

const fields: ReadonlyArray<{ key: keyof CommitTemplates; label: string }> = [
  { key: 'publish', label: 'First publish' },
  { key: 'update', label: 'Update' },
  { key: 'unpublish', label: 'Unpublish' },
];

const appTemplates = (settings: AppSettings): CommitTemplates =>
  withFallbacks(undefined, settings.commitTemplates, defaultCommitTemplates);

/**
 * "Commit messages…": this site's three templates, loaded when the disclosure first opens; with
 * `scope` app, the templates of every site that has not set its own.
 */
export function CommitTemplatesForm({
  api,
  onSaved,
  scope = 'site',
}: {
  api: LanyardApi;
  onSaved?: () => void;
  scope?: 'site' | 'app';
}) {
  const [templates, setTemplates] = useState<CommitTemplates | null>(null);
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const hintId = useId();

  const load = () => {
    if (templates !== null) return;
    const loading = scope === 'app' ? api.app.settings().then(appTemplates) : api.publish.templates();
    loading.then(setTemplates, (error: unknown) => setNote({ text: messageOf(error), error: true }));
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!templates) return;
    setSaving(true);
    setNote(null);
    const saving =
      scope === 'app'
        ? api.app.updateSettings({ commitTemplates: templates }).then(appTemplates)
        : api.publish.updateTemplates(templates);
    saving
      .then(
        (saved) => {
          setTemplates(saved);
          const where = scope === 'app' ? 'every site without messages of its own' : 'this site';
          setNote({ text: `Saved for ${where}.`, error: false });
          onSaved?.();
        },
        (error: unknown) => setNote({ text: messageOf(error), error: true }),
      )
      .finally(() => setSaving(false));
  };

  return (
    <details className="publish-templates" onToggle={(event) => event.currentTarget.open && load()}>
      <summary>Commit messages…</summary>
      <form className="publish-templates-form" aria-describedby={hintId} onSubmit={save}>
        <p id={hintId} className="publish-templates-hint">
          <code>{'{title}'}</code> is the post’s title, <code>{'{date}'}</code> today’s date (YYYY-MM-DD) and{' '}
          <code>{'{file}'}</code> the post’s file name.
        </p>
        {templates === null
          ? !note && <p className="publish-templates-hint">Loading…</p>
          : fields.map(({ key, label }) => (
              <label key={key} className="publish-template">
                <span>{label}</span>
                <input
                  className="small-control"
                  value={templates[key]}
                  spellCheck={false}
                  onChange={(event) => setTemplates({ ...templates, [key]: event.target.value })}
                />
              </label>
            ))}
        {note && <p className={note.error ? 'publish-error' : 'publish-templates-hint'}>{note.text}</p>}
        {templates !== null && (
          <button type="submit" className="button small" disabled={saving}>
            Save messages
          </button>
        )}
      </form>
    </details>
  );
}
