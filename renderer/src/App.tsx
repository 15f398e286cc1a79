import { lazy, Suspense, useCallback, useState } from 'react';
import type { LanyardApi } from '../../src/api/client';
import { useSiteOpenCommands } from './commands/useSiteOpenCommands';
import { ErrorAlerts } from './components/ErrorAlerts';
import { Welcome } from './components/Welcome';
import { Workspace } from './components/Workspace';
import { useErrors } from './hooks/useErrors';
import { useLanyardEvent } from './hooks/useLanyardEvent';
import { useLoaded } from './hooks/useLoaded';
import { AppSettingsHost } from './settings/AppSettingsHost';

// Loaded when first opened, so the first view does not wait for its code.
const CloneDialog = lazy(() => import('./publish/CloneDialog').then(({ CloneDialog }) => ({ default: CloneDialog })));

/**
 * Lanyard's window: the workspace of the open site, or a way to open one. The workspace is
 * keyed by the site's folder, so opening another site starts it afresh (posts, editor states,
 * session) instead of mixing two sites' posts.
 */
export function App({ api }: { api: LanyardApi }) {
  const { errors, report, dismiss } = useErrors();
  // undefined while asking which site is open; null when none is.
  const [site, setSite] = useLoaded(api.site.current, undefined, null, report);

  const [cloning, setCloning] = useState(false);
  const openCloneDialog = useCallback(() => setCloning(true), []);
  // Bumped when the same site opens again with new settings, so its workspace starts afresh.
  const [reopened, setReopened] = useState(0);

  useLanyardEvent(api, 'site.opened', (opened) => setSite(opened));
  useLanyardEvent(api, 'site.closed', ({ root }) => setSite((open) => (open?.root === root ? null : open)));
  useSiteOpenCommands(api, report, setSite, openCloneDialog);

  return (
    <div className="app">
      <ErrorAlerts errors={errors} onDismiss={dismiss} />
      <AppSettingsHost api={api} site={site ?? null} report={report} />
      {site === undefined ? (
        <div className="fullscreen-message" aria-busy="true">
          <p>Opening your blog…</p>
        </div>
      ) : site === null ? (
        <Welcome api={api} report={report} onOpened={setSite} onOpenFromGit={() => setCloning(true)} />
      ) : (
        <Workspace
          key={`${site.root}#${reopened}`}
          api={api}
          site={site}
          report={report}
          onReopened={(opened) => {
            setSite(opened);
            setReopened((count) => count + 1);
          }}
        />
      )}
      <Suspense>
        {cloning && (
          <CloneDialog
            api={api}
            onOpened={(opened) => {
              setSite(opened);
              setCloning(false);
            }}
            onClose={() => setCloning(false)}
          />
        )}
      </Suspense>
    </div>
  );
}
