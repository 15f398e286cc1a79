/**
 * Loads electron-builder.yml the way electron-builder does and checks it against electron-builder's
 * own schema, without building anything; `npm run dist` and the packaging test share it.
 */
import path from 'node:path';
// electron-builder runs exactly these two before it packages; its package entry does not export them.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration, TargetConfigType } from 'electron-builder';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Lanyard's packaging configuration file. */
export const builderConfigFile = path.join(repoRoot, 'electron-builder.yml');

/** The configuration electron-builder would use, or an error naming what its schema refuses. */
export async function loadPackagingConfig(file = builderConfigFile): Promise<Configuration> {
  const config = await getConfig(repoRoot, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** The installer formats a platform section asks for, by name. */
export function targetNames(target: TargetConfigType | undefined): string[] {
  if (target === undefined || target === null) return [];
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.target));
}

const platforms = [
  ['linux', 'Linux'],
  ['mac', 'macOS'],
  ['win', 'Windows'],
] as const;

/** What `npm run dist` makes, in words: installers per platform and where they land. */
export function describeDist(config: Configuration): string {
  const output = config.directories?.output ?? 'dist';
  const lines = platforms.map(([key, name]) => `  ${name}: ${targetNames(config[key]?.target).join(', ')}`);
  return [
    `${config.productName ?? 'The app'} installers (electron-builder, ${path.basename(builderConfigFile)}):`,
    ...lines,
    `Each is built on its own platform (this one: ${process.platform}); they are written to ${output}/.`,
  ].join('\n');
}
