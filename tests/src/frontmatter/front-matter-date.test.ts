import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dateFromPickerValue,
  dateToPickerValue,
  defaultDateFormat,
  formatFrontMatterDate,
  isValidTimeZone,
  mostCommonDateFormat,
  parseFrontMatterDate,
  wallTimeAt,
  zoneOffsetMinutes,
  type DateFormat,
  type WallTime,
} from '../../../src/frontmatter/front-matter-date';

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

const wall = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
  millisecond,
});
const format = (overrides: Partial<DateFormat>): DateFormat => ({ ...defaultDateFormat, ...overrides });
const dateOnly: DateFormat = format({ time: false, seconds: false, offset: 'none', spaceBeforeOffset: false });

/** The wall time `minutes` later, computed with Date's own calendar arithmetic. */
function shifted(time: WallTime, minutes: number): WallTime {
  const date = new Date(0);
  date.setUTCFullYear(time.year, time.month - 1, time.day);
  date.setUTCHours(time.hour, time.minute + minutes, time.second, time.millisecond);
  return wall(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

const wallAsUtc = ({ year, month, day, hour, minute, second, millisecond }: WallTime) =>
  Date.UTC(year, month - 1, day, hour, minute, second, millisecond);

/** Epoch milliseconds a parsed text denotes (texts here always carry an offset). */
function instantOf(text: string): number {
  const parsed = parseFrontMatterDate(text);
  if (parsed === null) throw new Error(`not a date: ${text}`);
  return wallAsUtc(parsed.wall) - (parsed.offsetMinutes ?? 0) * 60_000;
}

describe('parseFrontMatterDate', () => {
  const iso = (overrides: Partial<DateFormat>) => format({ separator: 'T', spaceBeforeOffset: false, ...overrides });
  it.each([
    ['2022-11-28', wall(2022, 11, 28), dateOnly, null],
    ['2022-11-28 09:30:00 -0800', wall(2022, 11, 28, 9, 30), defaultDateFormat, -480],
    ['2022-11-28T09:30:00+01:00', wall(2022, 11, 28, 9, 30), iso({ offset: 'hh:mm' }), 60],
    ['2022-11-28T09:30:00.123Z', wall(2022, 11, 28, 9, 30, 0, 123), iso({ fractionDigits: 3, offset: 'Z' }), 0],
    [
      '2022-11-28 9:05',
      wall(2022, 11, 28, 9, 5),
      format({ seconds: false, offset: 'none', spaceBeforeOffset: false }),
      null,
    ],
    ['2022-11-28T09:30+05', wall(2022, 11, 28, 9, 30), iso({ seconds: false, offset: 'hh:mm' }), 300],
    ['2022-11-28 09:30:00 Z', wall(2022, 11, 28, 9, 30), format({ offset: 'Z' }), 0],
    [
      '2022-11-28 09:30:07.5 -03:30',
      wall(2022, 11, 28, 9, 30, 7, 500),
      format({ fractionDigits: 1, offset: 'hh:mm' }),
      -210,
    ],
    [
      '2022-11-28T09:30:00.123456-00:00',
      wall(2022, 11, 28, 9, 30, 0, 123),
      iso({ fractionDigits: 6, offset: 'hh:mm' }),
      0,
    ],
    ['0099-02-28T23:59:59+1400', wall(99, 2, 28, 23, 59, 59), iso({}), 840],
  ])('reads %s', (text, expectedWall, expectedFormat, offset) => {
    expect(parseFrontMatterDate(text)).toEqual({ wall: expectedWall, format: expectedFormat, offsetMinutes: offset });
  });

  it('knows leap years', () => {
    expect(parseFrontMatterDate('2024-02-29')?.wall.day).toBe(29);
    expect(parseFrontMatterDate('2000-02-29')?.wall.day).toBe(29);
    expect(parseFrontMatterDate('2023-02-29')).toBeNull();
    expect(parseFrontMatterDate('1900-02-29')).toBeNull();
  });

  it.each([
    '2023-02-30',
    '2022-04-31',
    '2022-13-01',
    '2022-00-10',
    '2022-11-00',
    '2022-11-28 25:00',
    '2022-11-28 24:00',
    '2022-11-28 09:60',
    '2022-11-28 09:30:60',
    '2022-11-28 09:30 +2400',
    '2022-11-28 09:30 +05:60',
    '2022-11-28  09:30',
    '2022-11-28 09:30:00  -0800',
    '2022-11-28 09:30.5',
    '2022-11-28t09:30',
    '2022-11-28T',
    '2022-11-28 +01:00',
    '22-11-28',
    '2022-1-28',
    ' 2022-11-28',
    '2022-11-28\n',
    'tomorrow',
    '',
  ])('rejects %j', (text) => {
    expect(parseFrontMatterDate(text)).toBeNull();
  });
});

const formatArbitrary: fc.Arbitrary<DateFormat> = fc.oneof(
  fc.constant(dateOnly),
  fc
    .record({
      separator: fc.constantFrom<' ' | 'T'>(' ', 'T'),
      seconds: fc.boolean(),
      fractionDigits: fc.integer({ min: 0, max: 9 }),
      offset: fc.constantFrom<DateFormat['offset']>('none', 'Z', 'hhmm', 'hh:mm'),
      spaceBeforeOffset: fc.boolean(),
    })
    .map((picked) => ({
      ...picked,
      time: true,
      fractionDigits: picked.seconds ? picked.fractionDigits : 0,
      spaceBeforeOffset: picked.offset !== 'none' && picked.spaceBeforeOffset,
    })),
);
const wallArbitrary: fc.Arbitrary<WallTime> = fc
  .record({
    year: fc.integer({ min: 1, max: 9998 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    millisecond: fc.integer({ min: 0, max: 999 }),
  })
  .map((time) => ({ ...time, day: Math.min(time.day, new Date(Date.UTC(time.year, time.month, 0)).getUTCDate()) }));
const offsetArbitrary = fc.integer({ min: -(24 * 60 - 1), max: 24 * 60 - 1 });

/** The wall time as far as `format` writes it. */
function toPrecision(time: WallTime, dateFormat: DateFormat): WallTime {
  if (!dateFormat.time) return wall(time.year, time.month, time.day);
  if (!dateFormat.seconds) return { ...time, second: 0, millisecond: 0 };
  const unit = 10 ** Math.max(0, 3 - dateFormat.fractionDigits);
  return { ...time, millisecond: Math.floor(time.millisecond / unit) * unit };
}

describe('formatFrontMatterDate', () => {
  it('writes each style the sites use', () => {
    const time = wall(2022, 11, 28, 9, 30, 5, 250);
    expect(formatFrontMatterDate(time, defaultDateFormat, -480)).toBe('2022-11-28 09:30:05 -0800');
    expect(formatFrontMatterDate(time, dateOnly, -480)).toBe('2022-11-28');
    const iso = format({ separator: 'T', offset: 'hh:mm', spaceBeforeOffset: false, fractionDigits: 2 });
    expect(formatFrontMatterDate(time, iso, 330)).toBe('2022-11-28T09:30:05.25+05:30');
    expect(formatFrontMatterDate(time, format({ seconds: false, offset: 'none' }), 60)).toBe('2022-11-28 09:30');
    expect(formatFrontMatterDate(time, format({ fractionDigits: 6 }), 0)).toBe('2022-11-28 09:30:05.250000 +0000');
  });

  it('converts to UTC for Z, across a day and a year', () => {
    const utc = format({ separator: 'T', offset: 'Z', spaceBeforeOffset: false });
    expect(formatFrontMatterDate(wall(2023, 1, 1, 1, 30), utc, 120)).toBe('2022-12-31T23:30:00Z');
    expect(formatFrontMatterDate(wall(2022, 12, 31, 23, 0), utc, -90)).toBe('2023-01-01T00:30:00Z');
  });

  it('refuses a wall time or offset it could not write back', () => {
    expect(() => formatFrontMatterDate(wall(2023, 2, 29), defaultDateFormat, 0)).toThrow(/not a date/);
    expect(() => formatFrontMatterDate(wall(10000, 1, 1), defaultDateFormat, 0)).toThrow(/not a date/);
    expect(() => formatFrontMatterDate(wall(2023, 2, 1), defaultDateFormat, 1440)).toThrow(/offset/);
    expect(() => formatFrontMatterDate(wall(2023, 2, 1), defaultDateFormat, 0.5)).toThrow(/offset/);
  });

  it('reads back the format, wall time and offset it wrote, for every format', () => {
    fc.assert(
      fc.property(wallArbitrary, formatArbitrary, offsetArbitrary, (time, dateFormat, offset) => {
        const parsed = parseFrontMatterDate(formatFrontMatterDate(time, dateFormat, offset));
        expect(parsed?.format).toEqual(dateFormat);
        if (dateFormat.offset === 'Z') {
          expect(parsed?.wall).toEqual(toPrecision(shifted(time, -offset), dateFormat));
          expect(parsed?.offsetMinutes).toBe(0);
        } else {
          expect(parsed?.wall).toEqual(toPrecision(time, dateFormat));
          expect(parsed?.offsetMinutes).toBe(dateFormat.offset === 'none' ? null : offset);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mostCommonDateFormat', () => {
  it('takes the majority and ignores what is not a date', () => {
    const samples = ['2022-11-28', '2022-11-29 10:00:00 +0000', '2022-11-30', 'soon', '2022-02-30'];
    expect(mostCommonDateFormat(samples)).toEqual(dateOnly);
  });

  it('breaks ties by precision, in either order, then by first seen', () => {
    const withTime = '2022-11-28 10:00:00 +0100';
    expect(mostCommonDateFormat(['2022-11-28', withTime])).toEqual(defaultDateFormat);
    expect(mostCommonDateFormat([withTime, '2022-11-28'])).toEqual(defaultDateFormat);
    expect(mostCommonDateFormat(['2022-11-28 10:00', '2022-11-28 10:00:00'])?.seconds).toBe(true);
    expect(mostCommonDateFormat(['2022-11-28T10:00Z', '2022-11-28T10:00'])?.offset).toBe('Z');
    expect(mostCommonDateFormat(['2022-11-28T10:00', '2022-11-28 10:00'])?.separator).toBe('T');
    expect(mostCommonDateFormat(['2022-11-28 10:00', '2022-11-28T10:00'])?.separator).toBe(' ');
  });

  it('answers null when nothing parses', () => {
    expect(mostCommonDateFormat([])).toBeNull();
    expect(mostCommonDateFormat(['next week'])).toBeNull();
  });
});

describe('time zones', () => {
  it('knows IANA zones and nothing else', () => {
    for (const zone of ['Europe/Lisbon', 'UTC', 'Asia/Kolkata', 'Pacific/Kiritimati'])
      expect(isValidTimeZone(zone)).toBe(true);
    for (const zone of ['Mars/Olympus', '', '+01:00', 'Z']) expect(isValidTimeZone(zone)).toBe(false);
  });

  it('gives the wall time at an instant in a zone, half hours and date lines included', () => {
    const noon = Date.UTC(2024, 6, 1, 12, 0, 0, 250);
    expect(wallTimeAt(noon, 'Europe/Lisbon')).toEqual(wall(2024, 7, 1, 13, 0, 0, 250));
    expect(wallTimeAt(noon, 'Asia/Kolkata')).toEqual(wall(2024, 7, 1, 17, 30, 0, 250));
    expect(wallTimeAt(noon, 'America/Los_Angeles')).toEqual(wall(2024, 7, 1, 5, 0, 0, 250));
    expect(wallTimeAt(noon, 'Pacific/Kiritimati')).toEqual(wall(2024, 7, 2, 2, 0, 0, 250));
    expect(wallTimeAt(-1, 'UTC')).toEqual(wall(1969, 12, 31, 23, 59, 59, 999));
    expect(wallTimeAt(new Date('0050-03-01T00:00:00Z').getTime(), 'UTC')).toEqual(wall(50, 3, 1));
  });

  it("uses the machine's zone when given none", () => {
    process.env.TZ = 'Asia/Kolkata';
    expect(wallTimeAt(Date.UTC(2024, 0, 1), null)).toEqual(wall(2024, 1, 1, 5, 30));
    expect(zoneOffsetMinutes(wall(2024, 1, 1), null)).toBe(330);
    process.env.TZ = 'America/Los_Angeles';
    expect(wallTimeAt(Date.UTC(2024, 0, 1), null)).toEqual(wall(2023, 12, 31, 16));
  });

  it('refuses an unknown zone with a clear error', () => {
    expect(() => wallTimeAt(0, 'Mars/Olympus')).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => zoneOffsetMinutes(wall(2024, 1, 1), 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });

  it('gives the offset in force at a wall time, with summer time', () => {
    expect(zoneOffsetMinutes(wall(2024, 1, 15, 12), 'Europe/Lisbon')).toBe(0);
    expect(zoneOffsetMinutes(wall(2024, 7, 15, 12), 'Europe/Lisbon')).toBe(60);
    expect(zoneOffsetMinutes(wall(2024, 7, 15, 12), 'America/Los_Angeles')).toBe(-420);
    expect(zoneOffsetMinutes(wall(2024, 7, 15, 12), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(wall(2024, 7, 15, 12), 'UTC')).toBe(0);
  });

  it('reads a wall time skipped in spring with the offset from before the jump', () => {
    expect(zoneOffsetMinutes(wall(2024, 3, 10, 2, 30), 'America/Los_Angeles')).toBe(-480);
    expect(zoneOffsetMinutes(wall(2024, 3, 10, 3, 0), 'America/Los_Angeles')).toBe(-420);
    expect(zoneOffsetMinutes(wall(2024, 3, 31, 1, 30), 'Europe/Lisbon')).toBe(0);
    // Samoa skipped all of 30 December 2011 moving from -10 to +14.
    expect(zoneOffsetMinutes(wall(2011, 12, 30, 12), 'Pacific/Apia')).toBe(-600);
  });

  it('reads a wall time repeated in autumn as its first occurrence, in summer time', () => {
    expect(zoneOffsetMinutes(wall(2024, 11, 3, 1, 30), 'America/Los_Angeles')).toBe(-420);
    expect(zoneOffsetMinutes(wall(2024, 11, 3, 2, 0), 'America/Los_Angeles')).toBe(-480);
    expect(zoneOffsetMinutes(wall(2024, 10, 27, 1, 30), 'Europe/Lisbon')).toBe(60);
  });

  it('gives an offset that puts every wall time the clock shows back at that wall time', () => {
    const zoneArbitrary = fc.constantFrom(
      'Europe/Lisbon',
      'America/Los_Angeles',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
    );
    const instantArbitrary = fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2037, 0, 1) });
    fc.assert(
      fc.property(instantArbitrary, zoneArbitrary, (instant, zone) => {
        const shown = wallTimeAt(instant, zone);
        const offset = zoneOffsetMinutes(shown, zone);
        expect(wallTimeAt(wallAsUtc(shown) - offset * 60_000, zone)).toEqual(shown);
      }),
      { numRuns: 500 },
    );
  });
});

describe('dateToPickerValue', () => {
  it('shows a date-only text as a date', () => {
    expect(dateToPickerValue('2022-11-28', 'Asia/Kolkata')).toBe('2022-11-28');
  });

  it("shows a text with an offset in the site's zone, or as written without one", () => {
    expect(dateToPickerValue('2022-11-28 09:30:00 -0800', null)).toBe('2022-11-28T09:30:00');
    expect(dateToPickerValue('2022-11-28 09:30:00 -0800', 'Europe/Lisbon')).toBe('2022-11-28T17:30:00');
    expect(dateToPickerValue('2022-11-28T20:45+01:00', 'Asia/Kolkata')).toBe('2022-11-29T01:15');
    expect(dateToPickerValue('2024-07-01T12:00:00.250Z', 'America/Los_Angeles')).toBe('2024-07-01T05:00:00.250');
    expect(dateToPickerValue('2024-07-01 12:00', 'America/Los_Angeles')).toBe('2024-07-01T12:00');
  });

  it('answers null for what is not a date', () => {
    expect(dateToPickerValue('2023-02-30', 'UTC')).toBeNull();
    expect(dateToPickerValue('soon', null)).toBeNull();
  });
});

describe('dateFromPickerValue', () => {
  it("writes the picked time in the site's format with the zone's offset on that day", () => {
    expect(dateFromPickerValue('2024-07-04T09:00', defaultDateFormat, 'America/Los_Angeles')).toBe(
      '2024-07-04 09:00:00 -0700',
    );
    expect(dateFromPickerValue('2024-12-04T09:00', defaultDateFormat, 'America/Los_Angeles')).toBe(
      '2024-12-04 09:00:00 -0800',
    );
    const iso = format({ separator: 'T', offset: 'Z', spaceBeforeOffset: false, fractionDigits: 3 });
    expect(dateFromPickerValue('2024-07-04T09:00:30.5', iso, 'Asia/Kolkata')).toBe('2024-07-04T03:30:30.500Z');
    expect(dateFromPickerValue('2024-07-04T09:00', format({ offset: 'none' }), 'Asia/Kolkata')).toBe(
      '2024-07-04 09:00:00',
    );
  });

  it('drops the time for a date-only format and reads a bare date as midnight', () => {
    expect(dateFromPickerValue('2024-07-04T23:30', dateOnly, 'Pacific/Kiritimati')).toBe('2024-07-04');
    expect(dateFromPickerValue('2024-07-04', defaultDateFormat, 'Europe/Lisbon')).toBe('2024-07-04 00:00:00 +0100');
  });

  it("without a zone keeps the field's offset, else uses the machine's", () => {
    const previous = '2024-01-01 10:00:00 -0330';
    expect(dateFromPickerValue('2024-07-04T09:00', defaultDateFormat, null, previous)).toBe(
      '2024-07-04 09:00:00 -0330',
    );
    process.env.TZ = 'Asia/Kolkata';
    expect(dateFromPickerValue('2024-07-04T09:00', defaultDateFormat, null, '2024-01-01')).toBe(
      '2024-07-04 09:00:00 +0530',
    );
    expect(dateFromPickerValue('2024-07-04T09:00', defaultDateFormat, null)).toBe('2024-07-04 09:00:00 +0530');
  });

  it('writes a time skipped in spring with the standard offset, and keeps the occurrence of a repeated one', () => {
    const la = 'America/Los_Angeles';
    expect(dateFromPickerValue('2024-03-10T02:30', defaultDateFormat, la)).toBe('2024-03-10 02:30:00 -0800');
    expect(dateFromPickerValue('2024-11-03T01:30', defaultDateFormat, la)).toBe('2024-11-03 01:30:00 -0700');
    const second = '2024-11-03 01:30:00 -0800';
    expect(dateToPickerValue(second, la)).toBe('2024-11-03T01:30:00');
    expect(dateFromPickerValue('2024-11-03T01:30:00', defaultDateFormat, la, second)).toBe(second);
    // An offset the wall time cannot have in the zone is not kept.
    expect(dateFromPickerValue('2024-07-04T09:00', defaultDateFormat, la, second)).toBe('2024-07-04 09:00:00 -0700');
  });

  it.each(['2024-02-30', '2024-07-04 09:00', '2024-07-04T9:00', '2024-07-04T09:00Z', '2024-07-04T24:00', 'x', ''])(
    'answers null for the picker value %j',
    (value) => {
      expect(dateFromPickerValue(value, defaultDateFormat, 'UTC')).toBeNull();
    },
  );
});

describe('picker round trip', () => {
  const zones = ['Europe/Lisbon', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC'];
  /** Instants anywhere, and close to the 2024 summer-time changes of Lisbon and Los Angeles. */
  const instantArbitrary = fc.oneof(
    fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2037, 0, 1) }),
    fc
      .constantFrom(
        Date.UTC(2024, 2, 10, 10),
        Date.UTC(2024, 10, 3, 9),
        Date.UTC(2024, 2, 31, 1),
        Date.UTC(2024, 9, 27, 1),
      )
      .chain((change) => fc.integer({ min: change - 3 * 3_600_000, max: change + 3 * 3_600_000 })),
  );
  const offsetFormatArbitrary = formatArbitrary.filter((dateFormat) => dateFormat.offset !== 'none');

  it('comes back to the same instant, and to the same text when the offset is the zone’s own', () => {
    fc.assert(
      fc.property(
        instantArbitrary,
        fc.constantFrom(...zones, null),
        offsetFormatArbitrary,
        fc.option(offsetArbitrary),
        (instant, zone, dateFormat, otherOffset) => {
          const zoneOffset = (wallAsUtc(wallTimeAt(instant, zone)) - instant) / 60_000;
          const offset = otherOffset ?? zoneOffset;
          const text = formatFrontMatterDate(shifted(wallTimeAt(instant, 'UTC'), offset), dateFormat, offset);
          const back = dateFromPickerValue(dateToPickerValue(text, zone) ?? '', dateFormat, zone, text);
          expect(back).not.toBeNull();
          expect(instantOf(back ?? '')).toBe(instantOf(text));
          if (zone === null || dateFormat.offset === 'Z' || offset === zoneOffset) expect(back).toBe(text);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives back a text with no offset unchanged, whatever the zone', () => {
    fc.assert(
      fc.property(wallArbitrary, formatArbitrary, fc.constantFrom(...zones, null), (time, dateFormat, zone) => {
        const text = formatFrontMatterDate(time, { ...dateFormat, offset: 'none', spaceBeforeOffset: false }, 0);
        const parsed = parseFrontMatterDate(text);
        expect(dateFromPickerValue(dateToPickerValue(text, zone) ?? '', parsed?.format ?? dateOnly, zone, text)).toBe(
          text,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
