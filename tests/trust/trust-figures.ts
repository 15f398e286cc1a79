import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One figure the trust suite proves: what was tried, how many times, and what went wrong
 * (the target is almost always zero). Tests record figures as they run; `report.ts` prints
 * them as one table after the suite.
 */
export interface TrustFigure {
  /** "Nothing lost", "Nothing injected", "Nothing escapes" or "Bad input". */
  area: string;
  /** What was attempted, e.g. "posts saved and killed with SIGKILL mid-write". */
  what: string;
  /** How many attempts: kills, payloads, calls. */
  tried: number;
  /** What must not happen, e.g. "files empty, truncated or mixed". */
  failure: string;
  /** How many times it happened. */
  failed: number;
  /** Set when the figure has a target other than zero failures. */
  target?: string;
}

/** Where figures wait for the report (git-ignored); one file per recording test file. */
export const trustFiguresDir = path.resolve(import.meta.dirname, 'tmp', 'figures');

function fileName(what: string): string {
  return `${what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)}.json`;
}

/** Records a figure for the report; recording the same `what` again replaces it. */
export function recordTrustFigure(figure: TrustFigure, dir = trustFiguresDir): void {
  mkdirSync(dir, { recursive: true });
  const recorded = { ...figure, measuredAt: new Date().toISOString() };
  writeFileSync(path.join(dir, fileName(figure.what)), `${JSON.stringify(recorded, null, 2)}\n`);
}

/** Every figure recorded in `dir`, by area and then by what; none when the suite has not run. */
export function readTrustFigures(dir = trustFiguresDir): Array<TrustFigure & { measuredAt: string }> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as TrustFigure & { measuredAt: string })
    .sort((a, b) => a.area.localeCompare(b.area) || a.what.localeCompare(b.what));
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The figures as one Markdown table. */
export function trustTable(figures: ReadonlyArray<TrustFigure>): string {
  const rows = figures.map((figure) => [
    figure.area,
    figure.what,
    figure.tried.toLocaleString('en'),
    figure.failure,
    String(figure.failed),
    figure.target ?? '0',
  ]);
  return [['area', 'what the suite tries', 'tried', 'what must not happen', 'happened', 'target'], ...rows]
    .map((cells, index) => {
      const line = `| ${cells.map(escapeCell).join(' | ')} |`;
      return index === 0 ? `${line}\n|${cells.map(() => ' --- |').join('')}` : line;
    })
    .join('\n');
}
