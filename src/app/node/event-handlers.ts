import type { ChannelInput, Handlers } from '../../api/contract';
import { LanyardError } from '../../api/lanyard-error';
import { checkEvent, newEventId, overlappingEvents, type SiteEvent } from '../../events/event';
import { listEventTemplates, readEventTemplate } from '../../events/node/event-templates';
import { readEvents, removeEvent, saveEvent } from '../../events/node/events-file';
import type { HandlerContext } from './core-handlers';
import { dayPostFor, unknownEvent } from './day-post-writer';
import { writeSeriesLinks } from './event-series-writer';
import { hostNow } from './host-adapters';
import type { OpenSite } from './open-site';
import { captureNote } from './quick-capture';
import { recordWordsToday, updateWritingSettings, writingSettingsOf } from './writing-settings';

type EventChannel =
  | 'events.list'
  | 'events.save'
  | 'events.remove'
  | 'events.newDayPost'
  | 'events.capture'
  | 'events.syncSeries'
  | 'writing.settings'
  | 'writing.updateSettings'
  | 'writing.recordWords';

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

/** The handlers of the site's events: the events file, day posts, quick notes, series links, and the writer's settings. */
export function createEventHandlers(
  context: HandlerContext,
  requireSite: (context: HandlerContext) => OpenSite,
): Pick<Handlers, EventChannel> {
  // One day post at a time, so a double click (or a quick note) finds the post the first one wrote.
  let writingDayPost: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writingDayPost.then(work);
    writingDayPost = run.catch(() => undefined);
    return run;
  };

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

    'events.newDayPost': ({ eventId, day }) => {
      const site = requireSite(context);
      if (day !== null && eventId === null) {
        throw new LanyardError('invalid-argument', 'Name the event whose day to write.');
      }
      return oneAtATime(() => dayPostFor(context, site, eventId, hostNow(context.host), day));
    },

    'events.capture': ({ eventId, text }) => {
      const site = requireSite(context);
      return oneAtATime(() => captureNote(context, site, eventId, text));
    },

    'events.syncSeries': ({ id }) => {
      const site = requireSite(context);
      return oneAtATime(async () => {
        const event = (await readEvents(site.root)).events.find((each) => each.id === id);
        if (event === undefined) throw unknownEvent(id);
        const written = await writeSeriesLinks(site, context.host, event, 'every-post');
        if (written.changed.length > 0) context.host.emit('posts.changed', { ids: written.changed });
        return written;
      });
    },

    'writing.settings': () => Promise.resolve(writingSettingsOf(context.host)),

    'writing.updateSettings': (patch) => Promise.resolve(updateWritingSettings(context.host, patch)),

    'writing.recordWords': async ({ id, words, day }) => {
      const site = requireSite(context);
      await site.assertPostId(id);
      return recordWordsToday(context.host, site.root, id, words, day);
    },
  };
}
