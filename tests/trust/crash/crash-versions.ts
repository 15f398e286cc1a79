import { createHash } from 'node:crypto';
import type { SessionState } from '../../../src/posts/post-types';
import type { PublishOutcome, QueuedPublish } from '../../../src/publish/publish-types';
import { enqueue } from '../../../src/publish/queue-entry';
import { defaultSettings, type Settings } from '../../../src/settings/settings-types';

/**
 * Every version the crash child writes, by generation, so that after a kill the parent can name
 * exactly which complete version a file holds. The child and the parent both import this file.
 */

/** The two posts the child rewrites; the CRLF one starts with CRLF bytes, and the core keeps them. */
export const crashPosts = {
  lf: '_posts/2026-06-16-crash-lf.md',
  crlf: '_posts/2026-06-17-crash-crlf.md',
} as const;

export type CrashPost = keyof typeof crashPosts;

/** What the child writes, one at a time: a marker line names each before and after. */
export type WriteKind = 'post-lf' | 'post-crlf' | 'settings' | 'queue';

export const writeKinds: readonly WriteKind[] = ['post-lf', 'settings', 'post-crlf', 'queue'];

/** Roughly 2 MB: the size where a torn write has the most room to show. */
const largeLineCount = 28_000;
const smallLineCount = 2;

/** A post's editor text (LF) for `generation`: odd generations large, even ones about 200 B. */
export function postText(post: CrashPost, generation: number): string {
  const lines = generation % 2 === 1 ? largeLineCount : smallLineCount;
  const body = Array.from(
    { length: lines },
    (_, line) => `Generation ${generation}, line ${line}: the quick brown fox jumps over the lazy dog.`,
  ).join('\n');
  const head = `---\nlayout: post\ntitle: Crash test ${post.toUpperCase()}\ngeneration: ${generation}\n---\n${body}\n`;
  return `${head}checksum: ${createHash('sha256').update(head).digest('hex')}\n`;
}

/** The parent compares each file with the same few versions kill after kill; building 2 MB is not free. */
const recentBytes = new Map<string, Buffer>();

/** The bytes the post's file holds at `generation`, in the post's own line endings. */
export function postBytes(post: CrashPost, generation: number): Buffer {
  const key = `${post} ${generation}`;
  const cached = recentBytes.get(key);
  if (cached !== undefined) return cached;
  const text = postText(post, generation);
  const bytes = Buffer.from(post === 'crlf' ? text.replace(/\n/g, '\r\n') : text);
  recentBytes.set(key, bytes);
  if (recentBytes.size > 16) recentBytes.delete(recentBytes.keys().next().value!);
  return bytes;
}

/** The generation a post's text names, or null when it names none. */
export function postGeneration(text: string): number | null {
  const match = /^generation: (\d+)\r?$/m.exec(text);
  return match === null ? null : Number(match[1]);
}

/** The session the child stores at `generation`; the pane widths carry the number. */
export function sessionFor(generation: number): SessionState {
  return {
    lastPostId: generation % 2 === 0 ? crashPosts.lf : crashPosts.crlf,
    previewVisible: generation % 2 === 0,
    paneWidths: { list: 120 + (generation % 1000), preview: 120 + Math.floor(generation / 1000) },
  };
}

/** The generation a stored session names; 0 before the first. */
export function sessionGeneration(session: SessionState | undefined): number {
  return session === undefined ? 0 : session.paneWidths.list - 120 + 1000 * (session.paneWidths.preview - 120);
}

/**
 * The clock the child pins while filing queue generation `generation`, so every byte is known.
 * `base` lies a day ahead of the run: the core's own retry timer then never fires during it.
 */
export function queueClock(base: number, generation: number): number {
  return base + generation * 1000;
}

const queueMessage = 'Offline; the publish stays queued.';

function queuedPostId(generation: number): string {
  return `_posts/2026-06-2${generation % 3}-queued.md`;
}

/** The commit a queue generation names: 40 hex digits ending in the generation. */
export function queueCommit(generation: number): string {
  return generation.toString(16).padStart(40, '0');
}

/** The outcome of a publish that could not reach the remote, as the publish service files it. */
export function queuedOutcome(generation: number): PublishOutcome {
  return {
    kind: 'queued',
    postId: queuedPostId(generation),
    commit: queueCommit(generation),
    target: { remote: 'origin', branch: 'main', localBranch: 'main' },
    message: queueMessage,
    url: null,
    files: [],
    remoteMessage: null,
    help: null,
  };
}

export function queuedPost(generation: number): { id: string; title: string } {
  return { id: queuedPostId(generation), title: `Queued post ${generation}` };
}

/** The generation a stored queue entry names; 0 when nothing is queued. */
export function queueGeneration(entry: QueuedPublish | undefined): number {
  return entry === undefined ? 0 : Number.parseInt(entry.commit, 16);
}

const queueEntries = new Map<number, QueuedPublish[]>();

/** The site's queue entry after generations 1…`generation`, each filed by `enqueue` at its pinned clock. */
export function queueEntry(base: number, generation: number): QueuedPublish {
  const entries = queueEntries.get(base) ?? [];
  queueEntries.set(base, entries);
  for (let next = entries.length + 1; next <= generation; next++) {
    const queued = { branch: 'main', remote: 'origin', post: queuedPost(next), commit: queueCommit(next) };
    entries.push(enqueue(entries.at(-1) ?? null, queued, queueClock(base, next), queueMessage));
  }
  return entries[generation - 1]!;
}

/** The whole settings file after `session` and `queue` generations, for the site at `root`. */
export function settingsVersion(root: string, clockBase: number, session: number, queue: number): Settings {
  return {
    ...defaultSettings,
    recentSites: [root],
    sessions: session === 0 ? {} : { [root]: sessionFor(session) },
    publishQueue: queue === 0 ? {} : { [root]: queueEntry(clockBase, queue) },
  };
}
