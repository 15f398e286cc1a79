import type { ChannelInput, ChannelOutput, Handlers } from '../../api/contract';
import { LanyardError } from '../../api/lanyard-error';
import { dayPostBody, dayPostFrontMatter, dayPostTitle } from '../../events/day-post';
import { checkEvent, newEventId, overlappingEvents, type SiteEvent } from '../../events/event';
import { eventDayAt, notRunningMessage, pickEvent, type DayOfEvent } from '../../events/event-day';
import { eventSeries, existingDayPost } from '../../events/event-posts';
import { listEventTemplates, readEventTemplate } from '../../events/node/event-templates';
import { eventsFile, readEvents, removeEvent, saveEvent } from '../../events/node/events-file';
import { seriesNeighbours, type SeriesEntry } from '../../events/series-links';
import { createPost } from '../../posts/node/create-post';
import { readPost } from '../../posts/node/post-file';
import type { PostSummary } from '../../posts/post-types';
import { publicUrlOf } from '../../publish/node/publish-post';
import type { HandlerContext } from './core-handlers';
import type { OpenSite } from './open-site';

type DayPostOutcome = ChannelOutput<'events.newDayPost'>;

function unknownEvent(id: string): LanyardError {
  return new LanyardError('not-found', `There is no event with the id ${id} in ${eventsFile}.`);
}

/** The event a day post is for and its day today, or what to answer instead. */
async function dayToWrite(
  root: string,
  eventId: string | null,
  now: number,
): Promise<{ event: SiteEvent; day: DayOfEvent } | DayPostOutcome> {
  const { events, problems } = await readEvents(root);
  if (eventId === null) {
    const pick = pickEvent(events, now);
    if (pick.kind === 'running') return { event: pick.event, day: pick.day };
    if (pick.choices.length === 0) {
      const why = problems.length === 0 ? 'add the event, with its dates and time zone, first.' : problems.join(' ');
      throw new LanyardError('not-found', `This site has no events Lanyard can use yet: ${why}`);
    }
    return { kind: 'choose', events: pick.choices };
  }
  const event = events.find((each) => each.id === eventId);
  if (event === undefined) throw unknownEvent(eventId);
  const at = eventDayAt(event, now);
  if (at.kind === 'day') return { event, day: { n: at.n, date: at.date } };
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
 * Opens the post already written for the event's day, or writes it: title from the event's title
 * template, front matter with its tags, layout and id, body from its template.
 */
async function newDayPost(context: HandlerContext, site: OpenSite, eventId: string | null): Promise<DayPostOutcome> {
  const now = new Date();
  const found = await dayToWrite(site.root, eventId, now.getTime());
  if ('kind' in found) return found;
  const { event, day } = found;
  const title = dayPostTitle(event, day).text;
  const posts = site.index.list();
  const existingId = existingDayPost(posts, event, day.n, title);
  const existing = posts.find((post) => post.id === existingId);
  if (existing !== undefined) return { kind: 'existing', post: existing, event, n: day.n };
  const body = await dayBody(context, site.root, event, day);
  const { id } = await createPost(site.profile, title, now, {
    frontMatter: (lines) => dayPostFrontMatter(lines, event),
    body,
  });
  await site.refreshAfterWrite(id);
  context.host.emit('posts.changed', { ids: [id] });
  // The index has it unless the file changed again at once; the row is then refreshed by the watcher.
  const post: PostSummary = site.index.get(id) ?? {
    id,
    title,
    date: null,
    tags: event.tags,
    draft: false,
    event: event.id,
    readable: true,
    problem: null,
  };
  return { kind: 'created', post, event, n: day.n };
}

/** The id an event is saved under: its own, else the one it replaces, else a free one from its name. */
async function idToSave(root: string, { event, replacing }: ChannelInput<'events.save'>): Promise<string> {
  if (event.id !== undefined && event.id !== null && event.id !== '') return event.id;
  if (replacing !== null) return replacing;
  const taken = (await readEvents(root)).events.map((each) => each.id);
  return newEventId(event.name, taken);
}

/** An event as checked for saving, with the id it is saved under. */
async function eventToSave(root: string, request: ChannelInput<'events.save'>): Promise<SiteEvent> {
  const checked = checkEvent({ ...request.event, id: await idToSave(root, request) });
  if (checked.event === null) throw new LanyardError('invalid-argument', checked.problems.join(' '));
  return checked.event;
}

/** What the writer should know about an event just saved: the events it overlaps, a template there is not. */
async function warningsFor(context: HandlerContext, root: string, event: SiteEvent): Promise<string[]> {
  const { events } = await readEvents(root);
  const overlaps = overlappingEvents(events)
    .filter((overlap) => overlap.events.some((each) => each.id === event.id))
    .map((overlap) => overlap.message);
  const template = await readEventTemplate(root, context.host.templatesDir, event.template).then(
    () => [],
    (error: unknown) => {
      if (error instanceof LanyardError) return [error.message];
      throw error;
    },
  );
  return [...overlaps, ...template];
}

/** The entry with its post's public URL, when the site's config tells it. */
async function withUrl(site: OpenSite, entry: SeriesEntry | null): Promise<SeriesEntry | null> {
  if (entry === null) return null;
  const { text } = await readPost(site.root, entry.id);
  return { ...entry, url: await publicUrlOf(site.profile, entry.id, text) };
}

/** The handlers of the site's events: the events file, day posts and their series. */
export function createEventHandlers(
  context: HandlerContext,
  requireSite: (context: HandlerContext) => OpenSite,
): Pick<Handlers, 'events.list' | 'events.save' | 'events.remove' | 'events.newDayPost' | 'events.seriesLinks'> {
  // One day post at a time, so a double click finds the post the first click wrote.
  let writingDayPost: Promise<unknown> = Promise.resolve();

  return {
    'events.list': async () => {
      const site = requireSite(context);
      const { events, problems } = await readEvents(site.root);
      try {
        const templates = await listEventTemplates(site.root, context.host.templatesDir);
        return { events, problems, templates: templates.map((template) => template.name) };
      } catch (error) {
        if (!(error instanceof LanyardError)) throw error;
        return { events, problems: [...problems, error.message], templates: [] };
      }
    },

    'events.save': async (request) => {
      const site = requireSite(context);
      const event = await eventToSave(site.root, request);
      await saveEvent(site.root, event, request.replacing);
      return { event, warnings: await warningsFor(context, site.root, event) };
    },

    'events.remove': async ({ id }) => {
      await removeEvent(requireSite(context).root, id);
    },

    'events.newDayPost': ({ eventId }) => {
      const site = requireSite(context);
      const run = writingDayPost.then(() => newDayPost(context, site, eventId));
      writingDayPost = run.catch(() => undefined);
      return run;
    },

    'events.seriesLinks': async ({ id }) => {
      const site = requireSite(context);
      await site.assertPostId(id);
      const ownEvent = site.index.get(id)?.event ?? null;
      if (ownEvent === null) {
        throw new LanyardError(
          'not-found',
          'This post belongs to no event: series links join the posts whose front matter names one (event: devconf-2026).',
        );
      }
      const event = (await readEvents(site.root)).events.find((each) => each.id === ownEvent);
      if (event === undefined) throw unknownEvent(ownEvent);
      const readable = site.index.list().filter((post) => post.readable);
      const series = eventSeries(readable, event).map(({ post, n }) => ({
        id: post.id,
        n,
        title: post.title,
        url: null,
      }));
      const { previous, next } = seriesNeighbours(series, id);
      return { previous: await withUrl(site, previous), next: await withUrl(site, next) };
    },
  };
}
