import { createSignal } from '../lib/signal';

/** How the writer asked to open another site: a folder on disk, or a blog cloned from a git URL. */
export type SiteOpenKind = 'folder' | 'git';

/** The latest request, a new object each time so asking twice is heard twice; the app listens. */
export const siteOpenRequests = createSignal<{ kind: SiteOpenKind } | null>(null);

/** Asks the app to open another site the way `kind` says (the palette's Open Site… and Open Blog from Git URL…). */
export function requestSiteOpen(kind: SiteOpenKind): void {
  siteOpenRequests.set({ kind });
}
