import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../../src/frontmatter/simple-yaml';

/** What the full parser makes of the text, as `readFrontMatterData` reads YAML; null when it finds a problem. */
function fullParse(raw: string): unknown {
  const doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  return doc.errors.length > 0 ? null : doc.toJS();
}

/** Scalars that look alike but read differently in YAML 1.2's core schema, or are not plain at all. */
const trickyScalars = [
  'Hello world',
  "Don't stop",
  'He said "hi"',
  'a: b',
  'a:b',
  'https://example.com/x?y=1#z',
  'C# tips',
  'Über ñ 日本',
  '2026-11-24',
  '2026-11-24T10:00:00+00:00',
  '2026-11-24 10:00:00 +0100',
  '10:30',
  '1',
  '-1',
  '0',
  '-0',
  '007',
  '+5',
  '1.5',
  '-2.25',
  '1.',
  '.5',
  '1e3',
  '0x1F',
  '0o17',
  '.inf',
  '-.Inf',
  '.nan',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'yes',
  'no',
  'on',
  'off',
  'null',
  '~',
  'Null',
  'nULL',
  'a #b',
  'a# b',
  '#c',
  '&a',
  '*a',
  '!t x',
  '|',
  '>',
  '%x',
  '@x',
  '`x`',
  '-x',
  '- x',
  '?x',
  ':x',
  'x:',
  'a , b',
  'a  b',
  'trailing   ',
  '"quoted"',
  '"a: b"',
  '"es\\"c"',
  '""',
  "'single'",
  "'it''s'",
  "'bad' x",
  "''",
  '"unclosed',
  "'",
  '12345678901234567890',
  '3.14159265358979323846',
  '[a, b]',
  '[a, "b, c"]',
  "['x', 'y''z']",
  '[]',
  '[ ]',
  '[a,]',
  '[a, [b]]',
  '[a:b]',
  '[1, 2.5, true, null, ~]',
  '[a] # c',
  '{a: b}',
  '{}',
  '[a, b',
  'x]',
  '"a" # c',
];
const keys = [
  'title',
  'date',
  'tags',
  'draft',
  'published',
  'my-key',
  'my_key',
  'Title',
  'true',
  'null',
  '__proto__',
  'x1',
];

const scalarText = fc.constantFrom(...trickyScalars);
const keyText = fc.constantFrom(...keys);
const pairLines = fc.oneof(
  fc.tuple(keyText, scalarText).map(([key, value]) => [`${key}: ${value}`]),
  keyText.map((key) => [`${key}:`]),
  fc
    .tuple(
      keyText,
      fc.constantFrom('', '  ', ' '),
      fc.array(fc.option(scalarText, { nil: undefined }), { maxLength: 3 }),
    )
    .map(([key, indent, items]) => [
      `${key}:`,
      ...items.map((item) => (item === undefined ? `${indent}-` : `${indent}- ${item}`)),
    ]),
  fc.constantFrom(['# a comment'], [''], ['   '], ['  indented: x'], ['  continued'], ['key :x'], ['---'], ['- stray']),
);
const frontMatter = fc
  .tuple(fc.array(pairLines, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
  .map(([pairs, eol]) => `${pairs.flat().join(eol)}${eol}`);

describe('readSimpleYaml', () => {
  it('agrees with the full YAML parser whenever it answers, across tricky scalars, lists and layouts', () => {
    fc.assert(
      fc.property(frontMatter, (raw) => {
        const simple = readSimpleYaml(raw);
        if (simple !== null) expect(simple).toStrictEqual(fullParse(raw));
      }),
      { numRuns: 4000, seed: 20261124 },
    );
  });

  it('agrees with the full parser on each tricky scalar as a value, a list item and a flow item', () => {
    for (const value of trickyScalars) {
      for (const raw of [`title: ${value}\n`, `tags:\n  - ${value}\n`, `tags: [${value}, x]\n`]) {
        const simple = readSimpleYaml(raw);
        if (simple !== null) expect(simple, raw).toStrictEqual(fullParse(raw));
      }
    }
  });

  it('reads the front matter most posts have, so the fast path is really taken', () => {
    const jekyll = [
      'layout: post',
      'title: "Badge venue: badge open badge 2442"',
      'date: 2014-01-01T20:01:00+00:00',
      'categories: [tutorials, reviews]',
      'tags: [community, performance]',
      'published: false',
      'event: KubeCon NA 2026',
      'image: /assets/images/keynote.jpg',
    ].join('\n');
    expect(readSimpleYaml(`${jekyll}\n`)).toStrictEqual({
      layout: 'post',
      title: 'Badge venue: badge open badge 2442',
      date: '2014-01-01T20:01:00+00:00',
      categories: ['tutorials', 'reviews'],
      tags: ['community', 'performance'],
      published: false,
      event: 'KubeCon NA 2026',
      image: '/assets/images/keynote.jpg',
    });
    const astro = "title: 'It''s Day 2'\npubDate: 2026-11-24\ntags:\n  - kubecon\n  - day-2\ndraft: true\nweight: 3\n";
    expect(readSimpleYaml(astro)).toStrictEqual({
      title: "It's Day 2",
      pubDate: '2026-11-24',
      tags: ['kubecon', 'day-2'],
      draft: true,
      weight: 3,
    });
  });

  it('leaves duplicate keys, nesting, block scalars, anchors and escapes to the full parser', () => {
    for (const raw of [
      'title: a\ntitle: b\n',
      'author:\n  name: Ana\n',
      'summary: |\n  text\n',
      'base: &b x\nother: *b\n',
      'title: "tab\\tin"\n',
      'title: a\n  continued\n',
      'tags:\n  - a\n    - b\n',
      'tags:\n- a\n  - b\n',
    ]) {
      expect(readSimpleYaml(raw), raw).toBeNull();
    }
  });

  it('reads a key with nothing after it as null, and one followed by dashes as a list with empty items', () => {
    expect(readSimpleYaml('cover:\ntitle: x\n')).toStrictEqual({ cover: null, title: 'x' });
    expect(readSimpleYaml('tags:\n-\n- a\n')).toStrictEqual({ tags: [null, 'a'] });
  });
});
