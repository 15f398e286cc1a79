import { useEffect, useId, useRef, type RefObject } from 'react';
import type { RecentSite } from '../../../src/site/recent-site';

interface RecentSiteListProps {
  /** null while loading. */
  sites: RecentSite[] | null;
  onOpen: (root: string) => void;
  onForget: (root: string) => Promise<void>;
  /** Where focus goes when the last site is removed from the list. */
  afterLast: RefObject<HTMLElement | null>;
}

/**
 * The Welcome screen's recent sites: each opens with one click or Enter; a site whose folder is
 * gone is marked missing and can only be removed from the list (its folder is never touched).
 */
export function RecentSiteList({ sites, onOpen, onForget, afterLast }: RecentSiteListProps) {
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  // The row whose removal left focus nowhere: focus goes to the row now in its place.
  const refocusRow = useRef<number | null>(null);

  useEffect(() => {
    const row = refocusRow.current;
    if (row === null || sites === null) return;
    refocusRow.current = null;
    const rows = list.current?.querySelectorAll('li') ?? [];
    const next = rows[Math.min(row, rows.length - 1)]?.querySelector('button');
    (next ?? afterLast.current)?.focus();
  }, [sites, afterLast]);

  const forget = (root: string, row: number) => {
    refocusRow.current = row;
    void onForget(root);
  };

  return (
    <section className="welcome-recent" aria-labelledby={headingId}>
      <h2 id={headingId}>Recent sites</h2>
      {sites === null ? null : sites.length === 0 ? (
        <p className="welcome-recent-empty">The blogs you open are listed here, to open again with one click.</p>
      ) : (
        <ul ref={list} className="welcome-recent-list">
          {sites.map((site, row) => (
            <li key={site.root} className={site.exists ? 'welcome-recent-site' : 'welcome-recent-site missing'}>
              {site.exists ? (
                <button type="button" className="welcome-recent-open" onClick={() => onOpen(site.root)}>
                  <span className="welcome-recent-name">{site.name}</span>
                  <span className="welcome-recent-path">{site.root}</span>
                </button>
              ) : (
                <div className="welcome-recent-open">
                  <span className="welcome-recent-name">
                    {site.name} <span className="badge">missing</span>
                  </span>
                  <span className="welcome-recent-path">{site.root} is not there any more.</span>
                </div>
              )}
              <button
                type="button"
                className="button small welcome-recent-forget"
                aria-label={`Remove ${site.name} (${site.root}) from recent sites`}
                onClick={() => forget(site.root, row)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
