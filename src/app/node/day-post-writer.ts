import type { ChannelOutput } from '../../api/contract';
import { LanyardError } from '../../api/lanyard-error';
import { dayPostBody, dayPostFrontMatter, dayPostTitle } from '../../events/day-post';
import { dateOfDay, eventLength, type SiteEvent } from '../../events/event';
import { dayStartInstant, parseCalendarDate } from '../../events/calendar-date';
import { eventDayAt, notRunningMessage, pickEvent, type DayOfEvent } from '../../events/event-day';
import { existingDayPost } from '../../events/event-posts';
import { readEventTemplate } from '../../events/node/event-templates';
import { eventsFile, readEvents } from '../../events/node/events-file';
import { imageUrlFor } from '../../images/image-placement';
import { createPost, plannedPostId } from '../../posts/node/create-post';
import type { PostSummary } from '../../posts/post-types';
import type { HandlerContext } from './core-handlers';
import { writeSeriesLinks, type SeriesWrite } from './event-series-writer';
import { dayTitleFor, readEventPosts } from './event-posts-reader';
import type { OpenSite } from './open-site';

/** What "New day post" answers: the post, or which event to write it for. */
export type DayPostOutcome = ChannelOutput<'events.newDayPost'>;

/** The error for an event id the events file does not have. */
export function unknownEvent(id: string): LanyardError {
  return new LanyardError('not-found', `There is no event with the id ${id} in ${eventsFile}.`);
}

/** A day post to write or open: the event, its day, and the instant the post is dated. */
interface DayToWrite {
  event: SiteEvent;
  day: DayOfEvent;
  at: Date;
}

/** A catch-up post is dated the evening of its day, when a day's write-up usually happens. */
const catchUpHour = 18;

/** Day `n` of the event, for a post written after it: refused while that day is still to come. */
function pastDay(event: SiteEvent, n: number, now: Date): DayToWrite | DayPostOutcome {
  const date = dateOfDay(event, n);
  if (date === null) {
    const days = eventLength(event);
    throw new LanyardError(
      'invalid-argument',
      `${event.name} has ${days === 1 ? 'one day' : `${days} days`}; there is no Day ${n}.`,
    );
  }
  const today = eventDayAt(event, now.getTime());
  if (today.kind === 'before' || (today.kind === 'day' && n > today.n)) {
    return {
      kind: 'not-running',
      message: `Day ${n} of ${event.name} is still to come (${date}); write it on the day.`,
    };
  }
  if (today.kind === 'day' && n === today.n) return { event, day: { n, date }, at: now };
  const evening = dayStartInstant(parseCalendarDate(date)!, event.timezone) + catchUpHour * 3_600_000;
  return { event, day: { n, date }, at: new Date(evening) };
}

/** The event a day post is for and its day (today's unless `n` names one gone by), or what to answer instead. */
async function dayToWrite(
  root: string,
  eventId: string | null,
  n: number | null,
  now: Date,
): Promise<DayToWrite | DayPostOutcome> {
  const { events, problems } = await readEvents(root);
  if (eventId === null) {
    const pick = pickEvent(events, now.getTime());
    if (pick.kind === 'running') return { event: pick.event, day: pick.day, at: now };
    if (pick.choices.length === 0) {
      const why = problems.length === 0 ? 'add the event, with its dates and time zone, first.' : problems.join(' ');
      throw new LanyardError('not-found', `This site has no events Lanyard can use yet: ${why}`);
    }
    return { kind: 'choose', events: pick.choices };
  }
  const event = events.find((each) => each.id === eventId);
  if (event === undefined) throw unknownEvent(eventId);
  if (n !== null) return pastDay(event, n, now);
  const at = eventDayAt(event, now.getTime());
  if (at.kind === 'day') return { event, day: { n: at.n, date: at.date }, at: now };
  // Null only for a day the event runs, answered above.
  return { kind: 'not-running', message: notRunningMessage(event, at)! };
}

/** The body of a new day post: the event's template filled for the day, ending in one line break. */
async function dayBody(context: HandlerContext, root: string, event: SiteEvent, day: DayOfEvent): Promise<string> {
  const template = await readEventTemplate(root, context.host.templatesDir, event.template);
  const { text } = dayPostBody(template.text, event, day);
  return text.trim() === '' ? '' : `${text.replace(/\s+$/, '')}\n`;
}

/**
 * The series links of the event with the new post among them. The post is written by now, so a
 * sibling whose links cannot be made current (a broken block, a read-only file) is a warning.
 */
async function seriesLinksOf(
  context: HandlerContext,
  site: OpenSite,
  event: SiteEvent,
  id: string,
): Promise<SeriesWrite> {
  try {
    return await writeSeriesLinks(site, context.host, event, new Set([id]));
  } catch (error) {
    if (!(error instanceof LanyardError)) throw error;
    return { changed: [], problems: [`The series links were not updated: ${error.message}`] };
  }
}

/** Writes the day post: front matter from the event, its cover where the site serves it, body from its template. */
async function writeDayPost(
  context: HandlerContext,
  site: OpenSite,
  event: SiteEvent,
  day: DayOfEvent,
  now: Date,
): Promise<{ post: PostSummary; warnings: string[] }> {
  const title = dayPostTitle(event, day).text;
  const body = await dayBody(context, site.root, event, day);
  const { profile } = site;
  // Front matter takes the served URL without the base path: themes add it themselves (`relative_url`).
  const cover =
    event.cover === null
      ? null
      : { kind: profile.kind, url: imageUrlFor(profile, event.cover, plannedPostId(profile, title, now), '') };
  const { id } = await createPost(profile, title, now, {
    frontMatter: (lines) => dayPostFrontMatter(lines, event, { n: day.n, cover }),
    body,
  });
  await site.refreshAfterWrite(id);
  const series = event.seriesLinks ? await seriesLinksOf(context, site, event, id) : { changed: [], problems: [] };
  context.host.emit('posts.changed', { ids: [...new Set([id, ...series.changed])] });
  // The index has it unless the file changed again at once; the row is then refreshed by the watcher.
  const post = site.index.get(id) ?? {
    id,
    title,
    date: null,
    tags: event.tags,
    draft: false,
    event: event.id,
    readable: true,
    problem: null,
  };
  return { post, warnings: series.problems };
}

/**
 * The post for the event's day (today, or day `n` gone by): the one already written, or a new
 * one from the event's templates. Asks which event when `eventId` is null and none or several
 * are running.
 */
export async function dayPostFor(
  context: HandlerContext,
  site: OpenSite,
  eventId: string | null,
  now: Date,
  n: number | null = null,
): Promise<DayPostOutcome> {
  const found = await dayToWrite(site.root, eventId, n, now);
  if ('kind' in found) return found;
  const { event, day, at } = found;
  const posts = await readEventPosts(site, event);
  const existingId = existingDayPost(posts, event, day.n, dayTitleFor(event));
  const existing = existingId === null ? undefined : site.index.get(existingId);
  if (existing !== undefined) return { kind: 'existing', post: existing, event, n: day.n, warnings: [] };
  return { kind: 'created', ...(await writeDayPost(context, site, event, day, at)), event, n: day.n };
}
