import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/posts/slug';

describe('slugify', () => {
  const cases: Array<[string, string]> = [
    ['re:Invent Day 1', 're-invent-day-1'],
    ['Hello, World!', 'hello-world'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['Café Crème à Zürich', 'cafe-creme-a-zurich'],
    ['Straße ẞig', 'strasse-ssig'],
    ['Ærø Øresund', 'aero-oresund'],
    ['Łódź Đakovo', 'lodz-dakovo'],
    ['Þingvellir', 'thingvellir'],
    ['Œuvre', 'oeuvre'],
    ['ﬁnal Ｆｕｌｌ１', 'final-full1'],
    ['Day 2 — keynote & “demos”', 'day-2-keynote-demos'],
    ['C++ / Rust', 'c-rust'],
    ['', 'untitled'],
    ['!!!', 'untitled'],
    ['東京', 'untitled'],
  ];
  for (const [title, slug] of cases) {
    it(`${JSON.stringify(title)} → ${slug}`, () => {
      expect(slugify(title)).toBe(slug);
    });
  }

  it('cuts long titles between words, at most 60 characters', () => {
    const title = 'The quick brown fox jumps over the lazy dog at the conference keynote again';
    const slug = slugify(title);
    expect(slug).toBe('the-quick-brown-fox-jumps-over-the-lazy-dog-at-the');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('keeps a word that ends exactly at the limit', () => {
    const title = `${'a'.repeat(29)} ${'b'.repeat(30)} tail`;
    expect(slugify(title)).toBe(`${'a'.repeat(29)}-${'b'.repeat(30)}`);
  });

  it('cuts a single word longer than the limit', () => {
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(60));
  });
});
