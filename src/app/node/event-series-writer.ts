import { LanyardError } from '../../api/lanyard-error';
import type { SiteEvent } from '../../events/event';
import { eventSeries } from '../../events/event-posts';
import {
  insertSeriesLinks,
  refreshSeriesLinks,
  seriesEndMarker,
  seriesNeighbours,
  seriesStartMarker,
  type SeriesEntry,
} from '../../events/series-links';
import { savePost } from '../../posts/node/post-file';
import type { SaveOutcome } from '../../posts/post-types';
import { publicUrlOf } from '../../publish/node/publish-post';
import { dayTitleFor, readEventPosts, type EventPostOnDisk } from './event-posts-reader';
import type { HostAdapters } from './host-adapters';
import type { OpenSite } from './open-site';

/** Which of the event's posts get a series block they do not have yet; the others only have theirs kept current. */
export type SeriesInsertion = 'every-post' | ReadonlySet<string>;

/** A day post of the series as read from disk, so it is saved over only the text the links were made for. */
interface ReadEntry extends SeriesEntry {
  text: string;
  version: string;
}

/** The event's day posts with their text and their public URLs where the site's config tells them. */
async function seriesEntries(site: OpenSite, event: SiteEvent): Promise<ReadEntry[]> {
  const posts = await readEventPosts(site, event);
  return Promise.all(
    eventSeries(posts, event, dayTitleFor(event)).map(async ({ post, n }) => {
      const { text, version } = post as EventPostOnDisk;
      return { id: post.id, n, title: post.title, url: await publicUrlOf(site.profile, post.id, text), text, version };
    }),
  );
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

/** What writing the series links did: the posts written, and why any were left as they were. */
export interface SeriesWrite {
  changed: string[];
  problems: string[];
}

/**
 * Writes previous/next-day links into the event's day posts: a block added to the posts
 * `insertInto` names, and every existing block brought up to date. A post whose block is already
 * right is not written, and one that changed on disk while this read it is left for next time.
 * Every post is checked before any is written, so a post whose block has no end marker stops
 * the whole change; a post that cannot be written (read-only, gone) is left with the reason.
 * Each post written is announced as changed on disk, so a window showing it reloads it.
 */
export async function writeSeriesLinks(
  site: OpenSite,
  host: HostAdapters,
  event: SiteEvent,
  insertInto: SeriesInsertion,
): Promise<SeriesWrite> {
  const series = await seriesEntries(site, event);
  const writes = series.flatMap((entry) => {
    const text = linkedText(entry, series, insertInto === 'every-post' || insertInto.has(entry.id));
    return text === null ? [] : [{ id: entry.id, text, baseVersion: entry.version }];
  });
  const result: SeriesWrite = { changed: [], problems: [] };
  for (const write of writes) {
    let outcome: SaveOutcome;
    try {
      outcome = await savePost(site.root, write);
    } catch (error) {
      if (!(error instanceof LanyardError)) throw error;
      result.problems.push(`The series links of ${write.id} were not updated: ${error.message}`);
      continue;
    }
    if (outcome.status !== 'saved') continue;
    await site.refreshAfterWrite(write.id);
    host.emit('post.changedOnDisk', { id: write.id, version: outcome.version });
    result.changed.push(write.id);
  }
  return result;
}
