/**
 * Renders resources/icon/lanyard.svg into resources/icons/ (PNGs, lanyard.ico, lanyard.icns and
 * manifest.json). Run after editing the SVG and commit the result:
 *
 *     npx jiti scripts/generate-icons.ts
 *
 * The outputs are committed rather than made at packaging time so that a plain checkout can
 * run and package, and so a sharp or libvips upgrade never silently changes a released icon;
 * tests/src/app/app-icons.test.ts fails when the SVG changed and the files were not regenerated.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { iconOutputDir, iconSource, renderIconFiles } from './icon-files';

const svg = await readFile(iconSource);
const { files, manifest } = await renderIconFiles(svg);
for (const [name, data] of files) {
  const target = path.join(iconOutputDir, name);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, data);
}
await writeFile(path.join(iconOutputDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Wrote ${files.size} icon files to ${path.relative(process.cwd(), iconOutputDir) || '.'}.`);
