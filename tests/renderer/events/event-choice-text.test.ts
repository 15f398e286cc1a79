import { describe, expect, it } from 'vitest';
import { eventsByNearness, type EventAt } from '../../../src/events/event-day';
import { choiceText, runningFirst } from '../../../renderer/src/events/event-choice-text';
import { at, siteEvent } from '../../src/events/site-event';

const devconf = siteEvent();

describe('choiceText', () => {
  it('names the running day and how many days the event has', () => {
    expect(choiceText({ event: devconf, day: { kind: 'day', n: 2, date: '2026-01-07' } })).toBe('Day 2 of 3 today');
    expect(choiceText({ event: devconf, day: { kind: 'day', n: 3, date: '2026-01-08' } })).toBe('Day 3 of 3 today');
  });

  it('does not count "of 1" for a one-day event', () => {
    const meetup = siteEvent({ start: '2026-02-01', end: '2026-02-01' });
    expect(choiceText({ event: meetup, day: { kind: 'day', n: 1, date: '2026-02-01' } })).toBe('Today, its only day');
  });

  it('leaves the count out when the dates cannot be read', () => {
    const broken = siteEvent({ end: 'soon' });
    expect(choiceText({ event: broken, day: { kind: 'day', n: 2, date: '2026-01-07' } })).toBe('Day 2 today');
  });

  it('says when an upcoming event starts, with its first day', () => {
    expect(choiceText({ event: devconf, day: { kind: 'before', daysUntil: 1 } })).toBe('starts tomorrow (2026-01-06)');
    expect(choiceText({ event: devconf, day: { kind: 'before', daysUntil: 3 } })).toBe('starts in 3 days (2026-01-06)');
  });

  it('says how long ago a past event ended', () => {
    expect(choiceText({ event: devconf, day: { kind: 'after', daysSince: 1 } })).toBe('ended yesterday');
    expect(choiceText({ event: devconf, day: { kind: 'after', daysSince: 2 } })).toBe('ended 2 days ago');
  });

  it('follows the event days the core computes', () => {
    const [choice] = eventsByNearness([devconf], at('2026-01-07T20:00:00Z'));
    expect(choice && choiceText(choice)).toBe('Day 2 of 3 today');
  });
});

describe('runningFirst', () => {
  const upcoming: EventAt = { event: siteEvent({ id: 'soon' }), day: { kind: 'before', daysUntil: 1 } };
  const past: EventAt = { event: siteEvent({ id: 'past' }), day: { kind: 'after', daysSince: 1 } };
  const runningA: EventAt = { event: siteEvent({ id: 'a' }), day: { kind: 'day', n: 1, date: '2026-01-06' } };
  const runningB: EventAt = { event: siteEvent({ id: 'b' }), day: { kind: 'day', n: 2, date: '2026-01-07' } };

  it('puts the running events first and keeps the given order within each group', () => {
    const ids = runningFirst([upcoming, runningA, past, runningB]).map((choice) => choice.event.id);
    expect(ids).toEqual(['a', 'b', 'soon', 'past']);
  });

  it('leaves a list without running events as it is', () => {
    expect(runningFirst([past, upcoming])).toEqual([past, upcoming]);
  });
});
