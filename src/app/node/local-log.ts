import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The log file rolls over to `<file>.1` past this size, so it never grows without bound. */
export const MAX_LOG_BYTES = 5 * 1024 * 1024;

/**
 * Hides credentials in URLs (`https://user:token@host/…`), which git remotes can carry. The
 * match runs to the last `@` before the path, so a password holding an `@` is hidden whole.
 */
export function redactSecrets(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#'"]+@/gi, '$1***@');
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : `\nCaused by: ${describe(error.cause)}`;
  return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
}

/** A local log: one file the writer can open from the Help menu; nothing is sent anywhere. */
export interface LocalLog {
  readonly file: string;
  log(level: 'info' | 'warn' | 'error', message: string): void;
  report(error: unknown): void;
}

/** Opens the log at `file`. Writing is synchronous so the last line survives a crash. */
export function createLocalLog(file: string, maxBytes = MAX_LOG_BYTES): LocalLog {
  const log = (level: 'info' | 'warn' | 'error', message: string): void => {
    try {
      mkdirSync(dirname(file), { recursive: true });
      try {
        if (statSync(file).size > maxBytes) renameSync(file, `${file}.1`);
      } catch {
        // No log yet.
      }
      appendFileSync(file, `${new Date().toISOString()} ${level.toUpperCase()} ${redactSecrets(message)}\n`);
    } catch {
      // Logging must never be the reason Lanyard fails.
    }
  };
  return { file, log, report: (error) => log('error', describe(error)) };
}
