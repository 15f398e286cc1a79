import { app, type MenuItemConstructorOptions } from 'electron';
import type { RecentSite } from '../../src/site/recent-site';
import type { AppMenuOptions } from './app-menu';

const isMac = process.platform === 'darwin';

/** A name shown as written: `&` would otherwise underline the next letter as a mnemonic. */
function menuText(text: string): string {
  return text.replaceAll('&', '&&');
}

/** File → Open Recent (the recent sites, then Clear Recent) and File → Close Site. */
export function recentSiteMenuItems(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { core, confirmSaved, showError } = options;
  const sites = options.recentSites ?? [];
  const afterSaving = (action: () => Promise<unknown>, failure: string) => () =>
    void confirmSaved()
      .then((saved) => (saved ? action() : undefined))
      .catch((error: unknown) => showError(failure, error));

  const siteItems: MenuItemConstructorOptions[] = sites.map((site) => ({
    // Only macOS shows a sublabel; elsewhere the folder follows the name.
    label: menuText(`${site.exists ? site.name : `${site.name} (missing)`}${isMac ? '' : ` — ${site.root}`}`),
    sublabel: site.root,
    enabled: site.exists,
    click: afterSaving(() => core.handlers['site.openRecent']({ root: site.root }), 'Could not open the site'),
  }));
  return [
    {
      label: 'Open &Recent',
      submenu: [
        ...(siteItems.length > 0 ? siteItems : [{ label: 'No Recent Sites', enabled: false }]),
        { type: 'separator' },
        {
          label: 'Clear Recent',
          enabled: sites.length > 0,
          click: () => void core.recentSites.clear(),
        },
      ],
    },
    {
      label: 'Close Site',
      click: afterSaving(() => core.closeSite(), 'Could not close the site'),
    },
  ];
}

/** On macOS the Dock and the system's recent items list the sites too; one chosen there arrives as `open-file`. */
export function syncMacRecentDocuments(sites: RecentSite[]): void {
  if (!isMac) return;
  app.clearRecentDocuments();
  // Each addition goes on top: add the oldest first so the latest site leads.
  for (const site of sites.filter((recent) => recent.exists).reverse()) app.addRecentDocument(site.root);
}
