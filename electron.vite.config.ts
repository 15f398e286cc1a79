import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string): string => resolve(root, path);

/** Lanyard's own source, as opposed to a library or a bundler's virtual helper (`\0…`). */
function isOwnModule(id: string): boolean {
  return !id.startsWith('\0') && !/[\\/]node_modules[\\/]/.test(id);
}

/** `vendor-…` for a chunk of library code alone, whether a group below made it or rolldown did. */
function chunkFileName(chunk: { name: string; moduleIds: string[] }): string {
  const libraryOnly = !chunk.name.startsWith('vendor') && !chunk.moduleIds.some(isOwnModule);
  return `assets/${libraryOnly ? 'vendor-' : ''}[name]-[hash].js`;
}

/**
 * The dev server needs what production must never allow: React's refresh preamble is an inline
 * script and HMR talks over a websocket. Only `electron-vite dev` gets this; built pages keep
 * the strict policy from renderer/index.html untouched.
 */
function devServerCsp(): Plugin {
  return {
    name: 'lanyard:dev-server-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      const relax = (policy: string): string =>
        policy
          .replace(/script-src ([^;"]*)/, "script-src $1 'unsafe-inline'")
          .replace(/connect-src ([^;"]*)/, 'connect-src $1 ws://localhost:* ws://127.0.0.1:*');
      return html.replace(/<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i, (meta) =>
        meta.replace(
          /content=(["'])(.*?)\1/i,
          (_attr, quote: string, policy: string) => `content=${quote}${relax(policy)}${quote}`,
        ),
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      // Dependencies stay in node_modules and load through Node's ESM loader at run time, which
      // is what electron-store (ESM only) needs; package.json "type": "module" makes this ESM.
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: at('electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // A sandboxed preload gets a tiny CommonJS `require` (electron and a few built-ins):
      // no ESM, no node_modules, so everything it uses is bundled into one .cjs file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    plugins: [react(), devServerCsp()],
    build: {
      outDir: at('out/renderer'),
      minify: true,
      rolldownOptions: {
        input: { index: at('renderer/index.html') },
        output: {
          // The libraries the first view needs get chunks of their own; what loads later keeps
          // the automatic chunks. Every chunk of library code alone is named `vendor-*`, so a
          // stack trace tells Lanyard's own code from its libraries' (bench/browser/idle-wakeups.ts).
          codeSplitting: {
            groups: [
              {
                name: 'vendor-react',
                test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
                tags: ['$initial'],
                priority: 3,
              },
              {
                name: 'vendor-codemirror',
                test: /node_modules[\\/](@codemirror|@lezer|@marijn|style-mod|w3c-keyname|crelt)[\\/]/,
                tags: ['$initial'],
                priority: 2,
              },
              { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 1 },
            ],
          },
          chunkFileNames: chunkFileName,
        },
      },
    },
  },
});
