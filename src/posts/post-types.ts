/** A post is named by its site-relative POSIX path, e.g. `_posts/2026-11-23-day-1.md`. */
export type PostId = string;

/** One row of the post list, read from front matter. */
export interface PostSummary {
  id: PostId;
  title: string;
  /** The date as the site writes it (front matter, else the file name), or null. */
  date: string | null;
  tags: string[];
  draft: boolean;
  /** The front matter's `event`: the id of the event the post belongs to, or null. */
  event: string | null;
  /** False for binary or non-UTF-8 files: listed, never opened for writing. */
  readable: boolean;
  /** Why the post is not readable, or why its front matter is suspect. */
  problem: string | null;
}

/** A post opened for editing. Line endings are normalised to LF; `lineEnding` restores them. */
export interface PostDocument {
  id: PostId;
  text: string;
  /** Opaque token naming the bytes on disk this text was read from. */
  version: string;
  lineEnding: 'lf' | 'crlf';
  readOnly: boolean;
}

/** What a save did. A conflict writes nothing and hands back the disk's text. */
export type SaveOutcome =
  | { status: 'saved'; version: string }
  | { status: 'unchanged'; version: string }
  | { status: 'conflict'; diskText: string | null; diskVersion: string | null };

/** What the renderer remembers between runs, kept in the main process. */
export interface SessionState {
  lastPostId: PostId | null;
  previewVisible: boolean;
  /** Widths in pixels of the post list and the preview. */
  paneWidths: { list: number; preview: number };
  /** Word goals of the site's posts, by post id; absent until the writer sets the first. */
  postWordGoals?: Record<PostId, number>;
}

/** Whether a post has ever left this machine, as far as git can tell. */
export type PublishState = 'unpublished' | 'published' | 'unknown';
