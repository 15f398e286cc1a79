import { app, nativeTheme, session, type Session } from 'electron';
import type { AppSettings } from '../../src/settings/app-settings';
import { availableLanguages } from '../../src/settings/spellcheck-languages';

/**
 * Applies the settings that live in the main process: the native theme (window chrome,
 * `prefers-color-scheme`, native menus) and the spellchecker. On macOS the system spellchecker
 * picks its languages itself, so only on/off applies there. Call once `app` is ready.
 */
export function applyAppSettingsInMain(
  settings: AppSettings,
  report: (error: unknown) => void,
  ses: Session = session.defaultSession,
): void {
  nativeTheme.themeSource = settings.theme;
  ses.setSpellCheckerEnabled(settings.spellcheck);
  if (process.platform === 'darwin' || !settings.spellcheck) return;
  // Chromium keeps the last languages in the profile, so "the system's" must be set back explicitly.
  const wanted =
    settings.spellcheckLanguages.length > 0 ? settings.spellcheckLanguages : app.getPreferredSystemLanguages();
  const languages = availableLanguages(wanted, ses.availableSpellCheckerLanguages);
  if (languages.length === 0) {
    if (settings.spellcheckLanguages.length > 0) {
      report(new Error(`No spelling dictionary for ${wanted.join(', ')}; the languages in use are kept.`));
    }
    return;
  }
  try {
    ses.setSpellCheckerLanguages(languages);
  } catch (error) {
    report(error);
  }
}
