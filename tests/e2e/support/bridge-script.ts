import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { repoRoot } from './paths';

/** Environment variable through which global setup hands the built script to the workers. */
export const bridgeScriptEnv = 'LANYARD_E2E_BRIDGE_SCRIPT';

const entry = path.join(repoRoot, 'tests', 'e2e', 'bridge', 'bridge-preload.ts');

/** Bundles `bridge/bridge-preload.ts` (and the real `createBridgeApi`) into one IIFE, in memory. */
export async function buildBridgeScript(): Promise<string> {
  const result = await build({
    configFile: false,
    root: repoRoot,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: '__lanyardBridgeBundle', fileName: () => 'bridge-preload.js' },
    },
  });
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Building the e2e bridge script produced no code');
}

let cached: Promise<string> | undefined;

/** The bridge init script: the file global setup built, else built here once per worker. */
export function bridgeScript(): Promise<string> {
  cached ??= (async () => {
    const file = process.env[bridgeScriptEnv];
    if (file) {
      try {
        return await readFile(file, 'utf8');
      } catch {
        // Global setup's file is gone (e.g. a run outside playwright.config.ts): build it again.
      }
    }
    return buildBridgeScript();
  })();
  return cached;
}
