/** What the disk holds now, compared with the version a recovered text was written on. */
export type RecoveredDiskState = 'unchanged' | 'changed' | 'deleted';

/** Unsaved text of a post that survived a crash, offered back when its site opens. */
export interface RecoveredPost {
  id: string;
  text: string;
  /** The file's version the edits were made on; null when the post had no file yet. */
  baseVersion: string | null;
  /** When the copy was last written, epoch ms. */
  savedAt: number;
  /**
   * `unchanged`: the file is still the version the edits began from, so restoring is safe.
   * `changed` or `deleted`: the file moved on since, so restoring must be a conflict the writer settles.
   */
  disk: RecoveredDiskState;
}
