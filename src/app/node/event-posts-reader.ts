import { LanyardError } from '../../api/lanyard-error';
import { dayPostKey, dayPostTitle } from '../../events/day-post';
import { dateOfDay, type SiteEvent } from '../../events/event';
import type { EventPostFacts } from '../../events/event-posts';
import { readFrontMatterData } from '../../frontmatter/front-matter-data';
import { readPost } from '../../posts/node/post-file';
import type { OpenSite } from './open-site';

/** A post that names the event, as read from disk just now: its day mark, text and version. */
export interface EventPostOnDisk extends EventPostFacts {
  text: string;
  version: string;
}

/** The title day `n` of the event gets, for telling its day post from the other posts that day. */
export function dayTitleFor(event: SiteEvent): (n: number) => string {
  return (n) => dayPostTitle(event, { n, date: dateOfDay(event, n) ?? event.start }).text;
}

function markedDay(text: string): number | null {
  const value = readFrontMatterData(text).data?.[dayPostKey];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/**
 * The site's posts that name the event, read from disk with their `event_day`. A post moved or
 * spoiled since the index listed it is left out: it must not stop the others.
 */
export async function readEventPosts(site: OpenSite, event: SiteEvent): Promise<EventPostOnDisk[]> {
  const named = site.index.list().filter((post) => post.readable && post.event === event.id);
  const read = await Promise.all(
    named.map(async (post): Promise<EventPostOnDisk | null> => {
      try {
        await site.assertPostId(post.id);
        const { text, version } = await readPost(site.root, post.id);
        return { ...post, eventDay: markedDay(text), text, version };
      } catch (error) {
        if (error instanceof LanyardError) return null;
        throw error;
      }
    }),
  );
  return read.filter((post): post is EventPostOnDisk => post !== null);
}
