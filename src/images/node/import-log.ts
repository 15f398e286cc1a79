import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../fs/node/atomic-write';

/** Bump when the shape changes, so an old log reads as empty rather than wrongly. */
const logFormat = 1;

/** A photo Lanyard wrote into the site. */
export interface ImportRecord {
  /** Site-relative POSIX path of the written file. */
  path: string;
  /** The post it was first imported for. */
  postId: string;
  /** Size of the written file, to tell it from another file put at the same path since. */
  bytes: number;
  width: number;
  height: number;
}

/** What Lanyard imported into one site. */
export interface ImportLog {
  /** SHA-256 (hex) of the original photo's bytes → the file written from them. */
  sources: Map<string, ImportRecord>;
  /** Post id → site-relative paths imported or linked again for that post. */
  posts: Map<string, string[]>;
}

interface LogShape {
  format: number;
  root: string;
  sources: Record<string, ImportRecord>;
  posts: Record<string, string[]>;
}

/** Updates of one log file, chained so concurrent imports never drop each other's records. */
const pendingUpdates = new Map<string, Promise<unknown>>();

function isRecord(value: unknown): value is ImportRecord {
  const record = value as Partial<ImportRecord> | null;
  return (
    typeof record?.path === 'string' &&
    typeof record.postId === 'string' &&
    typeof record.bytes === 'number' &&
    typeof record.width === 'number' &&
    typeof record.height === 'number'
  );
}

const isPathList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const emptyLog = (): ImportLog => ({ sources: new Map(), posts: new Map() });

/** Where the import log of the site at `root` is kept: one file per site folder, named by its hash. */
export function importLogFile(userDataDir: string, root: string): string {
  const name = createHash('sha1').update(root).digest('hex');
  return path.join(userDataDir, 'image-imports', `${name}.json`);
}

/**
 * The import log of the site at `root`. A missing or corrupt file, or one written for another
 * folder, reads as empty; malformed entries are dropped. Forgetting only costs a duplicate
 * file on the next import of the same photo.
 */
export async function readImportLog(file: string, root: string): Promise<ImportLog> {
  let shape: Partial<LogShape> | null;
  try {
    shape = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LogShape> | null;
  } catch {
    return emptyLog();
  }
  const log = emptyLog();
  if (shape?.format !== logFormat || shape.root !== root) return log;
  const sources: unknown = shape.sources;
  const posts: unknown = shape.posts;
  if (typeof sources === 'object' && sources !== null) {
    for (const [hash, record] of Object.entries(sources)) {
      if (/^[0-9a-f]{64}$/.test(hash) && isRecord(record)) log.sources.set(hash, record);
    }
  }
  if (typeof posts === 'object' && posts !== null) {
    for (const [postId, paths] of Object.entries(posts)) if (isPathList(paths)) log.posts.set(postId, paths);
  }
  return log;
}

async function writeImportLog(file: string, root: string, log: ImportLog): Promise<void> {
  const shape: LogShape = {
    format: logFormat,
    root,
    sources: Object.fromEntries(log.sources),
    posts: Object.fromEntries(log.posts),
  };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(shape));
}

/**
 * Reads the log, lets `change` edit it and writes it back atomically. Updates of one file
 * from this process run one after another. Answers the log as written.
 */
export async function updateImportLog(
  file: string,
  root: string,
  change: (log: ImportLog) => void,
): Promise<ImportLog> {
  const update = async () => {
    const log = await readImportLog(file, root);
    change(log);
    await writeImportLog(file, root, log);
    return log;
  };
  const previous = pendingUpdates.get(file) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(update);
  pendingUpdates.set(file, current);
  try {
    return await current;
  } finally {
    if (pendingUpdates.get(file) === current) pendingUpdates.delete(file);
  }
}

/** Notes that `path` was imported (or linked again) for `postId`; a new photo gets its record. */
export function recordImport(log: ImportLog, hash: string, record: ImportRecord, postId: string): void {
  if (log.sources.get(hash)?.path !== record.path) log.sources.set(hash, record);
  const paths = log.posts.get(postId) ?? [];
  if (!paths.includes(record.path)) log.posts.set(postId, [...paths, record.path]);
}

/** Forgets everything about the file at `path`, for every post; used once it is deleted. */
export function forgetImage(log: ImportLog, imagePath: string): void {
  for (const [hash, record] of log.sources) if (record.path === imagePath) log.sources.delete(hash);
  for (const [postId, paths] of log.posts) {
    const kept = paths.filter((candidate) => candidate !== imagePath);
    if (kept.length === 0) log.posts.delete(postId);
    else log.posts.set(postId, kept);
  }
}
