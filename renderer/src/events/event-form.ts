import { defaultEventTemplate, defaultTitleTemplate, type SiteEvent } from '../../../src/events/event';
import { eventDayAt } from '../../../src/events/event-day';

/** An event as the form holds it while the writer types: every field as text, series links on or off. */
export interface EventDraft {
  name: string;
  start: string;
  end: string;
  timezone: string;
  location: string;
  hashtag: string;
  link: string;
  /** Comma separated, as typed. */
  tags: string;
  titleTemplate: string;
  template: string;
  cover: string;
  layout: string;
  seriesLinks: boolean;
}

/**
 * An event as the form sends it to be saved. No id: a new event gets a free one from its name,
 * an edited one keeps the id it replaces.
 */
export type EventFormInput = Omit<SiteEvent, 'id' | 'titleTemplate' | 'template'> & {
  titleTemplate: string | null;
  template: string | null;
};

/** The form's fields for an event, or for a new one in `timeZone` with the default title and template. */
export function draftOf(event: SiteEvent | null, timeZone: string): EventDraft {
  return {
    name: event?.name ?? '',
    start: event?.start ?? '',
    end: event?.end ?? '',
    timezone: event?.timezone ?? timeZone,
    location: event?.location ?? '',
    hashtag: event?.hashtag ?? '',
    link: event?.link ?? '',
    tags: event?.tags.join(', ') ?? '',
    titleTemplate: event?.titleTemplate ?? defaultTitleTemplate,
    template: event?.template ?? defaultEventTemplate,
    cover: event?.cover ?? '',
    layout: event?.layout ?? '',
    seriesLinks: event?.seriesLinks ?? false,
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** What the form saves: text trimmed, empty optional text left unset, tags split on commas. */
export function inputOf(draft: EventDraft): EventFormInput {
  return {
    name: draft.name.trim(),
    start: draft.start.trim(),
    end: draft.end.trim(),
    timezone: draft.timezone.trim(),
    location: orNull(draft.location),
    hashtag: orNull(draft.hashtag),
    link: orNull(draft.link),
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    titleTemplate: orNull(draft.titleTemplate),
    template: orNull(draft.template),
    cover: orNull(draft.cover),
    layout: orNull(draft.layout),
    seriesLinks: draft.seriesLinks,
  };
}

/**
 * The draft with a new start date. An end that is missing or now before the start moves to the
 * start, so a one-day event needs one date picked and a changed start never leaves the dates reversed.
 */
export function withStart(draft: EventDraft, start: string): EventDraft {
  const endBefore = draft.end === '' || (start !== '' && draft.end < start);
  return { ...draft, start, end: endBefore ? start : draft.end };
}

/** The body templates to offer: the site's, plus the default and the event's own when they are missing. */
export function templateChoices(templates: readonly string[], current: string): string[] {
  const choices = [...templates];
  for (const name of [defaultEventTemplate, current.trim()]) {
    if (name !== '' && !choices.includes(name)) choices.push(name);
  }
  return choices;
}

const dateParts = (date: string): Date => new Date(`${date}T00:00:00Z`);

/**
 * An event's dates and zone, e.g. "6–8 Jan 2026, America/Los_Angeles" (in `locale`, the
 * machine's by default). The dates are calendar dates, so they are shown as written, whatever
 * zone the machine is in.
 */
export function eventDatesText(event: Pick<SiteEvent, 'start' | 'end' | 'timezone'>, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const [start, end] = [dateParts(event.start), dateParts(event.end)];
  const valid = !Number.isNaN(start.getTime()) && !Number.isNaN(end.getTime()) && start <= end;
  const dates = !valid
    ? `${event.start} to ${event.end}`
    : event.start === event.end
      ? format.format(start)
      : format.formatRange(start, end);
  return `${dates}, ${event.timezone}`;
}

/** "today: Day 2" while the event runs at `instant` (in its own zone); null before and after it. */
export function runningDayText(event: SiteEvent, instant: number): string | null {
  const day = eventDayAt(event, instant);
  return day.kind === 'day' ? `today: Day ${day.n}` : null;
}

/** What "Update series links" did, in plain words. */
export function seriesLinksText(event: Pick<SiteEvent, 'name'>, changed: readonly string[]): string {
  if (changed.length === 0) return `The day posts of ${event.name} already link to each other.`;
  const posts = changed.length === 1 ? '1 day post' : `${changed.length} day posts`;
  return `Updated the previous/next-day links in ${posts} of ${event.name}.`;
}

/** Events for the list: by first day, then by name. */
export function eventsInOrder(events: readonly SiteEvent[]): SiteEvent[] {
  return [...events].sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
}
