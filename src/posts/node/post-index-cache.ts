import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import type { SiteProfile } from '../../site/site-profile';
import type { PostSummary } from '../post-types';

/** Bump when summaries are computed differently, so old caches are rebuilt rather than trusted. */
const cacheFormat = 1;

/** One post's summary and the file time and size it was read at. */
export interface IndexCacheEntry {
  mtimeMs: number;
  size: number;
  summary: PostSummary;
}

interface CacheShape {
  format: number;
  root: string;
  draftFolders: string[];
  entries: Record<string, IndexCacheEntry>;
}

function isEntry(value: unknown): value is IndexCacheEntry {
  const entry = value as Partial<IndexCacheEntry> | null;
  const summary = entry?.summary as Partial<PostSummary> | undefined;
  return (
    typeof entry?.mtimeMs === 'number' &&
    typeof entry.size === 'number' &&
    typeof summary?.id === 'string' &&
    typeof summary.title === 'string' &&
    (summary.date === null || typeof summary.date === 'string') &&
    Array.isArray(summary.tags) &&
    typeof summary.draft === 'boolean' &&
    typeof summary.readable === 'boolean' &&
    (summary.problem === null || typeof summary.problem === 'string')
  );
}

/**
 * The cached entries for a site, by post id. A missing or corrupt cache, or one written for
 * another folder or layout, reads as empty: the index is then rebuilt from the files.
 */
export async function readIndexCache(file: string, profile: SiteProfile): Promise<Map<string, IndexCacheEntry>> {
  let shape: Partial<CacheShape> | null;
  try {
    shape = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<CacheShape> | null;
  } catch {
    return new Map();
  }
  const sameSite =
    shape?.format === cacheFormat &&
    shape.root === profile.root &&
    JSON.stringify(shape.draftFolders) === JSON.stringify(profile.draftFolders) &&
    typeof shape.entries === 'object' &&
    shape.entries !== null;
  if (!sameSite) return new Map();
  const entries = new Map<string, IndexCacheEntry>();
  for (const [id, entry] of Object.entries(shape!.entries!)) {
    if (isEntry(entry) && entry.summary.id === id) entries.set(id, entry);
  }
  return entries;
}

/** Replaces the cache file atomically, so a crash mid-write leaves the previous cache. */
export async function writeIndexCache(
  file: string,
  profile: SiteProfile,
  entries: ReadonlyMap<string, IndexCacheEntry>,
): Promise<void> {
  const shape: CacheShape = {
    format: cacheFormat,
    root: profile.root,
    draftFolders: profile.draftFolders,
    entries: Object.fromEntries(entries),
  };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(shape));
}
