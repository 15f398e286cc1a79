import { LanyardError } from '../../api/lanyard-error';
import type { SiteEvent } from '../../events/event';
import { eventSeries, type EventSeriesPost } from '../../events/event-posts';
import {
  insertSeriesLinks,
  refreshSeriesLinks,
  seriesEndMarker,
  seriesNeighbours,
  seriesStartMarker,
  type SeriesEntry,
} from '../../events/series-links';
import { readPost, savePost } from '../../posts/node/post-file';
import { publicUrlOf } from '../../publish/node/publish-post';
import type { OpenSite } from './open-site';

/** Which of the event's posts get a series block they do not have yet; the others only have theirs kept current. */
export type SeriesInsertion = 'every-post' | ReadonlySet<string>;

/** A day post of the series as read from disk, so it is saved over only the text the links were made for. */
interface ReadEntry extends SeriesEntry {
  text: string;
  version: string;
}

/** The post as read for the series, or null when it is gone or cannot be read since the index listed it. */
async function readEntry(site: OpenSite, { post, n }: EventSeriesPost): Promise<ReadEntry | null> {
  try {
    const { text, version } = await readPost(site.root, post.id);
    const url = await publicUrlOf(site.profile, post.id, text);
    return { id: post.id, n, title: post.title, url, text, version };
  } catch (error) {
    // A post moved or spoiled just now must not stop the others: the series links around it.
    if (error instanceof LanyardError && (error.code === 'not-found' || error.code === 'unreadable')) return null;
    throw error;
  }
}

/** The event's day posts with their text and their public URLs where the site's config tells them. */
async function seriesEntries(site: OpenSite, event: SiteEvent): Promise<ReadEntry[]> {
  const readable = site.index.list().filter((post) => post.readable);
  const entries = await Promise.all(eventSeries(readable, event).map((each) => readEntry(site, each)));
  return entries.filter((entry): entry is ReadEntry => entry !== null);
}

/** The post's text with its links made current, null when it needs none; a post whose block has no end is refused by name. */
function linkedText(entry: ReadEntry, series: readonly SeriesEntry[], insert: boolean): string | null {
  const neighbours = seriesNeighbours(series, entry.id);
  if (!insert) return refreshSeriesLinks(entry.text, entry.id, neighbours);
  try {
    return insertSeriesLinks(entry.text, entry.id, neighbours);
  } catch (error) {
    if (!(error instanceof LanyardError) || error.code !== 'invalid-argument') throw error;
    // The series-links message says "the post"; here several posts are at stake, so name it.
    throw new LanyardError(
      error.code,
      `${entry.id} has ${seriesStartMarker} without ${seriesEndMarker} after it; add the end marker or remove the start marker, and try again.`,
    );
  }
}

/**
 * Writes previous/next-day links into the event's day posts: a block added to the posts
 * `insertInto` names, and every existing block brought up to date. A post whose block is already
 * right is not written, and one that changed on disk while this read it is left for next time.
 * Every post is checked before any is written, so a post whose block has no end marker stops
 * the whole change. Answers the ids of the posts written.
 */
export async function writeSeriesLinks(
  site: OpenSite,
  event: SiteEvent,
  insertInto: SeriesInsertion,
): Promise<string[]> {
  const series = await seriesEntries(site, event);
  const writes = series.flatMap((entry) => {
    const text = linkedText(entry, series, insertInto === 'every-post' || insertInto.has(entry.id));
    return text === null ? [] : [{ id: entry.id, text, baseVersion: entry.version }];
  });
  const changed: string[] = [];
  for (const write of writes) {
    const outcome = await savePost(site.root, write);
    if (outcome.status !== 'saved') continue;
    await site.refreshAfterWrite(write.id);
    changed.push(write.id);
  }
  return changed;
}
