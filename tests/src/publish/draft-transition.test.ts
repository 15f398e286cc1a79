import { describe, expect, it } from 'vitest';
import { LanyardError } from '../../../src/api/lanyard-error';
import { publishDraft, unpublishPost, type DraftSite } from '../../../src/publish/draft-transition';

/** 09:30:15 UTC: the same wall time in Lisbon in November. */
const now = new Date('2026-11-23T09:30:15Z');
const jekyll: DraftSite = {
  kind: 'jekyll',
  draftFolders: ['_drafts'],
  postsFolder: '_posts',
  timezone: 'Europe/Lisbon',
};
const hugo: DraftSite = { kind: 'hugo', draftFolders: [], postsFolder: 'content/posts', timezone: 'Europe/Lisbon' };
const plain: DraftSite = { kind: 'plain', draftFolders: [], postsFolder: 'posts', timezone: null };

const post = (lines: string[], eol = '\n') => `---${eol}${lines.join(eol)}${eol}---${eol}Body${eol}`;

describe('publishDraft: Jekyll drafts folder', () => {
  it('moves the draft to _posts as YYYY-MM-DD-slug.md and appends the date in the default format', () => {
    const text = post(['layout: post', 'title: "Day 1"  # shown on the home page', 'tags: [aws]']);
    expect(publishDraft({ id: '_drafts/day-1.md', text }, jekyll, now)).toEqual({
      id: '_posts/2026-11-23-day-1.md',
      text: post([
        'layout: post',
        'title: "Day 1"  # shown on the home page',
        'tags: [aws]',
        'date: 2026-11-23 09:30:15 +0000',
      ]),
    });
  });

  it('rewrites an existing date in its own format, now in the site zone', () => {
    const site = { ...jekyll, timezone: 'America/New_York' };
    const later = new Date('2026-11-23T15:30:15.250Z');
    const cases: Array<[string, string]> = [
      ['2025-01-02', '2026-11-23'],
      ['2025-01-02 03:04', '2026-11-23 10:30'],
      ['2025-01-02 03:04:05', '2026-11-23 10:30:15'],
      ['2025-01-02T03:04:05Z', '2026-11-23T15:30:15Z'],
      ['2025-01-02T03:04:05+01:00', '2026-11-23T10:30:15-05:00'],
      ['2025-01-02 03:04:05 -0800', '2026-11-23 10:30:15 -0500'],
      ['2025-01-02T03:04:05.123+0100', '2026-11-23T10:30:15.250-0500'],
    ];
    for (const [before, after] of cases) {
      const move = publishDraft({ id: '_drafts/x.md', text: post(['title: X', `date: ${before}`]) }, site, later);
      expect(move, before).toEqual({ id: '_posts/2026-11-23-x.md', text: post(['title: X', `date: ${after}`]) });
    }
  });

  it('replaces a date the name already has, keeps subfolders and the extension', () => {
    const text = post(['title: Keynote']);
    expect(publishDraft({ id: '_drafts/2025-01-01-keynote.markdown', text }, jekyll, now)?.id).toBe(
      '_posts/2026-11-23-keynote.markdown',
    );
    expect(publishDraft({ id: '_drafts/events/reinvent/day-1.md', text }, jekyll, now)?.id).toBe(
      '_posts/events/reinvent/2026-11-23-day-1.md',
    );
    const site = { ...jekyll, draftFolders: ['drafts', '_drafts'], postsFolder: 'blog/_posts' };
    expect(publishDraft({ id: '_drafts/day-1.md', text }, site, now)?.id).toBe('blog/_posts/2026-11-23-day-1.md');
  });

  it('names the file and dates the post by the site zone at the edge of a day', () => {
    const lateUtc = new Date('2026-11-23T23:30:00Z');
    const text = post(['title: X']);
    expect(publishDraft({ id: '_drafts/x.md', text }, jekyll, lateUtc)).toEqual({
      id: '_posts/2026-11-23-x.md',
      text: post(['title: X', 'date: 2026-11-23 23:30:00 +0000']),
    });
    expect(publishDraft({ id: '_drafts/x.md', text }, { ...jekyll, timezone: 'Asia/Tokyo' }, lateUtc)).toEqual({
      id: '_posts/2026-11-24-x.md',
      text: post(['title: X', 'date: 2026-11-24 08:30:00 +0900']),
    });
  });

  it('writes the offset in force at that instant around a change of daylight saving time', () => {
    const site = { ...jekyll, timezone: 'America/New_York' };
    const dateAt = (iso: string) => publishDraft({ id: '_drafts/x.md', text: post(['title: X']) }, site, new Date(iso));
    // Spring forward, 8 March 2026: 01:59:59 EST is followed by 03:00:00 EDT.
    expect(dateAt('2026-03-08T06:59:59Z')?.text).toContain('date: 2026-03-08 01:59:59 -0500\n');
    expect(dateAt('2026-03-08T07:00:00Z')?.text).toContain('date: 2026-03-08 03:00:00 -0400\n');
    // Fall back, 1 November 2026: 01:30 happens twice, first in EDT then in EST.
    expect(dateAt('2026-11-01T05:30:00Z')?.text).toContain('date: 2026-11-01 01:30:00 -0400\n');
    expect(dateAt('2026-11-01T06:30:00Z')?.text).toContain('date: 2026-11-01 01:30:00 -0500\n');
  });

  it('gives a draft without front matter a new block with the date, in its line endings', () => {
    expect(publishDraft({ id: '_drafts/notes.md', text: 'Just text\n' }, jekyll, now)).toEqual({
      id: '_posts/2026-11-23-notes.md',
      text: '---\ndate: 2026-11-23 09:30:15 +0000\n---\nJust text\n',
    });
    expect(publishDraft({ id: '_drafts/notes.md', text: 'Line 1\r\nLine 2\r\n' }, jekyll, now)?.text).toBe(
      '---\r\ndate: 2026-11-23 09:30:15 +0000\r\n---\r\nLine 1\r\nLine 2\r\n',
    );
  });

  it('keeps CRLF front matter CRLF', () => {
    const text = post(['title: Day 1', 'date: 2025-05-05 10:00:00 +0100'], '\r\n');
    expect(publishDraft({ id: '_drafts/day-1.md', text }, jekyll, now)?.text).toBe(
      post(['title: Day 1', 'date: 2026-11-23 09:30:15 +0000'], '\r\n'),
    );
  });

  it('also turns published: false and draft: true around', () => {
    const text = post(['title: X', 'published: false', 'draft: true']);
    expect(publishDraft({ id: '_drafts/x.md', text }, jekyll, now)?.text).toBe(
      post(['title: X', 'published: true', 'draft: false', 'date: 2026-11-23 09:30:15 +0000']),
    );
  });

  it('refuses, with the reason, front matter it cannot edit', () => {
    const text = post(['title: [unclosed']);
    expect(() => publishDraft({ id: '_drafts/x.md', text }, jekyll, now)).toThrow(LanyardError);
    expect(() => publishDraft({ id: '_drafts/x.md', text }, jekyll, now)).toThrow(/Fix the front matter first/);
  });
});

