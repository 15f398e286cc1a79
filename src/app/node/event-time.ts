import { latestUpdateTime, updateStamp } from '../../events/live-update';
import { readEvents } from '../../events/node/events-file';
import { readPost } from '../../posts/node/post-file';
import type { HostAdapters } from './host-adapters';
import type { OpenSite } from './open-site';
import { writingSettingsOf } from './writing-settings';

/** The zone a post's update times are told in: its event's, else the site's; null is the machine's. */
export async function postTimeZone(site: OpenSite, id: string): Promise<string | null> {
  const eventId = site.index.get(id)?.event ?? null;
  if (eventId !== null) {
    const event = (await readEvents(site.root)).events.find((each) => each.id === eventId);
    if (event !== undefined) return event.timezone;
  }
  return site.profile.timezone;
}

/**
 * The time a live update of the post is published as: its latest `**Update 14:05**` stamp (where
 * the writer's updates go, top or bottom), else the time now in the post's zone.
 */
export async function liveUpdateTime(site: OpenSite, host: HostAdapters, id: string, now: Date): Promise<string> {
  const current = updateStamp(now.getTime(), await postTimeZone(site, id)).time;
  const { text } = await readPost(site.root, id);
  return latestUpdateTime(text, writingSettingsOf(host).updatePlacement) ?? current;
}
