import { describe, expect, it } from 'vitest';
import {
  calendarDateText,
  dayIndexAt,
  dayIndexOf,
  dayStartInstant,
  parseCalendarDate,
  weekdayName,
} from '../../../src/events/calendar-date';
import { at } from './site-event';

describe('calendar dates', () => {
  it('counts days from 1970-01-01 and writes them back, leap days and early years included', () => {
    expect(parseCalendarDate('1970-01-01')).toBe(0);
    expect(parseCalendarDate('2028-02-29')).toBe(dayIndexOf({ year: 2028, month: 2, day: 29 }));
    expect((parseCalendarDate('2028-03-01') ?? 0) - (parseCalendarDate('2028-02-28') ?? 0)).toBe(2);
    for (const text of ['2026-12-31', '2027-01-01', '0099-06-15', '1969-12-31']) {
      expect(calendarDateText(parseCalendarDate(text) ?? NaN)).toBe(text);
    }
  });

  it('reads only a real YYYY-MM-DD', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-1-5', '2026-01-05 10:00', ' 2026-01-05', '']) {
      expect(parseCalendarDate(text)).toBeNull();
    }
  });

  it('gives the calendar day of an instant in a zone', () => {
    const instant = at('2026-03-13T12:00:00Z');
    expect(calendarDateText(dayIndexAt(instant, 'Pacific/Kiritimati'))).toBe('2026-03-14');
    expect(calendarDateText(dayIndexAt(instant, 'Pacific/Pago_Pago'))).toBe('2026-03-13');
  });

  it('starts a day at its midnight in the zone, and at the jump where summer time skips midnight', () => {
    expect(dayStartInstant(parseCalendarDate('2026-07-01') ?? 0, 'Europe/Berlin')).toBe(at('2026-06-30T22:00:00Z'));
    expect(dayStartInstant(parseCalendarDate('2026-09-06') ?? 0, 'America/Santiago')).toBe(at('2026-09-06T04:00:00Z'));
    expect(dayStartInstant(parseCalendarDate('2026-09-05') ?? 0, 'America/Santiago')).toBe(at('2026-09-05T04:00:00Z'));
  });

  it('names the weekday in a locale', () => {
    const day = parseCalendarDate('2026-03-14') ?? 0;
    expect(weekdayName(day, 'en')).toBe('Saturday');
    expect(weekdayName(day, 'de')).toBe('Samstag');
  });
});