describe('publishDraft: flags', () => {
  it('publishes a Jekyll post with published: false where it is, its date untouched', () => {
    const text = post(['title: X', 'date: 2025-01-01 10:00:00 +0000', 'published: false # not yet']);
    expect(publishDraft({ id: '_posts/2025-01-01-x.md', text }, jekyll, now)).toEqual({
      id: '_posts/2025-01-01-x.md',
      text: post(['title: X', 'date: 2025-01-01 10:00:00 +0000', 'published: true # not yet']),
    });
  });

  it('turns draft: true (or "true") into draft: false on any kind, every other byte kept', () => {
    for (const site of [hugo, plain, jekyll]) {
      const text = post(['title: "Day 1"', 'draft: true', 'date: 2025-01-01T10:00:00+01:00'], '\r\n');
      expect(publishDraft({ id: 'content/posts/day-1.md', text }, site, now), site.kind).toEqual({
        id: 'content/posts/day-1.md',
        text: post(['title: "Day 1"', 'draft: false', 'date: 2025-01-01T10:00:00+01:00'], '\r\n'),
      });
    }
    const quoted = post(['draft: "true"']);
    expect(publishDraft({ id: 'content/posts/x.md', text: quoted }, hugo, now)?.text).toBe(post(['draft: false']));
  });

  it('answers null for a post that is not a draft', () => {
    const published = { id: '_posts/2025-01-01-x.md', text: post(['title: X', 'draft: false', 'published: true']) };
    expect(publishDraft(published, jekyll, now)).toBeNull();
    expect(publishDraft({ id: 'content/posts/x.md', text: 'No front matter\n' }, hugo, now)).toBeNull();
    expect(publishDraft({ id: 'content/posts/x.md', text: post(['draft: "yes"']) }, hugo, now)).toBeNull();
    // Hugo reads `published` as a date, so false there means nothing.
    expect(publishDraft({ id: 'content/posts/x.md', text: post(['published: false']) }, hugo, now)).toBeNull();
    // Only Jekyll keeps drafts in a folder.
    const hugoWithFolder = { ...hugo, draftFolders: ['_drafts'] };
    expect(publishDraft({ id: '_drafts/x.md', text: post(['title: X']) }, hugoWithFolder, now)).toBeNull();
  });

  it('answers null for TOML and JSON front matter, which Lanyard never edits', () => {
    expect(publishDraft({ id: 'content/posts/x.md', text: '+++\ndraft = true\n+++\nBody\n' }, hugo, now)).toBeNull();
    expect(publishDraft({ id: 'content/posts/x.md', text: '{\n"draft": true\n}\nBody\n' }, hugo, now)).toBeNull();
  });
});

