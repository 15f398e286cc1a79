import { wallTimeAt } from '../frontmatter/front-matter-date';
import { splitFrontMatter } from '../frontmatter/split-front-matter';
import type { TextChange } from '../posts/text-change';
import { commitMessage, defaultCommitTemplates } from '../publish/commit-message';
import { trailingSeriesBlockStart } from './series-links';

/** Where the writer wants new updates: newest first at the top of the body, or in order at the bottom. */
export type UpdatePlacement = 'top' | 'bottom';

/** A live update's stamp: the event's local time, and the text that starts the update. */
export interface UpdateStamp {
  /** `14:05`, 24-hour, in the event's zone. */
  time: string;
  /** `**Update 14:05** — `, the writer's words go right after it. */
  text: string;
}

/** The change that inserts a stamp, and where the cursor goes after it (right after the stamp). */
export interface UpdateInsertion {
  change: TextChange;
  cursor: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The stamp for an update written at `instant`, in the event's zone (so Las Vegas time for a Las Vegas event); null is the machine's zone. */
export function updateStamp(instant: number, timeZone: string | null): UpdateStamp {
  const { hour, minute } = wallTimeAt(instant, timeZone);
  const time = `${pad(hour)}:${pad(minute)}`;
  return { time, text: `**Update ${time}** — ` };
}

/** Where the body's last content ends, at or after `bodyStart`: trailing blank lines do not count. */
function contentEnd(text: string, bodyStart: number, end: number): number {
  const before = text.slice(bodyStart, end).replace(/\s+$/, '');
  return bodyStart + before.length;
}

/**
 * Where a stamp goes in a post, as a change to apply. At the top it goes after the front matter
 * (and any blank lines there), a blank line before what was first; at the bottom after the last
 * content, a blank line apart, and before a series block that ends the post. A post with no
 * body yet gets the stamp under its front matter either way.
 */
export function updateInsertion(text: string, stamp: UpdateStamp, placement: UpdatePlacement): UpdateInsertion {
  const { bodyStart } = splitFrontMatter(text);
  const leadingBlank = /^(?:[ \t]*\n)*/.exec(text.slice(bodyStart))?.[0].length ?? 0;
  const firstContent = bodyStart + leadingBlank;
  const seriesStart = trailingSeriesBlockStart(text.slice(firstContent));
  const end = seriesStart === null ? text.length : firstContent + seriesStart;
  if (placement === 'top' && firstContent < end) {
    const insert = `${stamp.text}\n\n`;
    return { change: { from: firstContent, to: firstContent, insert }, cursor: firstContent + stamp.text.length };
  }
  const from = contentEnd(text, bodyStart, end);
  const hasContent = from > bodyStart;
  const before = hasContent ? '\n\n' : bodyStart > 0 ? '\n' : '';
  const after = end < text.length ? '\n\n' : '\n';
  return {
    change: { from, to: end, insert: `${before}${stamp.text}${after}` },
    cursor: from + before.length + stamp.text.length,
  };
}

/**
 * The commit message for publishing an update: the site's update template filled for the post
 * (`Update: {title}` unless the site sets its own), then the update's time (`14:05`).
 */
export function updateCommitMessage(
  post: { title: string; date: string; file: string },
  time: string,
  template = defaultCommitTemplates.update,
): string {
  return `${commitMessage(template, post)} ${time}`;
}

/**
 * The time of the post's latest update stamp (`**Update 14:05**`): the first in the body when
 * updates go at the top, newest first, else the last. Its position says it, not its time: a
 * stamp after midnight comes after the evening's. Null when the post has no stamp.
 */
export function latestUpdateTime(text: string, placement: UpdatePlacement): string | null {
  const { bodyStart } = splitFrontMatter(text);
  const times = [...text.slice(bodyStart).matchAll(/\*\*Update ([01]\d|2[0-3]):([0-5]\d)\*\*/g)].map(
    (match) => `${match[1]}:${match[2]}`,
  );
  return (placement === 'top' ? times[0] : times.at(-1)) ?? null;
}
