import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SiteInfo } from '../../../src/site/site-info';
import { useWorkspaceCommands } from '../hooks/useWorkspaceCommands';
import { appSettingsRequests } from './app-settings-request';
import { useAppSettings } from './useAppSettings';
import { useSitePreviewStyle } from './useSitePreviewStyle';

const AppSettingsDialog = lazy(async () => ({ default: (await import('./AppSettingsDialog')).AppSettingsDialog }));

/**
 * Applies the app settings (and the open site's preview stylesheet) to the window for as long
 * as it is open, and shows the Settings dialog when asked: the menu's Settings…, Mod+, or a
 * gear button (`requestAppSettings`).
 */
export function AppSettingsHost({
  api,
  site,
  report,
}: {
  api: LanyardApi;
  /** The open site, for its own settings; null when none is open. */
  site: SiteInfo | null;
  report: (error: unknown) => void;
}) {
  const { settings, setSettings } = useAppSettings(api, report);
  const preview = useSitePreviewStyle(api, site?.root ?? null, report);
  const [open, setOpen] = useState(false);
  const { refresh } = preview;
  const show = useCallback(() => {
    refresh();
    setOpen(true);
  }, [refresh]);
  // Settings… from the menu, or its key from the command table (the test harness has no menu).
  useWorkspaceCommands(api, { 'app-settings': show });
  useEffect(() => appSettingsRequests.subscribe(show), [show]);

  return (
    <Suspense>
      {open && settings && (
        <AppSettingsDialog
          api={api}
          site={site}
          preview={preview}
          settings={settings}
          onChange={setSettings}
          report={report}
          onClose={() => setOpen(false)}
        />
      )}
    </Suspense>
  );
}
