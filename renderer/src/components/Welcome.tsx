import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SiteInfo } from '../../../src/site/site-info';
import { useLanyardEvent } from '../hooks/useLanyardEvent';
import { useLoaded } from '../hooks/useLoaded';
import { RecentSiteList } from './RecentSiteList';

interface WelcomeProps {
  api: LanyardApi;
  report: (error: unknown) => void;
  onOpened: (site: SiteInfo) => void;
  onOpenFromGit: () => void;
}

const noRecentSites: never[] = [];

/**
 * Shown when no blog is open: open a folder, clone one, or try the sample blog; below, the
 * sites opened before. A first run greets the writer; once they have sites it says none is open.
 */
export function Welcome({ api, report, onOpened, onOpenFromGit }: WelcomeProps) {
  const [recent, setRecent] = useLoaded(api.site.recent, null, noRecentSites, report);
  const [opening, setOpening] = useState(false);
  const firstAction = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useLanyardEvent(api, 'site.recentChanged', ({ sites }) => setRecent(sites));
  // Nothing to save here: let a site switch or the window's close go ahead at once.
  useLanyardEvent(api, 'app.closing', () => void api.app.readyToClose().catch(report));

  useEffect(() => firstAction.current?.focus(), []);

  const open = useCallback(
    (how: () => Promise<SiteInfo | null>) => {
      if (opening) return;
      setOpening(true);
      how()
        .then((site) => site && onOpened(site), report)
        .finally(() => setOpening(false));
    },
    [opening, onOpened, report],
  );

  const firstRun = recent !== null && recent.length === 0;
  return (
    <main className="welcome" aria-labelledby={titleId} aria-busy={opening}>
      <h1 id={titleId}>{firstRun ? 'Welcome to Lanyard' : 'No blog is open'}</h1>
      <p>
        Write your event blog here and publish it with git. Choose the folder your blog is built from — a Jekyll, Hugo,
        Astro or Eleventy site, or any folder of Markdown posts — clone it, or look around in a sample blog first.
      </p>
      <div className="welcome-actions">
        <button
          ref={firstAction}
          type="button"
          className="button primary"
          onClick={() => open(() => api.site.chooseFolder())}
        >
          Open a blog folder…
        </button>
        <button type="button" className="button" onClick={onOpenFromGit}>
          Clone from a git URL…
        </button>
        <button type="button" className="button" onClick={() => open(() => api.site.openSample())}>
          Try the sample blog
        </button>
      </div>
      <RecentSiteList
        sites={recent}
        onOpen={(root) => open(() => api.site.openRecent({ root }))}
        onForget={(root) => api.site.forgetRecent({ root }).then(setRecent, report)}
        afterLast={firstAction}
      />
    </main>
  );
}
