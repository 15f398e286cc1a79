import path from 'node:path';
import { build, type Plugin, type UserConfig } from 'vite';
import { repoRoot } from '../../support/paths';

/** Where the CSP-only renderer is built: a cache folder, never `out/`, which electron-builder packages. */
export const cspOnlyRendererDir = path.join(repoRoot, 'node_modules', '.cache', 'lanyard-csp-only-renderer');

const sanitizerModule = path.join(repoRoot, 'renderer', 'src', 'preview', 'sanitize-html.ts');
const noSanitizerModule = path.join(import.meta.dirname, 'no-sanitizer.ts');

/** Resolves every import of the preview's sanitizer to the pass-through that sanitizes nothing. */
function withoutSanitizer(): Plugin {
  return {
    name: 'lanyard:csp-only-no-sanitizer',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === noSanitizerModule || !/sanitize-html(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === sanitizerModule ? noSanitizerModule : null;
    },
  };
}

/**
 * Builds the renderer exactly as `npm run build` does, index.html and its CSP included, but with
 * the preview's sanitizer replaced by a pass-through: what the XSS corpus does in it is what the
 * CSP alone stops, or lets through. Answers the folder it was built in.
 */
export async function buildCspOnlyRenderer(): Promise<string> {
  const { default: config } = (await import('../../../../electron.vite.config')) as {
    default: { renderer: UserConfig };
  };
  const { renderer } = config;
  await build({
    ...renderer,
    configFile: false,
    logLevel: 'error',
    plugins: [withoutSanitizer(), ...(renderer.plugins ?? [])],
    build: { ...renderer.build, outDir: cspOnlyRendererDir, emptyOutDir: true },
  });
  return cspOnlyRendererDir;
}
