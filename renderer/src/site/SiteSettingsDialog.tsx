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
import { messageOf } from '../lanyard-api';
import { SiteLayoutList } from './SiteLayoutList';
import { SiteSettingsFields, type SettingsDraft } from './SiteSettingsFields';
import { siteKindLabel } from './site-text';

interface SiteSettingsDialogProps {
  api: LanyardApi;
  site: SiteInfo;
  /** Saves every open post before the site is opened again; false when something could not be saved. */
  saveAll: () => Promise<boolean>;
  onReopened: (site: SiteInfo) => void;
  onClose: () => void;
}

const toDraft = (settings: SiteSettings): SettingsDraft => ({
  postsFolder: settings.postsFolder ?? '',
  imagesFolder: settings.imagesFolder ?? '',
  urlPattern: settings.urlPattern ?? '',
});

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The first problem with the draft, checked by the same rules the main process applies. */
function draftProblem(draft: SettingsDraft): string | null {
  const posts = blankToNull(draft.postsFolder);
  const images = blankToNull(draft.imagesFolder);
  const url = blankToNull(draft.urlPattern);
  const named = (label: string, problem: string | null) => (problem === null ? null : `${label}: ${problem}`);
  return (
    (posts && named('Posts folder', siteFolderProblem(posts))) ??
    (images && named('Photos folder', siteFolderProblem(images))) ??
    (url && named('Post URL', urlPatternProblem(url))) ??
    null
  );
}

/**
 * "Site settings…": where Lanyard lists posts, creates new ones and puts photos, and the URL it
 * predicts for the newest post. A plain folder's settings can be changed here; they are kept in
 * the site's `.lanyard/site.yml`, and the site opens again laid out by them.
 */
export function SiteSettingsDialog({ api, site, saveAll, onReopened, onClose }: SiteSettingsDialogProps) {
  const [view, setView] = useState<SiteSettingsView | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const hintId = useId();

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
    if (!draft || problem) return;
    setSaving(true);
    setError(null);
    try {
      if (!(await saveAll())) throw new Error('Some posts could not be saved; nothing was changed.');
      const settings = {
        postsFolder: blankToNull(draft.postsFolder),
        imagesFolder: blankToNull(draft.imagesFolder),
        urlPattern: blankToNull(draft.urlPattern),
      };
      onReopened(await api.site.updateSettings(settings));
    } catch (failure) {
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
          {view && draft && view.editable && <SiteSettingsFields draft={draft} disabled={saving} onChange={setDraft} />}
          {problem && (
            <p className="publish-error" role="alert">
              {problem}
            </p>
          )}
          {view && <SiteLayoutList layout={view.layout} kind={site.kind} />}
          {error && (
            <p className="publish-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <footer className="photo-dialog-actions">
          <button type="button" className="button" disabled={saving} onClick={onClose}>
            {view?.editable ? 'Cancel' : 'Close'}
          </button>
          {view?.editable && (
            <button type="submit" className="button primary" disabled={saving || problem !== null}>
              {saving ? 'Saving…' : 'Save and reopen'}
            </button>
          )}
        </footer>
      </form>
    </ModalDialog>
  );
}
