import { wallTimeAt } from '../frontmatter/front-matter-date';

/** The commit message templates of a site, one per kind of publish. */
export interface CommitTemplates {
  publish: string;
  update: string;
  unpublish: string;
}

/** The templates a site starts with. */
export const defaultCommitTemplates: CommitTemplates = {
  publish: 'Publish: {title}',
  update: 'Update: {title}',
  unpublish: 'Unpublish: {title}',
};

const placeholder = /\{(title|date|file)\}/g;
/** A run of control characters (line breaks included) with any spaces around it. */
const lineBreaking = /[\s\p{Cc}]*[\p{Cc}\u2028\u2029][\s\p{Cc}]*/gu;

function fill(template: string, values: Record<string, string>): string {
  // One pass, so a title that itself contains `{date}` stays as written.
  const filled = template.replace(placeholder, (whole, name: string) => values[name] ?? whole);
  return filled.replace(lineBreaking, ' ').trim();
}

/**
 * Fills {title}, {date} (YYYY-MM-DD) and {file} (the post's file name) into the template. The
 * result is one line (newlines and control characters collapse to spaces), trimmed, and never
 * empty: a template that fills to nothing falls back to the default `update` template (the one
 * that fits any kind of publish), with the file name standing in for a blank title. Unknown {placeholders} are left as written. A `date` with a time
 * after it keeps only its day; a `file` given as a path keeps only its last part.
 */
export function commitMessage(template: string, facts: { title: string; date: string; file: string }): string {
  const values = {
    title: facts.title,
    date: /^\d{4}-\d{2}-\d{2}/.exec(facts.date)?.[0] ?? facts.date,
    file: facts.file.slice(facts.file.lastIndexOf('/') + 1),
  };
  const message = fill(template, values);
  if (message !== '') return message;
  const title = fill(values.title, {}) || values.file;
  return fill(defaultCommitTemplates.update, { ...values, title });
}

/** The day `now` falls on in the site's zone, as `YYYY-MM-DD`, for `{date}`. */
export function siteDay(now: Date, timeZone: string | null): string {
  const { year, month, day } = wallTimeAt(now.getTime(), timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
