import { observeFields } from './field-observations';
import type { FieldObservation } from './field-schema';
import { readFrontMatterData } from './front-matter-data';

/** What the post list shows about one post, read from its text alone. */
export interface FrontMatterSummary {
  title: string;
  /**
   * The date as written in the front matter (`date`, else Astro's `pubDate` or Hugo's
   * `publishDate`), else the `YYYY-MM-DD` file-name prefix, else null.
   */
  date: string | null;
  tags: string[];
  /** `draft: true` or `published: false`; a draft folder is the caller's business. */
  draft: boolean;
  /** The front matter's `event`, naming the event a day post belongs to; null when it has none. */
  event: string | null;
  /** Why the front matter could not be read, with its 1-based line in the file. */
  error: { message: string; line: number } | null;
  /** Each top-level key's kind and short values; empty when the front matter has a problem. */
  fields: FieldObservation[];
}

const datePrefix = /^(\d{4}-\d{2}-\d{2})(?:-|$)/;
/** Where posts keep their date, in the order tried: Astro's blog template dates posts with `pubDate`. */
const dateKeys = ['date', 'pubDate', 'publishDate'];

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return nonEmpty(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

function tagsFrom(value: unknown): string[] {
  // Jekyll accepts both a YAML list and one space-separated string.
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [value];
  return raw
    .filter((tag): tag is string | number => typeof tag === 'string' || typeof tag === 'number')
    .map((tag) => String(tag).trim())
    .filter((tag) => tag !== '');
}

/** A top-level value; Hugo, the home of TOML and JSON front matter, ignores the case of keys. */
function valueOf(data: Record<string, unknown>, key: string, anyCase: boolean): unknown {
  if (Object.hasOwn(data, key)) return data[key];
  const wanted = key.toLowerCase();
  return anyCase ? Object.entries(data).find(([name]) => name.toLowerCase() === wanted)?.[1] : undefined;
}

/** The text of the first `# heading`, outside code fences. */
function firstHeading(body: string): string | null {
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (fence === null) fence = fenceMatch[1]!;
      else if (fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*\r?$/.exec(line);
    if (heading) return nonEmpty(heading[1]);
  }
  return null;
}

function nameWithoutDateAndExtension(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem.replace(datePrefix, '') || stem;
}

/**
 * Reads what the post list needs from a post's text: title, date, tags, draft state and event, the
 * first front matter error, if any, and the fields the schema inference looks at. Never
 * throws: a broken post still gets a row.
 * `fileName` supplies the fallbacks (its `YYYY-MM-DD-` prefix and its name).
 */
export function readFrontMatterSummary(text: string, fileName: string): FrontMatterSummary {
  const { split, data, error } = readFrontMatterData(text);
  const value = (key: string) => (data === null ? undefined : valueOf(data, key, split.format !== 'yaml'));
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  return {
    title: textOf(value('title')) ?? firstHeading(text.slice(split.bodyStart)) ?? nameWithoutDateAndExtension(base),
    date: dateKeys.map((key) => textOf(value(key))).find((date) => date !== null) ?? datePrefix.exec(base)?.[1] ?? null,
    tags: tagsFrom(value('tags')),
    draft: value('draft') === true || value('published') === false,
    event: textOf(value('event')),
    error,
    fields: data !== null && error === null ? observeFields(data) : [],
  };
}
