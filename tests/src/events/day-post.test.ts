import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dayPostBody, dayPostFrontMatter, dayPostTitle } from '../../../src/events/day-post';
import { splitFrontMatter } from '../../../src/frontmatter/split-front-matter';
import { createPost } from '../../../src/posts/node/create-post';
import type { SiteKind } from '../../../src/site/site-info';
import { hugoProfile, jekyllProfile, type SiteProfile } from '../../../src/site/site-profile';
import { siteEvent } from './site-event';

const day2 = { n: 2, date: '2026-01-07' };

describe('dayPostTitle', () => {
  it('fills the default template, and every title placeholder', () => {
    expect(dayPostTitle(siteEvent(), day2)).toEqual({ text: 'DevConf 2026 Day 2', unknown: [] });
    const event = siteEvent({ titleTemplate: '{event}, day {n}: {weekday} {date} in {location}' });
    expect(dayPostTitle(event, day2).text).toBe('DevConf 2026, day 2: Wednesday 2026-01-07 in Las Vegas');
    expect(dayPostTitle(event, day2, 'fr').text).toBe('DevConf 2026, day 2: mercredi 2026-01-07 in Las Vegas');
  });

  it('keeps the title on one line, and reports what it does not fill, the body placeholders included', () => {
    const event = siteEvent({ titleTemplate: '  {event}  {hashtag} Day {n} {speaker} ', location: null });
    expect(dayPostTitle(event, day2)).toEqual({
      text: 'DevConf 2026 {hashtag} Day 2 {speaker}',
      unknown: ['{hashtag}', '{speaker}'],
    });
  });

  it('falls back to the default title when the template fills to nothing', () => {
    expect(dayPostTitle(siteEvent({ titleTemplate: '{location}', location: null }), day2).text).toBe(
      'DevConf 2026 Day 2',
    );
  });
});

describe('dayPostBody', () => {
  it('fills the body placeholders, with the hashtag marked and the tags listed', () => {
    const template =
      'Day {n} ({weekday}) at {event}, {location}. {hashtag} {link}\nTags: {tags}\n{{ site.url }} {room}';
    expect(dayPostBody(template, siteEvent(), day2)).toEqual({
      text: 'Day 2 (Wednesday) at DevConf 2026, Las Vegas. #devconf26 https://devconf.example.com/2026\nTags: conference, devconf\n{{ site.url }} {room}',
      unknown: ['{room}'],
    });
  });

  it('fills what the event leaves unset as nothing', () => {
    const event = siteEvent({ hashtag: null, link: null, location: null, tags: [] });
    expect(dayPostBody('[{hashtag}|{link}|{location}|{tags}]', event, day2).text).toBe('[|||]');
  });
});

describe('dayPostFrontMatter', () => {
  it("gives the event's tags, its id and its layout, quoting each so YAML reads them as written", () => {
    const lines = ['layout: post', 'title: "DevConf 2026 Day 2"', 'date: 2026-01-07 09:00:00 -0800', 'tags: []'];
    const event = siteEvent({ id: '2026', tags: ['conference', 'yes', 'a: b'], layout: 'event-day' });
    const result = dayPostFrontMatter(lines, event);
    expect(result).toEqual([
      'layout: "event-day"',
      'title: "DevConf 2026 Day 2"',
      'date: 2026-01-07 09:00:00 -0800',
      'tags: ["conference", "yes", "a: b"]',
      'event: "2026"',
    ]);
    expect(parseYaml(result.join('\n'))).toMatchObject({ event: '2026', tags: ['conference', 'yes', 'a: b'] });
  });

  it("keeps the kind's layout without an event layout, adds none where the kind has none, and leaves tags alone without event tags", () => {
    const lines = ['title: "T"', 'date: 2026-01-07T09:00:00-08:00', 'draft: true'];
    expect(dayPostFrontMatter(lines, siteEvent({ tags: [] }))).toEqual([...lines, 'event: "devconf-2026"']);
    expect(dayPostFrontMatter(['layout: post', 'tags: []'], siteEvent({ tags: [] }))).toEqual([
      'layout: post',
      'tags: []',
      'event: "devconf-2026"',
    ]);
    expect(dayPostFrontMatter(lines, siteEvent({ layout: 'talk' }))[0]).toBe('layout: "talk"');
  });

  it('marks the post as the day post of its day, last', () => {
    expect(dayPostFrontMatter(['title: "T"'], siteEvent({ tags: [] }), { n: 2 })).toEqual([
      'title: "T"',
      'event: "devconf-2026"',
      'event_day: 2',
    ]);
  });

  it("puts the cover's URL under each kind's cover key, Hugo's as a list, replacing a cover already there", () => {
    const event = siteEvent({ tags: [] });
    const withCover = (kind: SiteKind, lines = ['title: "T"']) =>
      dayPostFrontMatter(lines, event, { cover: { kind, url: '/images/dev"conf.jpg' } });
    const expected = (line: string) => ['title: "T"', line, 'event: "devconf-2026"'];
    expect(withCover('jekyll')).toEqual(expected('image: "/images/dev\\"conf.jpg"'));
    expect(withCover('eleventy')).toEqual(expected('image: "/images/dev\\"conf.jpg"'));
    expect(withCover('plain')).toEqual(expected('image: "/images/dev\\"conf.jpg"'));
    expect(withCover('astro')).toEqual(expected('cover: "/images/dev\\"conf.jpg"'));
    expect(withCover('hugo')).toEqual(expected('images: ["/images/dev\\"conf.jpg"]'));
    expect(parseYaml(withCover('hugo').join('\n'))).toMatchObject({ images: ['/images/dev"conf.jpg'] });
    expect(withCover('jekyll', ['image: old.jpg', 'title: "T"'])).toEqual([
      'image: "/images/dev\\"conf.jpg"',
      'title: "T"',
      'event: "devconf-2026"',
    ]);
  });

  it('rewrites the lines createPost writes for a site, date and all', async () => {
    const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
    try {
      const now = new Date('2026-01-07T17:00:00Z');
      const dayLines = async (profile: SiteProfile) => {
        const { id } = await createPost(profile, 'DevConf 2026 Day 2', now);
        const text = await fs.readFile(path.join(temp, id), 'utf8');
        return dayPostFrontMatter(splitFrontMatter(text).raw.replace(/\n$/, '').split('\n'), siteEvent());
      };
      const tagsAndEvent = ['tags: ["conference", "devconf"]', 'event: "devconf-2026"'];
      expect(await dayLines(jekyllProfile(temp, 'Blog', { timezone: 'America/Los_Angeles' }))).toEqual([
        'layout: post',
        'title: "DevConf 2026 Day 2"',
        'date: 2026-01-07 09:00:00 -0800',
        ...tagsAndEvent,
      ]);
      const hugo = hugoProfile(temp, 'Blog', { contentDir: 'content', sections: [], timezone: 'Europe/Berlin' });
      expect(await dayLines(hugo)).toEqual([
        'title: "DevConf 2026 Day 2"',
        'date: 2026-01-07T18:00:00+01:00',
        'draft: true',
        ...tagsAndEvent,
      ]);
    } finally {
      await fs.rm(temp, { recursive: true, force: true });
    }
  });
});
