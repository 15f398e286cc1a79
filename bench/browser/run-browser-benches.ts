import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rendererDir } from '../../tests/e2e/support/paths';
import { writeMeasuredGroup, type MeasuredGroup } from '../measured-groups';

/**
 * Runs every `bench/browser/*.browser-bench.ts` — benchmarks that measure inside Chromium
 * through the e2e harness, where vitest's loop would time the DevTools round trip instead of
 * the page — and records their groups for `bench/report.ts`. Each module's default export
 * measures and returns its groups. Arguments filter by file name:
 * `jiti bench/browser/run-browser-benches.ts keystroke`.
 */
type BrowserBench = () => Promise<MeasuredGroup[]>;

const filters = process.argv.slice(2);

if (!existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(`No built renderer in ${rendererDir}: run \`npm run build\` first.`);
  process.exit(1);
}

const files = (await fs.readdir(import.meta.dirname))
  .filter((name) => name.endsWith('.browser-bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

for (const name of files) {
  console.log(`\n${name}`);
  const module = (await import(pathToFileURL(path.join(import.meta.dirname, name)).href)) as { default: BrowserBench };
  for (const group of await module.default()) {
    await writeMeasuredGroup(group);
    console.log(
      `  ${group.group}: ${group.rows.map((row) => `${row.name} (${row.samples.length} samples)`).join(', ')}`,
    );
  }
}
