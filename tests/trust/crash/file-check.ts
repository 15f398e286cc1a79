import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Settings } from '../../../src/settings/settings-types';
import { settingsFile } from './conf-settings';
import { crashPosts, postBytes, settingsVersion, type CrashPost, type WriteKind } from './crash-versions';

/** A site the children write to, and which generation of each write its files held at the last check. */
export interface CrashSite {
  site: string;
  userDataDir: string;
  /** The site's folder as the core names it: the key of its session and queue. */
  root: string;
  queueClockBase: number;
  onDisk: Record<WriteKind, number>;
}

/** The generations a file may hold after a kill: the last one completed and the one under way. */
export type Allowed = Record<WriteKind, { old: number; new: number | null }>;

/** What one file (or one part of the settings file) held after a kill; `damage` names what was wrong. */
export interface Verdict {
  damage: string | null;
}

export interface KillCheck {
  posts: Record<CrashPost, Verdict>;
  settings: Verdict;
  queue: Verdict;
}

/** conf's own format: what electron-store writes too. */
export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings, undefined, '\t');
}

function generations(allowed: { old: number; new: number | null }): number[] {
  return allowed.new === null ? [allowed.old] : [allowed.old, allowed.new];
}

async function readOrNull(file: string): Promise<Buffer | null> {
  return fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** Names what is wrong with `bytes` that are none of `versions`. */
function damageOf(bytes: Buffer | null, versions: Buffer[]): string {
  if (bytes === null) return 'missing';
  if (bytes.length === 0) return 'empty';
  if (versions.some((version) => bytes.length < version.length && version.subarray(0, bytes.length).equals(bytes))) {
    return `truncated (${bytes.length.toLocaleString('en')} bytes)`;
  }
  return `mixed or foreign (${bytes.length.toLocaleString('en')} bytes)`;
}

async function checkPost(crash: CrashSite, post: CrashPost, allowed: Allowed): Promise<Verdict> {
  const kind: WriteKind = `post-${post}`;
  const file = path.join(crash.site, crashPosts[post]);
  const bytes = await readOrNull(file);
  const held = generations(allowed[kind]).find((generation) => bytes?.equals(postBytes(post, generation)));
  if (held !== undefined) {
    crash.onDisk[kind] = held;
    return { damage: null };
  }
  // Put the old version back so that the next child can carry on and later kills still count.
  await fs.writeFile(file, postBytes(post, allowed[kind].old));
  crash.onDisk[kind] = allowed[kind].old;
  const versions = generations(allowed[kind]).map((generation) => postBytes(post, generation));
  return { damage: `${crashPosts[post]} ${damageOf(bytes, versions)}` };
}

function parsed(bytes: Buffer | null): Partial<Settings> | null {
  try {
    return bytes === null ? null : (JSON.parse(bytes.toString('utf8')) as Partial<Settings>);
  } catch {
    return null;
  }
}

/** Checks the settings file, which holds both the session and the queue, against every version allowed. */
async function checkSettings(crash: CrashSite, allowed: Allowed): Promise<{ settings: Verdict; queue: Verdict }> {
  const file = settingsFile(crash.userDataDir);
  const bytes = await readOrNull(file);
  const stored = parsed(bytes);
  const versionOf = (session: number, queue: number) =>
    settingsVersion(crash.root, crash.queueClockBase, session, queue);
  const pairs = generations(allowed.settings).flatMap((session) =>
    generations(allowed.queue).map((queue) => ({ session, queue })),
  );
  const held = pairs.find(({ session, queue }) => isDeepStrictEqual(stored, versionOf(session, queue)));
  if (held !== undefined) {
    crash.onDisk.settings = held.session;
    crash.onDisk.queue = held.queue;
    return { settings: { damage: null }, queue: { damage: null } };
  }
  const versions = pairs.map(({ session, queue }) => Buffer.from(serializeSettings(versionOf(session, queue))));
  const damage = `${path.basename(file)} ${damageOf(bytes, versions)}`;
  const sessionHeld = pairs.some(({ session }) => isDeepStrictEqual(stored?.sessions, versionOf(session, 0).sessions));
  const queueHeld = pairs.some(({ queue }) =>
    isDeepStrictEqual(stored?.publishQueue, versionOf(0, queue).publishQueue),
  );
  await fs.writeFile(file, serializeSettings(versionOf(allowed.settings.old, allowed.queue.old)));
  crash.onDisk.settings = allowed.settings.old;
  crash.onDisk.queue = allowed.queue.old;
  // Both parts intact yet the file wrong (another key broken): it counts against both.
  const bothIntact = sessionHeld && queueHeld;
  return {
    settings: { damage: sessionHeld && !bothIntact ? null : damage },
    queue: { damage: queueHeld && !bothIntact ? null : damage },
  };
}

/**
 * Checks every file the child writes against the complete versions it could have left, records
 * which one each holds in `crash.onDisk`, and puts a damaged file back to its old version (so a
 * broken writer shows as a count, not as one failure that stops the run).
 */
export async function checkAfterKill(crash: CrashSite, allowed: Allowed): Promise<KillCheck> {
  const posts = { lf: await checkPost(crash, 'lf', allowed), crlf: await checkPost(crash, 'crlf', allowed) };
  return { posts, ...(await checkSettings(crash, allowed)) };
}

/** Temp files the writers leave beside the posts and the settings file when killed mid-write. */
export async function leftoverTempFiles(crash: CrashSite): Promise<{ posts: string[]; settings: string[] }> {
  const posts = await fs.readdir(path.join(crash.site, '_posts'));
  const userData = await fs.readdir(crash.userDataDir);
  return {
    posts: posts.filter((name) => name.startsWith('.') && name.endsWith('.tmp')),
    settings: userData.filter((name) => name.startsWith('config.json.tmp-')),
  };
}
