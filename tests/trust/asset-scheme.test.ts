import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanyardCore } from '../../src/app/node/lanyard-core';
import { startRendererServer, type RendererServer } from '../e2e/support/renderer-server';
import { openCoreWithHost, type TestHost } from '../src/app/node/test-host';
import { canaryMarker, makeAttackWorld, removeAttackWorld, type AttackWorld } from './attack/attack-world';
import { recordTrustFigure } from './trust-figures';

/** Static media inside the site, with the type it must be served as. */
const served: ReadonlyArray<readonly [string, string]> = [
  ['/assets/images/photo.jpg', 'image/jpeg'],
  ['/assets/images/photo.png', 'image/png'],
  ['/assets/images/photo.webp', 'image/webp'],
  ['/assets/images/drawing.svg', 'image/svg+xml'],
  ['/assets/media/clip.mp4', 'video/mp4'],
  ['/assets/images/photo%2Ejpg', 'image/jpeg'],
];

/** Asset URL paths (raw, as the scheme hands them over) that must never be served. */
function refusedPaths(world: AttackWorld): Array<readonly [string, string]> {
  return [
    ['git config', '/.git/config'],
    ['git HEAD', '/.git/HEAD'],
    ['git folder', '/.git'],
    ['env file', '/.env'],
    ['Lanyard site settings', '/.lanyard/site.yml'],
    ['dot folder deep in the path', '/assets/.hidden/photo.jpg'],
    ['encoded dot of .git', '/%2egit/config'],
    ['fully encoded .git', '/%2e%67%69%74/HEAD'],
    ['upper-case .GIT', '/.GIT/config'],
    ['the site root', '/'],
    ['a folder', '/assets/images'],
    ['a folder, trailing slash', '/assets/images/'],
    ['a folder named like a photo', '/assets/folder.jpg'],
    ['a post', '/_posts/2026-05-01-day-one.md'],
    ['the generator config', '/_config.yml'],
    ['JSON', '/assets/data.json'],
    ['HTML', '/assets/page.html'],
    ['JavaScript', '/assets/script.js'],
    ['TOML', '/assets/config.toml'],
    ['YAML', '/assets/settings.yml'],
    ['photo name with NUL and .md', '/assets/images/photo.jpg%00.md'],
    ['photo name ending in NUL', '/assets/images/photo.jpg%00'],
    ['dot-dot', '/../canary/secret.jpg'],
    ['dot-dot from a folder', '/assets/../../canary/secret.jpg'],
    ['encoded dot-dot', '/%2e%2e/canary/secret.jpg'],
    ['encoded slash', '/..%2fcanary%2fsecret.jpg'],
    ['double-encoded dot-dot', '/%252e%252e/canary/secret.jpg'],
    ['double-encoded from a folder', '/assets/%252e%252e/%252e%252e/canary/secret.jpg'],
    ['backslash traversal', '/..\\canary\\secret.jpg'],
    ['encoded backslash', '/..%5ccanary%5csecret.jpg'],
    ['drive path', '/C:/canary/secret.jpg'],
    ['UNC path', '//server/share/secret.jpg'],
    ['UNC with backslashes', '/\\\\server\\share\\secret.jpg'],
    ['absolute path of the canary', `/${world.canary}/secret.jpg`],
    ['malformed escape', '/assets/images/photo%E0%A4%A.jpg'],
    ['link to a photo outside', '/assets/images/linked.jpg'],
    ['link to a folder outside', '/assets/linked-folder/secret.jpg'],
    ['link to a folder outside, SVG', '/linked-folder/secret.svg'],
    ['relative link climbing out', '/assets/relative-out.svg'],
  ];
}

let world: AttackWorld;
let core: LanyardCore;
let host: TestHost;
let server: RendererServer;
let rendererDir: string;
const serverErrors: unknown[] = [];

beforeAll(async () => {
  world = await makeAttackWorld();
  await fs.mkdir(path.join(world.site, 'assets', 'folder.jpg'));
  ({ core, host } = await openCoreWithHost(world.site, world.userDataDir));
  rendererDir = path.join(world.userDataDir, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Lanyard</title>');
  server = await startRendererServer(
    rendererDir,
    (urlPath) => core.resolveAsset(urlPath),
    (error) => serverErrors.push(error),
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
  await core?.dispose();
  if (world) await removeAttackWorld(world);
});

interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET with the path sent exactly as given: fetch() would normalise the `..` away first. */
function getRaw(rawPath: string): Promise<Fetched> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path: `/__asset${rawPath}` }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

describe('asset scheme: only static media inside the open site', () => {
  it('serves photos, SVG and video inside the site with their own types', async () => {
    for (const [urlPath, contentType] of served) {
      const asset = await core.resolveAsset(urlPath);
      expect(asset?.contentType, urlPath).toBe(contentType);
      expect(asset?.file.startsWith(`${world.site}${path.sep}`), urlPath).toBe(true);
      const response = await getRaw(urlPath);
      expect([response.status, response.headers['content-type']], urlPath).toEqual([200, contentType]);
      expect(response.body.equals(await fs.readFile(asset?.file ?? '')), urlPath).toBe(true);
    }
  });

  it('refuses dotfiles, folders, non-media and everything outside the site, through the resolver and over HTTP', async () => {
    const attempts = refusedPaths(world);
    const resolved: string[] = [];
    const overHttp: string[] = [];
    for (const [trick, urlPath] of attempts) {
      const asset = await core.resolveAsset(urlPath);
      if (asset !== null) resolved.push(`${trick}: ${urlPath} → ${asset.file}`);
      // Electron hands the handler `new URL(request.url).pathname` of a standard scheme, parsed as http is.
      const parsed = new URL(`http://site${urlPath}`).pathname;
      const parsedAsset = await core.resolveAsset(parsed);
      if (parsedAsset !== null) resolved.push(`${trick}, parsed as a URL: ${parsed} → ${parsedAsset.file}`);
      const response = await getRaw(urlPath);
      if (response.status !== 404 || response.body.includes(canaryMarker)) {
        overHttp.push(`${trick}: ${urlPath} → ${response.status}`);
      }
    }
    recordTrustFigure({
      area: 'Nothing escapes',
      what: 'asset URLs for dotfiles (.git/config), folders, non-media, traversal, encoded and linked paths',
      tried: attempts.length * 3,
      failure: 'a file served that is not static media inside the site',
      failed: resolved.length + overHttp.length,
    });
    expect({ resolved, overHttp, serverErrors, reported: host.errors }).toEqual({
      resolved: [],
      overHttp: [],
      serverErrors: [],
      reported: [],
    });
  });

  it('serves SVG only as an image that can run nothing: its own type, nosniff and a sandboxing CSP', async () => {
    const response = await getRaw('/assets/images/drawing.svg');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const policy = String(response.headers['content-security-policy'] ?? '');
    expect(policy).toContain("default-src 'none'");
    expect(policy.split(';').map((part) => part.trim())).toContain('sandbox');
  });

  it('serves nothing when no site is open', async () => {
    const { core: empty } = await openCoreWithHost(world.site, world.userDataDir);
    await empty.dispose();
    expect(await empty.resolveAsset('/assets/images/photo.jpg')).toBeNull();
  });
});
