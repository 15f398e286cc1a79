import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// How electron-builder finds and checks each platform's icon before packaging.
import { convertIcon, type IconFormat } from 'app-builder-lib/out/util/iconConverter';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { iconFileNames } from '../../../scripts/icon-files';
import { builderConfigFile, describeDist, loadPackagingConfig, targetNames } from '../../../scripts/packaging-config';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const inRepo = (relative: string) => path.join(repoRoot, relative);

let config: Configuration;
let scratch: string;
beforeAll(async () => {
  // electron-builder's own loading and schema check, as `electron-builder` runs them; nothing is built.
  config = await loadPackagingConfig();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-packaging-'));
});
afterAll(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

/** electron-builder.yml with `change` applied, written to a scratch file. */
async function variant(name: string, change: (raw: Record<string, unknown>) => void): Promise<string> {
  const raw = parse(await fs.readFile(builderConfigFile, 'utf8')) as Record<string, unknown>;
  change(raw);
  const file = path.join(scratch, `${name}.yml`);
  await fs.writeFile(file, stringify(raw));
  return file;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation, and that validation catches a misspelt option', async () => {
    expect(config.appId).toBe('dev.lanyard.app');
    const misspelt = await variant('misspelt', (raw) => {
      raw.linux = { ...(raw.linux as object), tagret: ['deb'] };
    });
    await expect(loadPackagingConfig(misspelt)).rejects.toThrow(/configuration\.linux/);
  });

  it('builds AppImage and deb on Linux, a dmg on macOS and an NSIS installer on Windows', () => {
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
  });

  it('unpacks sharp and its native @img packages from the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/sharp/**', '**/node_modules/@img/**']));
  });

  it('sets the Electron fuses that close Node entry points and check the asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('points every platform at the generated icons, which exist', () => {
    expect(config.linux?.icon).toBe('resources/icons/png');
    expect(config.mac?.icon).toBe('resources/icons/lanyard.icns');
    expect(config.win?.icon).toBe('resources/icons/lanyard.ico');
    for (const icon of [config.mac?.icon, config.win?.icon]) expect(existsSync(inRepo(icon!))).toBe(true);
    const pngs = iconFileNames.filter((name) => name.startsWith('png/'));
    for (const png of pngs) expect(existsSync(inRepo(path.join('resources/icons', png)))).toBe(true);
  });

  it('has icons electron-builder takes as they are, without converting them', async () => {
    const resolve = async (icon: string | null | undefined, format: IconFormat) => {
      const outDir = path.join(scratch, `icon-${format}`);
      const { icons, isFallback } = await convertIcon({
        sources: [icon!],
        fallbackSources: [],
        roots: [inRepo('build'), repoRoot],
        format,
        outDir,
      });
      expect(isFallback).toBe(false);
      expect(existsSync(outDir), `electron-builder had to convert the ${format} icon`).toBe(false);
      return icons.map(({ file, size }) => [path.relative(repoRoot, file).split(path.sep).join('/'), size]);
    };
    expect(await resolve(config.win?.icon, 'ico')).toEqual([['resources/icons/lanyard.ico', 256]]);
    expect(await resolve(config.mac?.icon, 'icns')).toEqual([['resources/icons/lanyard.icns', 0]]);
    const linux = await resolve(config.linux?.icon, 'set');
    expect(linux.map(([, size]) => size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
  });

  it('ships resources that exist, the Linux window icon among them', () => {
    const resources = (config.extraResources ?? []) as { from: string; to: string }[];
    expect(resources.map((resource) => resource.to)).toEqual(
      expect.arrayContaining(['sample-blog', 'templates', 'icons/lanyard.png']),
    );
    for (const { from } of resources) expect(existsSync(inRepo(from))).toBe(true);
  });
});

describe('npm run dist', () => {
  it('runs the script that says what it builds before building', async () => {
    const pkg = JSON.parse(await fs.readFile(inRepo('package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toContain('scripts/dist.ts');
    const description = describeDist(config);
    expect(description).toContain('Linux: AppImage, deb');
    expect(description).toContain('macOS: dmg');
    expect(description).toContain('Windows: nsis');
    expect(description).toContain('dist/');
  });
});