describe('unpublishPost', () => {
  it('moves a Jekyll post back to the drafts folder without its date, text untouched', () => {
    const text = post(['title: Day 1', 'date: 2026-11-23 09:30:15 +0000'], '\r\n');
    expect(unpublishPost({ id: '_posts/2026-11-23-day-1.md', text }, jekyll, now)).toEqual({
      id: '_drafts/day-1.md',
      text,
    });
    expect(unpublishPost({ id: '_posts/events/2026-11-23-day-1.md', text }, jekyll, now)?.id).toBe(
      '_drafts/events/day-1.md',
    );
    expect(unpublishPost({ id: '_posts/2026-11-23-day-1.md', text }, { ...jekyll, draftFolders: [] }, now)?.id).toBe(
      '_drafts/day-1.md',
    );
    const site = { ...jekyll, draftFolders: ['drafts'] };
    expect(unpublishPost({ id: '_posts/2026-11-23-day-1.md', text }, site, now)?.id).toBe('drafts/day-1.md');
  });

  it('answers null for a Jekyll post it cannot move this way', () => {
    const text = post(['title: X']);
    expect(unpublishPost({ id: '_drafts/x.md', text }, jekyll, now)).toBeNull();
    expect(unpublishPost({ id: '_posts/x.md', text }, jekyll, now)).toBeNull();
    expect(unpublishPost({ id: 'pages/2026-11-23-x.md', text }, jekyll, now)).toBeNull();
    const hidden = post(['title: X', 'published: false']);
    expect(unpublishPost({ id: '_posts/2026-11-23-x.md', text: hidden }, jekyll, now)).toBeNull();
  });

  it('sets draft: true on other kinds, adding the key when absent, in the file style', () => {
    const id = 'content/posts/day-1.md';
    expect(unpublishPost({ id, text: post(['title: X', 'draft: false  # live']) }, hugo, now)).toEqual({
      id,
      text: post(['title: X', 'draft: true  # live']),
    });
    expect(unpublishPost({ id, text: post(['title: X'], '\r\n') }, hugo, now)?.text).toBe(
      post(['title: X', 'draft: true'], '\r\n'),
    );
    expect(unpublishPost({ id: 'notes.md', text: 'Text\n' }, plain, now)?.text).toBe('---\ndraft: true\n---\nText\n');
  });

  it('answers null for a post that is already a draft or has TOML or JSON front matter', () => {
    const id = 'content/posts/x.md';
    expect(unpublishPost({ id, text: post(['draft: true']) }, hugo, now)).toBeNull();
    expect(unpublishPost({ id, text: '+++\ndraft = false\n+++\n' }, hugo, now)).toBeNull();
    expect(unpublishPost({ id, text: '{\n"draft": false\n}\n' }, hugo, now)).toBeNull();
  });

  it('refuses, with the reason, front matter it cannot edit', () => {
    const text = post(['title: X', 'title: Y']);
    expect(() => unpublishPost({ id: 'content/posts/x.md', text }, hugo, now)).toThrow(/appears twice/);
  });
});

describe('unpublish then publish', () => {
  it('brings a Jekyll post back to the same place with a new date, nothing else changed', () => {
    const draft = { id: '_drafts/day-1.md', text: post(['title: Day 1', 'date: 2025-01-01 08:00:00 +0000'], '\r\n') };
    const published = publishDraft(draft, jekyll, now)!;
    const unpublished = unpublishPost(published, jekyll, now)!;
    expect(unpublished).toEqual({ id: '_drafts/day-1.md', text: published.text });
    const again = publishDraft(unpublished, jekyll, new Date('2026-12-01T12:00:00Z'))!;
    expect(again).toEqual({
      id: '_posts/2026-12-01-day-1.md',
      text: post(['title: Day 1', 'date: 2026-12-01 12:00:00 +0000'], '\r\n'),
    });
  });

  it('restores a Hugo post byte for byte', () => {
    const original = { id: 'content/posts/x.md', text: post(['title: X', 'draft: false # live', 'tags: [a]'], '\r\n') };
    const unpublished = unpublishPost(original, hugo, now)!;
    expect(unpublished.text).not.toBe(original.text);
    expect(publishDraft(unpublished, hugo, now)).toEqual(original);
  });
});
