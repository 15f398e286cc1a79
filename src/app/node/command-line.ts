import { resolve } from 'node:path';

/**
 * The folder named by `--site <folder>` or `--site=<folder>`, resolved against `cwd`; null when
 * absent. `npm start -- --site x` reaches the main process through electron-vite preview.
 */
export function parseSiteArg(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--site' ? argv[i + 1] : arg.startsWith('--site=') ? arg.slice('--site='.length) : undefined;
    if (value && !value.startsWith('--')) return resolve(cwd, value);
  }
  return null;
}

/**
 * True when `--sample` was passed: with no site asked for and no recent site, start on the
 * sample blog instead of the Welcome screen. `npm start` passes it, so a fresh checkout opens
 * on a blog; a packaged app's first run greets the writer instead.
 */
export function parseSampleFlag(argv: readonly string[]): boolean {
  return argv.includes('--sample');
}
