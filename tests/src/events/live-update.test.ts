import { describe, expect, it } from 'vitest';
import {
  latestUpdateTime,
  updateCommitMessage,
  updateInsertion,
  updateStamp,
  type UpdatePlacement,
} from '../../../src/events/live-update';
import type { TextChange } from '../../../src/posts/text-change';
import { at } from './site-event';

const stamp = updateStamp(at('2026-01-07T22:05:00Z'), 'America/Los_Angeles');
const series = '<!-- lanyard:series -->\n\n← [Day 1](day-1.md)\n\n<!-- /lanyard:series -->\n';

function apply(text: string, change: TextChange): string {
  return text.slice(0, change.from) + change.insert + text.slice(change.to);
}

/** The text after inserting the stamp, with `|` where the cursor lands. */
function inserted(text: string, placement: UpdatePlacement): string {
  const { change, cursor } = updateInsertion(text, stamp, placement);
  const after = apply(text, change);
  return `${after.slice(0, cursor)}|${after.slice(cursor)}`;
}

describe('updateStamp', () => {
  it("stamps the event's local time, 24-hour", () => {
    expect(stamp).toEqual({ time: '14:05', text: '**Update 14:05** — ' });
    expect(updateStamp(at('2026-01-07T22:05:00Z'), 'Europe/Berlin').time).toBe('23:05');
    expect(updateStamp(at('2026-07-07T07:00:00Z'), 'Asia/Kolkata').time).toBe('12:30');
  });
});

describe('updateInsertion', () => {
  const frontMatter = '---\ntitle: "Day 2"\n---\n';

  it('puts an update at the top of the body, above what was first', () => {
    expect(inserted(`${frontMatter}\nThe keynote.\n`, 'top')).toBe(
      `${frontMatter}\n**Update 14:05** — |\n\nThe keynote.\n`,
    );
    expect(inserted('The keynote.\n', 'top')).toBe('**Update 14:05** — |\n\nThe keynote.\n');
  });

  it('puts an update at the bottom, a blank line after the last content, whatever blank lines were there', () => {
    expect(inserted(`${frontMatter}\nThe keynote.`, 'bottom')).toBe(
      `${frontMatter}\nThe keynote.\n\n**Update 14:05** — |\n`,
    );
    expect(inserted(`${frontMatter}\nThe keynote.\n\n\n`, 'bottom')).toBe(
      `${frontMatter}\nThe keynote.\n\n**Update 14:05** — |\n`,
    );
  });

  it('keeps a series block that ends the post at the end', () => {
    expect(inserted(`${frontMatter}\nThe keynote.\n\n${series}`, 'bottom')).toBe(
      `${frontMatter}\nThe keynote.\n\n**Update 14:05** — |\n\n${series}`,
    );
    expect(inserted(`${frontMatter}\n${series}`, 'top')).toBe(`${frontMatter}\n**Update 14:05** — |\n\n${series}`);
  });

  it('stamps a post with no body yet under its front matter, either way', () => {
    for (const placement of ['top', 'bottom'] as const) {
      expect(inserted(`${frontMatter}\n`, placement)).toBe(`${frontMatter}\n**Update 14:05** — |\n`);
      expect(inserted('', placement)).toBe('**Update 14:05** — |\n');
    }
  });

  it('takes a post whose front matter never closes as all body', () => {
    expect(inserted('---\ntitle: x\n', 'top')).toBe('**Update 14:05** — |\n\n---\ntitle: x\n');
  });
});

describe('updateCommitMessage', () => {
  const post = {
    title: 'DevConf Day 2',
    date: '2026-01-07 09:00:00 -0800',
    file: '_posts/2026-01-07-devconf-day-2.md',
  };

  it("is the site's update message with the stamp's time", () => {
    expect(updateCommitMessage(post, stamp.time)).toBe('Update: DevConf Day 2 14:05');
    expect(updateCommitMessage(post, stamp.time, 'Live {date}: {title}')).toBe('Live 2026-01-07: DevConf Day 2 14:05');
  });
});

describe('latestUpdateTime', () => {
  const post = (body: string) => `---\ntitle: "Day 2 **Update 23:59**"\n---\n\n${body}`;

  it('is the first stamp when updates go at the top, the last when they go at the bottom', () => {
    const newestFirst = post('**Update 14:05** — later\n\n**Update 09:30** — keynote\n');
    const inOrder = post('**Update 09:30** — keynote\n\n**Update 14:05** — later\n');
    expect(latestUpdateTime(newestFirst, 'top')).toBe('14:05');
    expect(latestUpdateTime(inOrder, 'bottom')).toBe('14:05');
  });

  it('follows a night of updates past midnight, and a day after it', () => {
    const night = post('**Update 18:00** — party\n\n**Update 00:10** — still\n');
    expect(latestUpdateTime(night, 'bottom')).toBe('00:10');
    const nextMorning = post('**Update 09:00** — a\n\n**Update 13:00** — b\n\n**Update 18:00** — c\n');
    expect(latestUpdateTime(nextMorning, 'bottom')).toBe('18:00');
  });

  it('counts no stamp in the front matter, and none that is not a time', () => {
    expect(latestUpdateTime(post('No updates yet, nor **Update 25:00** or **Update 9:30**.\n'), 'top')).toBeNull();
  });
});
