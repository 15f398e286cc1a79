import path from 'node:path';
import { build } from 'vite';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * Bundles `save-loop-child.ts` and everything it imports into one plain ES module in `outDir`
 * and answers its path. Each kill costs a fresh process, and the bundle starts about three times
 * faster than the same TypeScript loaded through jiti. Photos are never processed there, so
 * sharp's native library is left out (`sharp-stub.ts`).
 */
export async function buildCrashChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    resolve: { alias: { sharp: path.join(import.meta.dirname, 'sharp-stub.ts') } },
    ssr: { noExternal: true },
    build: {
      ssr: path.join(import.meta.dirname, 'save-loop-child.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'save-loop-child.mjs' } },
    },
  });
  return path.join(outDir, 'save-loop-child.mjs');
}
