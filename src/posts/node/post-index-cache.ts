import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import type { SiteProfile } from '../../site/site-profile';
import { decodeRow, encodeRow, StringTable, type IndexCacheEntry, type IndexCacheRow } from './index-cache-rows';

export type { IndexCacheEntry } from './index-cache-rows';

/** Bump when summaries are computed differently, so old caches are rebuilt rather than trusted. */
const cacheFormat = 5;

interface CacheShape {
  format: number;
  root: string;
  draftFolders: string[];
  strings: unknown[];
  rows: IndexCacheRow[];
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
    Array.isArray(shape.strings) &&
    Array.isArray(shape.rows);
  if (!sameSite) return new Map();
  const entries = new Map<string, IndexCacheEntry>();
  for (const row of shape!.rows!) {
    const entry = decodeRow(row, shape!.strings!);
    if (entry !== null) entries.set(entry.summary.id, entry);
  }
  return entries;
}

/** Replaces the cache file atomically, so a crash mid-write leaves the previous cache. */
export async function writeIndexCache(
  file: string,
  profile: SiteProfile,
  entries: ReadonlyMap<string, IndexCacheEntry>,
): Promise<void> {
  const table = new StringTable();
  const rows = [...entries.values()].map((entry) => encodeRow(entry, table));
  const shape: CacheShape = {
    format: cacheFormat,
    root: profile.root,
    draftFolders: profile.draftFolders,
    strings: table.strings,
    rows,
  };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(shape));
}
