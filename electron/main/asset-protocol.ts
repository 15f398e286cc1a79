import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import type { LanyardCore } from '../../src/app/node/lanyard-core';

/** The scheme that serves the open site's static files to the preview. */
export const ASSET_SCHEME = 'lanyard-asset';
/** Base URL the core hands to the preview; site-root paths are resolved against it. */
export const ASSET_BASE_URL = `${ASSET_SCHEME}://site/`;
const ASSET_HOST = 'site';

/**
 * Declares the scheme standard (real origins and relative URLs), secure (no mixed-content
 * warnings), fetchable and streamable (video seeking). Must run before `app` is ready.
 */
export function registerAssetScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves `lanyard-asset://site/<path>` from the open site. What may be served (inside the site,
 * static media only, no dotfiles or directories) is decided by `core.resolveAsset`; this handler
 * only maps its answer onto HTTP. Call after `app` is ready.
 */
export function handleAssetProtocol(core: LanyardCore, report: (error: unknown) => void): void {
  protocol.handle(ASSET_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const url = new URL(request.url);
    if (url.host !== ASSET_HOST) return plain(404, 'Not found');
    try {
      const asset = await core.resolveAsset(url.pathname);
      if (!asset) return plain(404, 'Not found');
      const range = request.headers.get('range');
      const file = await net.fetch(pathToFileURL(asset.file).href, range ? { headers: { range } } : {});
      const headers = new Headers(file.headers);
      headers.set('content-type', asset.contentType);
      headers.set('x-content-type-options', 'nosniff');
      headers.set('cache-control', 'no-cache');
      // Defence in depth: should an asset (an SVG, say) ever be opened as a document, it runs nothing.
      headers.set('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
      return new Response(request.method === 'HEAD' ? null : file.body, {
        status: file.status,
        statusText: file.statusText,
        headers,
      });
    } catch (error) {
      report(error);
      return plain(500, 'Could not read the file');
    }
  });
}
