import { describe, expect, it } from 'vitest';
import {
  addTags,
  splitTagInput,
  tagSuggestions,
  type TagSource,
} from '../../../../renderer/src/frontmatter/fields/tag-suggestions';

const site: TagSource = {
  suggestions: [
    { value: 'elixir', count: 3 },
    { value: 'Keynote', count: 9 },
    { value: 'live-blog', count: 5 },
    { value: 'Électronique', count: 1 },
  ],
  options: ['workshop'],
  limitToOptions: false,
};

const values = (source: TagSource, chosen: string[], typed: string) =>
  tagSuggestions(source, chosen, typed).map((suggestion) => suggestion.value);

describe('tagSuggestions', () => {
  it('lists the most used first, options no post uses last', () => {
    expect(values(site, [], '')).toEqual(['Keynote', 'live-blog', 'elixir', 'Électronique', 'workshop']);
  });

  it('hides values already chosen', () => {
    expect(values(site, ['Keynote', 'elixir'], '')).toEqual(['live-blog', 'Électronique', 'workshop']);
  });

  it('filters by what is typed, ignoring case and accents, word starts before other matches', () => {
    expect(values(site, [], 'E')).toEqual(['elixir', 'Électronique', 'Keynote', 'live-blog']);
    expect(values(site, [], 'el')).toEqual(['elixir', 'Électronique']);
    expect(values(site, [], 'blog')).toEqual(['live-blog']);
    expect(values(site, [], 'ive')).toEqual(['live-blog']);
    expect(values(site, [], 'note')).toEqual(['Keynote']);
    expect(values(site, [], 'zzz')).toEqual([]);
  });

  it('puts a word-start match ahead of a more used inner match', () => {
    const source: TagSource = {
      suggestions: [
        { value: 'hackathon', count: 50 },
        { value: 'athens', count: 1 },
      ],
      options: [],
      limitToOptions: false,
    };
    expect(values(source, [], 'ath')).toEqual(['athens', 'hackathon']);
  });

  it('offers only the options, by use, when limited to them', () => {
    const limited: TagSource = { ...site, options: ['talk', 'Keynote', 'panel'], limitToOptions: true };
    expect(values(limited, [], '')).toEqual(['Keynote', 'talk', 'panel']);
  });

  it('stops at the limit', () => {
    expect(tagSuggestions(site, [], '', 2)).toHaveLength(2);
  });
});

describe('splitTagInput', () => {
  it('cuts finished values at commas and keeps what is still typed', () => {
    expect(splitTagInput('alpha')).toEqual({ complete: [], rest: 'alpha' });
    expect(splitTagInput('alpha,')).toEqual({ complete: ['alpha'], rest: '' });
    expect(splitTagInput('alpha, beta ,, gam')).toEqual({ complete: ['alpha', 'beta'], rest: 'gam' });
  });
});

describe('addTags', () => {
  it('adds new values, trimmed, once', () => {
    expect(addTags(['a'], [' b ', 'a', '', 'b'], site)).toEqual({ items: ['a', 'b'], rejected: [] });
  });

  it('takes the site’s spelling for a value known but for case or accents', () => {
    expect(addTags([], ['keynote', 'electronique'], site).items).toEqual(['Keynote', 'Électronique']);
  });

  it('keeps an exact spelling the site already uses', () => {
    const source: TagSource = {
      suggestions: [
        { value: 'Go', count: 9 },
        { value: 'go', count: 1 },
      ],
      options: [],
      limitToOptions: false,
    };
    expect(addTags([], ['go'], source).items).toEqual(['go']);
  });

  it('refuses values outside the options when limited, keeping the rest', () => {
    const limited: TagSource = { suggestions: [], options: ['talk', 'panel'], limitToOptions: true };
    expect(addTags(['talk'], ['Panel', 'party'], limited)).toEqual({ items: ['talk', 'panel'], rejected: ['party'] });
  });
});
