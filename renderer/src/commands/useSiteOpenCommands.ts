import { useCallback, useEffect } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SiteInfo } from '../../../src/site/site-info';
import { useWorkspaceCommands } from '../hooks/useWorkspaceCommands';
import { siteOpenRequests } from './site-open-request';

/**
 * Opening another site, from the Welcome screen's menu or the palette (`requestSiteOpen`):
 * Open Blog from Git URL… shows the clone dialog, Open Site… the folder dialog. The menu's own
 * Open Site… stays in the main process, which asks the workspace to save first.
 */
export function useSiteOpenCommands(
  api: LanyardApi,
  report: (error: unknown) => void,
  onOpened: (site: SiteInfo) => void,
  openFromGit: () => void,
): void {
  const chooseFolder = useCallback(() => {
    api.site.chooseFolder().then((site) => site && onOpened(site), report);
  }, [api, onOpened, report]);
  useWorkspaceCommands(api, { 'open-from-git': openFromGit });
  useEffect(
    () =>
      siteOpenRequests.subscribe(() => {
        const request = siteOpenRequests.get();
        if (request?.kind === 'git') openFromGit();
        else if (request?.kind === 'folder') chooseFolder();
      }),
    [chooseFolder, openFromGit],
  );
}
