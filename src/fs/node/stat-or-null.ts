import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';

/** The file's stats without following a link, or null when it cannot be looked at. */
export function lstatOrNull(file: string): Stats | null {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** The stats of what the file leads to, or null when it cannot be looked at. */
export function statOrNull(file: string): Stats | null {
  try {
    return statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** The file's real path with every link resolved, or `fallback` when it cannot be resolved. */
export function realPathOr<T>(file: string, fallback: T): string | T {
  try {
    return realpathSync.native(file);
  } catch {
    return fallback;
  }
}
