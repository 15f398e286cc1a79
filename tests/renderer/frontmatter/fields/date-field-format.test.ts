import { describe, expect, it } from 'vitest';
import { defaultDateFormat, type DateFormat } from '../../../../src/frontmatter/front-matter-date';
import {
  dateFieldFormat,
  nowText,
  pickerStep,
  pickerValueOf,
  usableTimeZone,
  zoneLabel,
} from '../../../../renderer/src/frontmatter/fields/date-field-format';

const isoMinutes: DateFormat = {
  time: true,
  separator: 'T',
  seconds: false,
  fractionDigits: 0,
  offset: 'hh:mm',
  spaceBeforeOffset: false,
};

describe('dateFieldFormat', () => {
  it('follows the field’s own text first', () => {
    expect(dateFieldFormat('2024-05-01', 'datetime', isoMinutes).time).toBe(false);
    expect(dateFieldFormat('2024-05-01T09:30Z', 'date', null)).toMatchObject({ time: true, offset: 'Z' });
  });

  it('uses the site’s format, else the default, for a field without a date', () => {
    expect(dateFieldFormat('', 'datetime', isoMinutes)).toEqual(isoMinutes);
    expect(dateFieldFormat('', 'datetime', null)).toEqual(defaultDateFormat);
    expect(dateFieldFormat('not a date', 'datetime', isoMinutes)).toEqual(isoMinutes);
  });

  it('drops the time for a date field and adds one for a date-time field', () => {
    expect(dateFieldFormat('', 'date', isoMinutes)).toEqual({ ...isoMinutes, time: false });
    expect(dateFieldFormat('', 'datetime', { ...defaultDateFormat, time: false })).toEqual(defaultDateFormat);
  });
});

describe('pickerValueOf', () => {
  it('is empty for no text and null for text that is not a date', () => {
    expect(pickerValueOf('', 'Europe/Lisbon')).toBe('');
    expect(pickerValueOf('next Tuesday', 'Europe/Lisbon')).toBeNull();
  });

  it('shows the moment in the site’s zone', () => {
    expect(pickerValueOf('2024-07-01 09:30:00 +0000', 'Europe/Lisbon')).toBe('2024-07-01T10:30:00');
    expect(pickerValueOf(' 2024-07-01 ', null)).toBe('2024-07-01');
  });
});

describe('pickerStep', () => {
  it('matches the precision the format writes', () => {
    expect(pickerStep(isoMinutes)).toBe(60);
    expect(pickerStep(defaultDateFormat)).toBe(1);
    expect(pickerStep({ ...defaultDateFormat, fractionDigits: 3 })).toBe(0.001);
  });
});

describe('zoneLabel', () => {
  it('names the site’s zone', () => {
    expect(zoneLabel('2024-07-01 09:30:00 +0100', 'Europe/Lisbon')).toBe('Europe/Lisbon');
  });

  it('without a zone, names the offset the text is shown in', () => {
    expect(zoneLabel('2024-07-01T09:30:00Z', null)).toBe('UTC');
    expect(zoneLabel('2024-07-01 09:30:00 -0830', null)).toBe('UTC−08:30');
    expect(zoneLabel('2024-07-01 09:30', null)).toBe('Local time');
  });
});

describe('usableTimeZone', () => {
  it('keeps zones Intl knows and drops the rest', () => {
    expect(usableTimeZone('Europe/Lisbon')).toBe('Europe/Lisbon');
    expect(usableTimeZone('Mars/Olympus')).toBeNull();
    expect(usableTimeZone(null)).toBeNull();
  });
});

describe('nowText', () => {
  const summer = Date.UTC(2024, 6, 1, 8, 5, 9, 700);
  // 01:30 UTC on 27 Oct 2024 is the second 01:30 in Lisbon, after the clocks went back.
  const secondPass = Date.UTC(2024, 9, 27, 1, 30);

  it('writes this moment in the site’s zone and the field’s format', () => {
    expect(nowText(defaultDateFormat, 'Europe/Lisbon', summer)).toBe('2024-07-01 09:05:09 +0100');
    expect(nowText(isoMinutes, 'America/New_York', summer)).toBe('2024-07-01T04:05-04:00');
    expect(nowText({ ...defaultDateFormat, time: false }, 'Asia/Tokyo', Date.UTC(2024, 6, 1, 20))).toBe('2024-07-02');
  });

  it('gives the hour the clocks pass twice the offset in force at that instant', () => {
    expect(nowText(defaultDateFormat, 'Europe/Lisbon', secondPass)).toBe('2024-10-27 01:30:00 +0000');
    expect(nowText(defaultDateFormat, 'Europe/Lisbon', secondPass - 3_600_000)).toBe('2024-10-27 01:30:00 +0100');
  });
});
