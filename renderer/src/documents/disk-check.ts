import type { PostDocument } from '../../../src/posts/post-types';
import type { Conflict } from './post-buffer';
import { normalizeLineBreaks } from './text-diff';

/** What the editor holds for a post when its file is compared with the disk. */
export interface EditorSide {
  text: string;
  version: string | null;
  readOnly: boolean;
  /** Edits that are not on disk. */
  dirty: boolean;
  conflict: Conflict | null;
}

/** What to do about the file on disk. */
export type DiskDecision =
  | { kind: 'nothing' }
  | { kind: 'reload'; text: string; version: string; readOnly: boolean }
  | { kind: 'close' }
  | { kind: 'conflict'; conflict: Conflict };

/**
 * Decides how a post follows its file on disk (`disk` null: the file is gone). Text without
 * edits follows the disk; unsaved edits are never replaced, they become a conflict.
 */
export function decideOnDisk(disk: PostDocument | null, mine: EditorSide): DiskDecision {
  if (disk && disk.version === mine.version && !mine.conflict) {
    return disk.readOnly === mine.readOnly
      ? { kind: 'nothing' }
      : { kind: 'reload', text: mine.text, version: disk.version, readOnly: disk.readOnly };
  }
  const diskText = disk ? normalizeLineBreaks(disk.text) : null;
  // The disk already holds exactly this text (the same edit made twice): nothing to resolve.
  if (disk && diskText === mine.text) {
    return { kind: 'reload', text: mine.text, version: disk.version, readOnly: disk.readOnly };
  }
  if (!mine.dirty && !mine.conflict) {
    return disk
      ? { kind: 'reload', text: diskText ?? '', version: disk.version, readOnly: disk.readOnly }
      : { kind: 'close' };
  }
  return { kind: 'conflict', conflict: { diskText, diskVersion: disk?.version ?? null } };
}
