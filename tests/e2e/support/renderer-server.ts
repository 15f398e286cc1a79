import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ResolvedAsset } from '../../../src/app/node/lanyard-core';

/** URL prefix under which site files are served, standing in for Electron's asset protocol. */
export const assetPrefix = '/__asset';

export interface RendererServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** `<origin>/__asset/`: what the core is told as `assetBaseUrl`. */
  assetBaseUrl: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

function send(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** What electron/main/asset-protocol.ts adds to site files, so assets behave the same here. */
const assetHeaders = {
  'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
};

async function sendFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: string,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(res, 404, 'Not found');
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  if (req.method === 'HEAD') return void res.end();
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on('error', reject).pipe(res).on('finish', resolve).on('error', reject);
  });
}

/** Maps a request path to a file of the built renderer, or null when it would leave the folder. */
function rendererFile(rendererDir: string, rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(rendererDir, relative);
  return file.startsWith(rendererDir + path.sep) ? file : null;
}

/**
 * Serves the built renderer on 127.0.0.1 (random port), and `/__asset/<path>` through the
 * core's `resolveAsset`, which is handed the raw, still percent-encoded path after the prefix,
 * starting with `/` — what an Electron protocol handler gets as `new URL(request.url).pathname`.
 */
export async function startRendererServer(
  rendererDir: string,
  resolveAsset: (urlPath: string) => Promise<ResolvedAsset | null>,
  onError: (error: unknown) => void,
): Promise<RendererServer> {
  const root = path.resolve(rendererDir);
  const server = http.createServer((req, res) => {
    const handle = async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
      if (rawPath.startsWith(`${assetPrefix}/`)) {
        const asset = await resolveAsset(rawPath.slice(assetPrefix.length));
        return asset ? sendFile(req, res, asset.file, asset.contentType, assetHeaders) : send(res, 404, 'Not found');
      }
      const file = rendererFile(root, rawPath);
      if (!file) return send(res, 404, 'Not found');
      return sendFile(req, res, file, contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    };
    handle().catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    assetBaseUrl: `${origin}${assetPrefix}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
