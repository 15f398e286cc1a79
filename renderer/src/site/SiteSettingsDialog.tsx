import { useEffect, useId, useState, type FormEvent } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SiteInfo } from '../../../src/site/site-info';
import {
  siteFolderProblem,
  siteSettingsFile,
  urlPatternProblem,
  type SiteSettings,
  type SiteSettingsView,
} from '../../../src/site/site-settings';
import { ModalDialog } from '../components/ModalDialog';
import type { DocumentManager } from '../documents/document-manager';
import { messageOf } from '../lanyard-api';
import { SiteLayoutList } from './SiteLayoutList';
import { SiteSettingsFields, type SettingsDraft } from './SiteSettingsFields';
import { siteKindLabel } from './site-text';

interface SiteSettingsDialogProps {
  api: LanyardApi;
  site: SiteInfo;
  /** The open posts, saved and frozen before the site is opened again. */
  manager: DocumentManager;
  onReopened: (site: SiteInfo) => void;
  onClose: () => void;
}

const toDraft = (settings: SiteSettings): SettingsDraft => ({
  postsFolder: settings.postsFolder ?? '',
  imagesFolder: settings.imagesFolder ?? '',
  urlPattern: settings.urlPattern ?? '',
});

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
/** Long enough for the site to be indexed again; a failed save thaws at once. */
const FREEZE_WHILE_REOPENING_MS = 60_000;

const asSettings = (draft: SettingsDraft): SiteSettings => ({
  postsFolder: blankToNull(draft.postsFolder),
  imagesFolder: blankToNull(draft.imagesFolder),
  urlPattern: blankToNull(draft.urlPattern),
});

const sameSettings = (a: SiteSettings, b: SiteSettings) =>
  a.postsFolder === b.postsFolder && a.imagesFolder === b.imagesFolder && a.urlPattern === b.urlPattern;

/** The first problem with the draft and the field it is in, by the same rules the main process applies. */
function draftProblem(draft: SettingsDraft): { field: keyof SettingsDraft; message: string } | null {
  const checks: ReadonlyArray<[keyof SettingsDraft, string, (value: string) => string | null]> = [
    ['postsFolder', 'Posts folder', siteFolderProblem],
    ['imagesFolder', 'Photos folder', siteFolderProblem],
    ['urlPattern', 'Post URL', urlPatternProblem],
  ];
  for (const [field, label, problemOf] of checks) {
    const value = blankToNull(draft[field]);
    const problem = value === null ? null : problemOf(value);
    if (problem !== null) return { field, message: `${label}: ${problem}` };
  }
  return null;
}

/**
 * "Site settings…": where Lanyard lists posts, creates new ones and puts photos, and the URL it
 * predicts for the newest post. A plain folder's settings can be changed here; they are kept in
 * the site's `.lanyard/site.yml`, and the site opens again laid out by them.
 */
export function SiteSettingsDialog({ api, site, manager, onReopened, onClose }: SiteSettingsDialogProps) {
  const [view, setView] = useState<SiteSettingsView | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [saving, setSaving] = useState(false);
  // Problems show once the writer leaves a field or saves, not at the first keystroke.
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const hintId = useId();
  const problemId = useId();

  useEffect(() => {
    let live = true;
    api.site.settings().then(
      (loaded) => {
        if (!live) return;
        setView(loaded);
        setDraft(toDraft(loaded.settings));
      },
      (failure: unknown) => live && setError(messageOf(failure)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const problem = draft && draftProblem(draft);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!view || !draft || problem) return;
    const settings = asSettings(draft);
    // Unchanged: no file written, no reopen, undo history kept.
    if (sameSettings(settings, view.settings) && view.problem === null) return onClose();
    setSaving(true);
    setError(null);
    // Nothing typed from here on may be lost in the reopen or written into the old layout.
    manager.freeze(FREEZE_WHILE_REOPENING_MS);
    try {
      if (!(await manager.flushAll())) throw new Error('Some posts could not be saved; nothing was changed.');
      onReopened(await api.site.updateSettings(settings));
    } catch (failure) {
      manager.thaw();
      setError(messageOf(failure));
      setSaving(false);
    }
  };

  const kind = siteKindLabel[site.kind];
  return (
    <ModalDialog
      className="photo-dialog site-settings-dialog"
      labelledBy={titleId}
      describedBy={hintId}
      busy={saving || view === null}
      dismissible={!saving}
      view={view === null ? 'loading' : 'loaded'}
      onDismiss={onClose}
    >
      <form className="photo-dialog-form" onSubmit={(event) => void submit(event)}>
        <header className="photo-dialog-header">
          <h2 id={titleId}>Site settings</h2>
          <p id={hintId}>
            {view?.editable === false
              ? `${site.name} is a ${kind} site: Lanyard follows its config. Change the config and open the site again to change these.`
              : `A folder of Markdown. These settings are kept in ${siteSettingsFile}, so they travel with the site.`}
          </p>
        </header>
        <div className="publish-body">
          {view?.problem && <p className="site-settings-problem">{view.problem}</p>}
          {view === null && !error && <p>Loading…</p>}
          {view && draft && view.editable && (
            <SiteSettingsFields
              draft={draft}
              disabled={saving}
              invalidField={checked ? (problem?.field ?? null) : null}
              problemId={problemId}
              onChange={setDraft}
              onLeave={() => setChecked(true)}
            />
          )}
          {checked && problem && (
            <p id={problemId} className="publish-error" role="alert">
              {problem.message}
            </p>
          )}
          {view && <SiteLayoutList layout={view.layout} kind={site.kind} />}
          {error && (
            <p className="publish-error" role="alert">
              {error}
            </p>
          )}
        </div>
        {/* No controls while loading, so focus can go to the first field once it is there. */}
        {(view !== null || error !== null) && (
          <footer className="photo-dialog-actions">
            <button type="button" className="button" disabled={saving} onClick={onClose}>
              {view?.editable ? 'Cancel' : 'Close'}
            </button>
            {view?.editable && (
              <button type="submit" className="button primary" disabled={saving || (checked && problem !== null)}>
                {saving ? 'Saving…' : 'Save and reopen'}
              </button>
            )}
          </footer>
        )}
      </form>
    </ModalDialog>
  );
}
