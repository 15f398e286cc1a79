import { promises as fs } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { readFootprint } from './footprint-file';
import { asBenchGroup, readMeasuredGroups } from './measured-groups';
import {
  footprintLines,
  markdownTable,
  summariseGroup,
  summariseResults,
  withSamples,
  type BenchResults,
} from './report-table';
import { samplesFile } from './samples-reporter';

/**
 * After `vitest bench --outputJson bench/results.json` and the browser benches
 * (`bench/browser/run-browser-benches.ts`): prints every group as a Markdown table
 * (median, p95, ratio to each peer) with the open-site memory and watch figures and the
 * browser benches' figures, and writes
 * the same figures to `bench/report.json`. Other paths may be given: `report.ts results.json report.json`.
 */
const [
  resultsFile = path.resolve(import.meta.dirname, 'results.json'),
  reportFile = path.resolve(import.meta.dirname, 'report.json'),
] = process.argv.slice(2);

const results = JSON.parse(await fs.readFile(resultsFile, 'utf8')) as BenchResults;
const samplesText = await fs.readFile(samplesFile, 'utf8').catch(() => '{}');
const groups = summariseResults(withSamples(results, JSON.parse(samplesText) as Record<string, number[]>));
const footprint = await readFootprint();
const measured = await readMeasuredGroups();

const sections = groups.map((summary) => `### ${summary.group}\n\n${markdownTable(summary)}`);
for (const group of measured) {
  const figures = (group.figures ?? []).map(({ label, value }) => `- ${label}: ${value}`);
  const table = group.rows.length > 0 ? [markdownTable(summariseGroup(asBenchGroup(group)))] : [];
  sections.push(
    [`### ${group.group}`, ...table, [...figures, `- measured at ${group.measuredAt}`].join('\n')].join('\n\n'),
  );
}
if (footprint !== null) sections.push(`### open-site memory and watches\n\n${footprintLines(footprint)}`);
console.log(`\n${sections.join('\n\n')}\n`);

// Formatted as the repository's Prettier check expects, since the report is committed.
const report = JSON.stringify({
  groups,
  openSiteFootprint: footprint,
  measured: measured.map((group) => ({
    ...group,
    summary: group.rows.length > 0 ? summariseGroup(asBenchGroup(group)) : null,
    rows: undefined,
  })),
});
await fs.writeFile(reportFile, await format(report, { ...(await resolveConfig(reportFile)), parser: 'json' }));
console.log(`Wrote ${path.relative(process.cwd(), reportFile)}`);
