import { parseCalendarDate } from '../../../src/events/calendar-date';
import type { EventAt } from '../../../src/events/event-day';

function daysText(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** How many days the event lasts, null when its dates cannot be read. */
function dayCount(choice: EventAt): number | null {
  const first = parseCalendarDate(choice.event.start);
  const last = parseCalendarDate(choice.event.end);
  return first === null || last === null || last < first ? null : last - first + 1;
}

/**
 * Where today falls for an event, as the chooser shows it under the event's name: "Day 2 of 3
 * today", "starts in 3 days (2026-01-06)", "ended 2 days ago".
 */
export function choiceText(choice: EventAt): string {
  const { day, event } = choice;
  if (day.kind === 'before') {
    const when = day.daysUntil === 1 ? 'tomorrow' : `in ${daysText(day.daysUntil)}`;
    return `starts ${when} (${event.start})`;
  }
  if (day.kind === 'after') return day.daysSince === 1 ? 'ended yesterday' : `ended ${daysText(day.daysSince)} ago`;
  const count = dayCount(choice);
  if (count === 1) return 'Today, its only day';
  return count === null ? `Day ${day.n} today` : `Day ${day.n} of ${count} today`;
}

/** The choices with the running events first, each group kept in the order given (nearest first). */
export function runningFirst(choices: readonly EventAt[]): EventAt[] {
  const running = choices.filter((choice) => choice.day.kind === 'day');
  return [...running, ...choices.filter((choice) => choice.day.kind !== 'day')];
}
