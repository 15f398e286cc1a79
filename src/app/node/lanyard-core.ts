import type { Handlers } from '../../api/contract';
import type { Dispatcher } from '../../api/dispatcher';
import type { SiteInfo } from '../../site/site-info';
import type { HostAdapters } from './host-adapters';

/** A file inside the open site that the asset URL scheme may serve. */
export interface ResolvedAsset {
  file: string;
  contentType: string;
}

/** The main-process services, assembled; hosts talk to them through `dispatcher` only. */
export interface LanyardCore {
  readonly handlers: Handlers;
  readonly dispatcher: Dispatcher;
  /** Opens an absolute site folder, closing the previous one; emits `site.opened`. */
  openSite(folder: string): Promise<SiteInfo>;
  /**
   * Opens the folder asked for on the command line, else the most recent site, else a copy of
   * the sample blog (copied into the user-data folder and `git init`ed on first use).
   */
  openInitialSite(requested: string | null, sampleSource: string): Promise<SiteInfo>;
  /** Maps the path part of an asset URL to a static file inside the open site, or null. */
  resolveAsset(urlPath: string): Promise<ResolvedAsset | null>;
  dispose(): Promise<void>;
}
