/**
 * How a site writes dates in front matter, so a date the form sets is written the same way:
 * `2022-11-28`, `2022-11-28 09:30:00 -0800`, `2022-11-28T09:30:00+01:00`, `…Z`.
 */
export interface DateFormat {
  /** False for a bare `YYYY-MM-DD`. */
  time: boolean;
  /** Between the date and the time. */
  separator: ' ' | 'T';
  seconds: boolean;
  /** Digits of fractional seconds, 0 for none. */
  fractionDigits: number;
  /** `none`: wall time in the site's zone; `Z`: UTC; `hhmm`: `-0800`; `hh:mm`: `-08:00`. */
  offset: 'none' | 'Z' | 'hhmm' | 'hh:mm';
  /** Whether a space comes before the offset (`09:30:00 -0800`). */
  spaceBeforeOffset: boolean;
}
