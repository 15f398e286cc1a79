/** A progress line from git, as `--progress` prints it: `Writing objects:  45% (9/20), 1.2 MiB`. */
const PERCENT = /^(?:remote:\s*)?[A-Za-z][A-Za-z ]*:\s+(\d{1,3})%/;

/** The percentage a git progress line reports, or null for lines without one. */
export function progressPercent(line: string): number | null {
  const match = PERCENT.exec(line.trim());
  if (!match?.[1]) return null;
  const value = Number(match[1]);
  return value <= 100 ? value : null;
}
