/** One git command Lanyard ran, for the publish log; credentials in URLs are blanked out. */
export interface GitCommandRecord {
  args: string[];
  cwd: string;
  /** Null when git did not run or was stopped. */
  exitCode: number | null;
  /** The end of what git printed on stderr. */
  stderr: string;
  startedAt: number;
  durationMs: number;
}
