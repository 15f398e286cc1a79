import { describe, expect, it } from 'vitest';
import {
  eventDayAt,
  eventsByNearness,
  nearestEvent,
  notRunningMessage,
  pickEvent,
  runningEvents,
} from '../../../src/events/event-day';
import { at, siteEvent } from './site-event';

describe('eventDayAt', () => {
  const vegas = siteEvent();

  it("counts calendar days in the event's zone, not the writer's", () => {
    // 08:00 in Berlin on the 7th is still the 6th in Las Vegas.
    expect(eventDayAt(vegas, at('2026-01-07T08:00:00+01:00'))).toEqual({ kind: 'day', n: 1, date: '2026-01-06' });
    expect(eventDayAt(vegas, at('2026-01-07T08:00:00-08:00'))).toEqual({ kind: 'day', n: 2, date: '2026-01-07' });
    expect(eventDayAt(vegas, at('2026-01-08T23:59:59-08:00'))).toEqual({ kind: 'day', n: 3, date: '2026-01-08' });
  });

  it('gives the calendar days until the start and since the end', () => {
    expect(eventDayAt(vegas, at('2026-01-05T23:59:00-08:00'))).toEqual({ kind: 'before', daysUntil: 1 });
    expect(eventDayAt(vegas, at('2026-01-03T00:00:00-08:00'))).toEqual({ kind: 'before', daysUntil: 3 });
    expect(eventDayAt(vegas, at('2026-01-09T00:00:00-08:00'))).toEqual({ kind: 'after', daysSince: 1 });
    expect(eventDayAt(vegas, at('2026-02-08T12:00:00-08:00'))).toEqual({ kind: 'after', daysSince: 31 });
  });

  it('puts one instant on different days either side of the date line', () => {
    const instant = at('2026-03-13T12:00:00Z');
    const kiritimati = siteEvent({ start: '2026-03-13', end: '2026-03-15', timezone: 'Pacific/Kiritimati' });
    const pagoPago = siteEvent({ start: '2026-03-13', end: '2026-03-15', timezone: 'Pacific/Pago_Pago' });
    expect(eventDayAt(kiritimati, instant)).toEqual({ kind: 'day', n: 2, date: '2026-03-14' });
    expect(eventDayAt(pagoPago, instant)).toEqual({ kind: 'day', n: 1, date: '2026-03-13' });
    expect(eventDayAt(pagoPago, at('2026-03-13T10:59:59Z'))).toEqual({ kind: 'before', daysUntil: 1 });
  });

  it('changes day at local midnight after the clocks change', () => {
    const berlin = siteEvent({ start: '2026-03-27', end: '2026-03-31', timezone: 'Europe/Berlin' });
    // Summer time began on the 29th: midnight is 22:00 UTC, no longer 23:00.
    expect(eventDayAt(berlin, at('2026-03-30T21:59:59Z'))).toMatchObject({ n: 4, date: '2026-03-30' });
    expect(eventDayAt(berlin, at('2026-03-30T22:30:00Z'))).toMatchObject({ n: 5, date: '2026-03-31' });
    expect(eventDayAt(berlin, at('2026-03-28T22:30:00Z'))).toMatchObject({ n: 2, date: '2026-03-28' });
  });

  it('runs across a year end', () => {
    const tokyo = siteEvent({ start: '2026-12-30', end: '2027-01-02', timezone: 'Asia/Tokyo' });
    expect(eventDayAt(tokyo, at('2026-12-31T15:30:00Z'))).toEqual({ kind: 'day', n: 3, date: '2027-01-01' });
    expect(eventDayAt(tokyo, at('2027-01-02T15:00:00Z'))).toEqual({ kind: 'after', daysSince: 1 });
  });
});

describe('choosing the event', () => {
  const past = siteEvent({ id: 'past', name: 'Past', start: '2026-04-01', end: '2026-04-02', timezone: 'UTC' });
  const running = siteEvent({
    id: 'running',
    name: 'Running',
    start: '2026-04-09',
    end: '2026-04-11',
    timezone: 'UTC',
  });
  const soon = siteEvent({ id: 'soon', name: 'Soon', start: '2026-04-14', end: '2026-04-15', timezone: 'UTC' });
  const now = at('2026-04-10T12:00:00Z');
  const ids = (list: Array<{ event: { id: string } }>) => list.map(({ event }) => event.id);

  it('lists the running event first, then the nearest, upcoming before past on a tie', () => {
    expect(ids(eventsByNearness([past, soon, running], now))).toEqual(['running', 'soon', 'past']);
    const justOver = { ...past, start: '2026-04-07', end: '2026-04-08' };
    expect(ids(eventsByNearness([soon, justOver], now))).toEqual(['past', 'soon']);
    const asFarAhead = { ...soon, start: '2026-04-18', end: '2026-04-19' };
    expect(ids(eventsByNearness([past, asFarAhead], now))).toEqual(['soon', 'past']);
  });

  it('gives the running events with their day, and the nearest event', () => {
    expect(runningEvents([past, running, soon], now)).toEqual([{ event: running, day: { n: 2, date: '2026-04-10' } }]);
    expect(nearestEvent([past, soon], now)).toEqual({ event: soon, day: { kind: 'before', daysUntil: 4 } });
    expect(nearestEvent([], now)).toBeNull();
  });

  it('picks the one running event, and asks when several run or none does', () => {
    expect(pickEvent([past, running, soon], now)).toEqual({
      kind: 'running',
      event: running,
      day: { n: 2, date: '2026-04-10' },
    });
    const alsoRunning = { ...soon, id: 'also', start: '2026-04-10' };
    const several = pickEvent([past, alsoRunning, running], now);
    expect(several.kind === 'ask' && ids(several.choices)).toEqual(['running', 'also']);
    const none = pickEvent([soon, past], now);
    expect(none.kind === 'ask' && ids(none.choices)).toEqual(['soon', 'past']);
    expect(pickEvent([], now)).toEqual({ kind: 'ask', choices: [] });
  });
});

describe('notRunningMessage', () => {
  const event = siteEvent();

  it('says when the event starts or ended, in the plain words of a day', () => {
    expect(notRunningMessage(event, { kind: 'before', daysUntil: 1 })).toBe(
      'DevConf 2026 starts tomorrow, on 2026-01-06 (America/Los_Angeles); there is no day post to write yet.',
    );
    expect(notRunningMessage(event, { kind: 'before', daysUntil: 12 })).toMatch(/^DevConf 2026 starts in 12 days, /);
    expect(notRunningMessage(event, { kind: 'after', daysSince: 1 })).toBe(
      'DevConf 2026 ended yesterday, on 2026-01-08 (America/Los_Angeles).',
    );
    expect(notRunningMessage(event, { kind: 'after', daysSince: 3 })).toMatch(/^DevConf 2026 ended 3 days ago, /);
    expect(notRunningMessage(event, { kind: 'day', n: 1, date: '2026-01-06' })).toBeNull();
  });
});
