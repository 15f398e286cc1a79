import { calendarDateText, dayIndexAt, parseCalendarDate } from './calendar-date';
import type { SiteEvent } from './event';

/** A day of an event: Day `n`, on `date` (`YYYY-MM-DD`) in the event's zone. */
export interface DayOfEvent {
  n: number;
  date: string;
}

/** Where an instant falls for an event: on one of its days, or that many calendar days before or after it. */
export type EventDay =
  ({ kind: 'day' } & DayOfEvent) | { kind: 'before'; daysUntil: number } | { kind: 'after'; daysSince: number };

/** An event with where an instant falls for it. */
export interface EventAt {
  event: SiteEvent;
  day: EventDay;
}

/** What "New day post" does: use the one running event, or ask among these, nearest first. */
export type EventPick = { kind: 'running'; event: SiteEvent; day: DayOfEvent } | { kind: 'ask'; choices: EventAt[] };

/**
 * Which day of the event an instant falls on, counting calendar days in the event's zone: at
 * 08:00 in Berlin a Las Vegas event is still on the previous day. Before the first day it gives
 * the days until it starts, after the last the days since it ended.
 */
export function eventDayAt(event: SiteEvent, instant: number): EventDay {
  const today = dayIndexAt(instant, event.timezone);
  const first = parseCalendarDate(event.start) ?? today;
  const last = parseCalendarDate(event.end) ?? today;
  if (today < first) return { kind: 'before', daysUntil: first - today };
  if (today > last) return { kind: 'after', daysSince: today - last };
  return { kind: 'day', n: today - first + 1, date: calendarDateText(today) };
}

/** How far an event is from its own days; 0 while it runs. */
function distance(day: EventDay): number {
  if (day.kind === 'before') return day.daysUntil;
  return day.kind === 'after' ? day.daysSince : 0;
}

/**
 * Every event with where the instant falls for it, nearest first: the running ones (by start),
 * then by days away, an upcoming event before one as long past.
 */
export function eventsByNearness(events: readonly SiteEvent[], instant: number): EventAt[] {
  const rank = (at: EventAt) => [distance(at.day), at.day.kind === 'after' ? 1 : 0];
  return events
    .map((event) => ({ event, day: eventDayAt(event, instant) }))
    .sort((a, b) => {
      const [left, right] = [rank(a), rank(b)];
      const byRank = (left[0] ?? 0) - (right[0] ?? 0) || (left[1] ?? 0) - (right[1] ?? 0);
      return byRank || a.event.start.localeCompare(b.event.start) || a.event.name.localeCompare(b.event.name);
    });
}

/** The events running at the instant, each on its day, by start. */
export function runningEvents(
  events: readonly SiteEvent[],
  instant: number,
): Array<{ event: SiteEvent; day: DayOfEvent }> {
  return eventsByNearness(events, instant).flatMap(({ event, day }) =>
    day.kind === 'day' ? [{ event, day: { n: day.n, date: day.date } }] : [],
  );
}

/** The event nearest the instant: one running, else the one fewest days away; null when there is none. */
export function nearestEvent(events: readonly SiteEvent[], instant: number): EventAt | null {
  return eventsByNearness(events, instant)[0] ?? null;
}

/** The one running event, or the events to ask among: the running ones when several are, else all (none when the site has none). */
export function pickEvent(events: readonly SiteEvent[], instant: number): EventPick {
  const running = runningEvents(events, instant);
  if (running.length === 1 && running[0] !== undefined) return { kind: 'running', ...running[0] };
  const choices = eventsByNearness(events, instant);
  return { kind: 'ask', choices: running.length > 1 ? choices.filter((at) => at.day.kind === 'day') : choices };
}

function daysText(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** Why a day post cannot be for an event that is not running, in plain words; null when it is running. */
export function notRunningMessage(event: SiteEvent, day: EventDay): string | null {
  if (day.kind === 'before') {
    const when = day.daysUntil === 1 ? 'tomorrow' : `in ${daysText(day.daysUntil)}`;
    return `${event.name} starts ${when}, on ${event.start} (${event.timezone}); there is no day post to write yet.`;
  }
  if (day.kind === 'after') {
    const when = day.daysSince === 1 ? 'yesterday' : `${daysText(day.daysSince)} ago`;
    return `${event.name} ended ${when}, on ${event.end} (${event.timezone}).`;
  }
  return null;
}
