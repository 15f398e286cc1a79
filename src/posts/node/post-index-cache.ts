import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FieldObservation, ObservedKind } from '../../frontmatter/field-schema';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import type { SiteProfile } from '../../site/site-profile';
import type { PostSummary } from '../post-types';

/** Bump when summaries are computed differently, so old caches are rebuilt rather than trusted. */
const cacheFormat = 4;

/** One post's summary and field observations, and the file time and size they were read at. */
export interface IndexCacheEntry {
  mtimeMs: number;
  size: number;
  summary: PostSummary;
  /** Kept out of the summary, which goes to the renderer for every post. */
  fields: FieldObservation[];
}

interface CacheShape {
  format: number;
  root: string;
  draftFolders: string[];
  entries: Record<string, IndexCacheEntry>;
}

const observedKinds: Record<ObservedKind, true> = {
  string: true,
  text: true,
  date: true,
  datetime: true,
  boolean: true,
  number: true,
  list: true,
  object: true,
  null: true,
};

function isObservation(value: unknown): value is FieldObservation {
  const observation = value as Partial<FieldObservation> | null;
  return (
    typeof observation?.key === 'string' &&
    typeof observation.kind === 'string' &&
    Object.hasOwn(observedKinds, observation.kind) &&
    Array.isArray(observation.values) &&
    observation.values.every((item) => typeof item === 'string')
  );
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
    (summary.event === null || typeof summary.event === 'string') &&
    typeof summary.readable === 'boolean' &&
    (summary.problem === null || typeof summary.problem === 'string') &&
    Array.isArray(entry.fields) &&
    entry.fields.every(isObservation)
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
