import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/*
 * Runs Doyensec's Electronegativity over Lanyard's sources (main, preload, renderer and the core
 * they share, scanned together so its app-wide checks see the whole app) and fails on any high or
 * medium finding. A finding judged harmless carries an `eng-disable` comment on its line, with
 * the reason beside it. `npm run security:scan`; CI runs it after `npm test`.
 */

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '..');
const scanner = '@doyensec/electronegativity@1.10.3';
// The version Lanyard ships, so the scanner judges the defaults of that Electron.
const electronVersion = (
  JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
// This check asks GitHub for Electron's release notes; CI has only the npm registry. Keeping
// Electron current is the job of dependency updates, not of this scan.
const skipped = ['AvailableSecurityFixesGlobalCheck'];

/** The fields of one CSV line as Electronegativity writes it (quoted fields may hold commas). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (quoted && char === '"' && line[at + 1] === '"') {
      field += '"';
      at++;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  return [...fields, field.trim()];
}

const work = mkdtempSync(path.join(os.tmpdir(), 'lanyard-security-scan-'));
try {
  const app = path.join(work, 'app');
  for (const folder of ['electron', 'renderer', 'src'])
    cpSync(path.join(repoRoot, folder), path.join(app, folder), { recursive: true });
  const report = path.join(work, 'findings.csv');
  const args = [
    '--yes',
    scanner,
    '-i',
    app,
    '-r',
    '-v',
    'false',
    '-e',
    electronVersion,
    '-x',
    skipped.join(','),
    '-o',
    report,
  ];
  await run('npx', args, { cwd: work, maxBuffer: 64 * 1024 * 1024 });
  const rows = readFileSync(report, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => /^[A-Z_]+,/.test(line))
    .map(csvFields);
  const serious = rows.filter(
    ([, severity]) => severity === 'HIGH' || severity === 'MEDIUM' || severity === 'CRITICAL',
  );
  for (const [check, severity, confidence, file, location, , description] of rows) {
    console.log(`${severity} ${confidence} ${check} ${file}:${location} — ${description}`);
  }
  console.log(
    `Electronegativity (Electron ${electronVersion}): ${rows.length} findings, ${serious.length} high or medium`,
  );
  if (serious.length > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
