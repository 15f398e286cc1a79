import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontMatterData } from '../../../src/frontmatter/front-matter-data';

/** The same post's front matter in each format Lanyard reads. */
const samePost = {
  yaml: [
    '---',
    'title: "Day 1: Keynotes"',
    'date: 2022-11-28T09:30:00-08:00',
    'day: 2022-11-28',
    'draft: false',
    'weight: 2.5',
    'tags: [lisbon, keynote]',
    'params:',
    '  hero: /img/a.png',
    '---',
    'Body',
  ],
  toml: [
    '+++',
    'title = "Day 1: Keynotes"',
    'date = 2022-11-28T09:30:00-08:00',
    'day = 2022-11-28',
    'draft = false',
    'weight = 2.5',
    'tags = [\'lisbon\', "keynote"]',
    '[params]',
    'hero = "/img/a.png"',
    '+++',
    'Body',
  ],
  json: [
    '{',
    '  "title": "Day 1: Keynotes",',
    '  "date": "2022-11-28T09:30:00-08:00",',
    '  "day": "2022-11-28",',
    '  "draft": false,',
    '  "weight": 2.5,',
    '  "tags": ["lisbon", "keynote"],',
    '  "params": { "hero": "/img/a.png" }',
    '}',
    'Body',
  ],
};

const expected = {
  title: 'Day 1: Keynotes',
  date: '2022-11-28T09:30:00-08:00',
  day: '2022-11-28',
  draft: false,
  weight: 2.5,
  tags: ['lisbon', 'keynote'],
  params: { hero: '/img/a.png' },
};

describe('readFrontMatterData round trips', () => {
  for (const [format, lines] of Object.entries(samePost)) {
    it(`reads ${format} front matter into the same plain data, dates as written`, () => {
      for (const eol of ['\n', '\r\n']) {
        const text = lines.join(eol);
        const read = readFrontMatterData(text);
        expect(read.error).toBeNull();
        expect(read.split.format).toBe(format);
        expect(read.data).toEqual(expected);
        expect(Object.keys(read.data ?? {})).toEqual(Object.keys(expected));
        expect(text.slice(read.split.bodyStart)).toBe('Body');
      }
    });
  }

  it('reads any JSON object written out as Hugo writes it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), (data) => {
        const json = JSON.stringify(data, null, 2);
        const read = readFrontMatterData(`${json}\nBody`);
        expect(read).toMatchObject({ error: null, split: { format: 'json', raw: json } });
        expect(read.data).toEqual(JSON.parse(json));
      }),
    );
  });

  it('reads a file that is only front matter, with no line break at the end', () => {
    expect(readFrontMatterData('---\ntitle: Only').error).not.toBeNull();
    expect(readFrontMatterData('---\ntitle: Only\n---').data).toEqual({ title: 'Only' });
    expect(readFrontMatterData('+++\ntitle = "Only"\n+++').data).toEqual({ title: 'Only' });
    expect(readFrontMatterData('{\n"title": "Only"\n}').data).toEqual({ title: 'Only' });
  });

  it('gives an empty map for an empty block and null for a post without one', () => {
    for (const text of ['---\n---\nBody', '---\n# just a comment\n---\n', '+++\n+++\n', '{\n}\n']) {
      expect(readFrontMatterData(text)).toMatchObject({ data: {}, error: null });
    }
    expect(readFrontMatterData('# Title\n')).toMatchObject({ data: null, error: null, split: { format: null } });
  });

  it('keeps every TOML date and time form as written, even in tables and arrays', () => {
    const text = [
      '+++',
      'spaced = 1979-05-27 07:32:00Z',
      'local = 1979-05-27T07:32:00.999999',
      'time = 07:32:00 # a comment with 2000-01-01',
      'note = "not a date: 1979-05-27 07:32:00Z"',
      '[[events]]',
      'at = [2022-11-28T09:30-08:00, 2022-11-29]',
      '+++',
    ].join('\n');
    expect(readFrontMatterData(text).data).toEqual({
      spaced: '1979-05-27 07:32:00Z',
      local: '1979-05-27T07:32:00.999999',
      time: '07:32:00',
      note: 'not a date: 1979-05-27 07:32:00Z',
      events: [{ at: ['2022-11-28T09:30-08:00', '2022-11-29'] }],
    });
  });

  it('keeps a YAML date as text, also when a !!timestamp tag would make it a Date', () => {
    const read = readFrontMatterData('---\na: 2026-06-16 19:40:00 +01:00\nb: !!timestamp 2026-06-16\n---\n');
    expect(read.data).toEqual({ a: '2026-06-16 19:40:00 +01:00', b: '2026-06-16' });
  });
});

describe('readFrontMatterData problems, with lines in the whole file', () => {
  it('names a YAML key written twice and both its lines', () => {
    const read = readFrontMatterData('---\ntitle: A\nlayout: post\nparams:\n  x: 1\n  x: 2\ntitle: B\n---\n');
    expect(read.error).toEqual({
      message: 'The key "x" appears twice (lines 5 and 6); only one of them can be kept.',
      line: 6,
    });
    expect(read.data).toMatchObject({ title: 'B', layout: 'post' });
    expect(readFrontMatterData('\uFEFF---\r\n\r\ntags: [a]\r\ntags: [b]\r\n---\r\n').error).toEqual({
      message: 'The key "tags" appears twice (lines 3 and 4); only one of them can be kept.',
      line: 4,
    });
  });

  it('explains tabs used for indentation', () => {
    expect(readFrontMatterData('---\ntitle: A\nparams:\n\thero: x\n---\n').error).toEqual({
      message: 'Tabs can’t indent front matter; use spaces instead.',
      line: 4,
    });
  });

  it('asks for key: value lines when the block is a list or a lone value', () => {
    for (const block of ['- a\n- b', 'just some words', '"quoted"']) {
      expect(readFrontMatterData(`---\n${block}\n---\n`)).toMatchObject({
        data: null,
        error: { message: 'The front matter should be a list of "key: value" lines.', line: 2 },
      });
    }
  });

  it('reports an unclosed block with its own fence', () => {
    for (const [text, fence] of [
      ['---\ntitle: A\n', '---'],
      ['+++\ntitle = "A"\n', '+++'],
      ['{\n"title": "A"\n', '}'],
    ]) {
      expect(readFrontMatterData(text!)).toMatchObject({
        data: null,
        error: { message: `The front matter starting on line 1 has no closing ${fence} line.`, line: 1 },
      });
    }
  });

  it('reports a YAML syntax error and still gives what was read', () => {
    const read = readFrontMatterData('---\ntitle: Named\ntags: [a, b\nlayout: post\n---\n');
    expect(read.error?.message).toMatch(/\]/);
    expect(read.error?.line).toBe(4);
    expect(read.data).toMatchObject({ title: 'Named' });
  });

  it('reports a TOML error on its line, and a TOML key defined twice by name', () => {
    const text = '\uFEFF+++\r\ntitle = "A"\r\n\r\ndraft = maybe\r\n+++\r\nBody';
    expect(readFrontMatterData(text)).toMatchObject({
      data: null,
      error: { message: 'Not valid TOML: invalid value.', line: 4 },
    });
    expect(readFrontMatterData('+++\ntitle = "A"\ntags = []\ntitle = "B"\n+++\n').error).toEqual({
      message: 'The key "title" is defined twice.',
      line: 4,
    });
  });

  it('reports a JSON error on the line where the object stops making sense', () => {
    const cases: [string, number, RegExp][] = [
      ['{\n  "title": "A"\n  "date": "2022-11-28"\n}\n', 3, /^Not valid JSON: expected ',' or '\}'/],
      ['{\n  "title": "A",\n  "draft": tru\n}\n', 3, /^Not valid JSON: unexpected "tru"\.$/],
      ['{\n  "title": "A",\n}\n', 3, /^Not valid JSON: /],
      ['{\n  "title": "A",\n  "tags": ["a",\n  "b"\n}\n', 5, /^Not valid JSON: /],
      ['{\n  title: "A"\n}\n', 2, /^Not valid JSON: /],
      ['{\n  "a": "say \\"hi\\" \\u00e9 \\n",\n  "b": "tab\there"\n}\n', 3, /control character/],
    ];
    for (const [text, line, message] of cases) {
      const read = readFrontMatterData(text);
      expect(read.data).toBeNull();
      expect(read.error?.line).toBe(line);
      expect(read.error?.message).toMatch(message);
      expect(read.error?.message).not.toMatch(/position|is not valid JSON/);
    }
    expect(readFrontMatterData('\uFEFF{\r\n  "a": 1,\r\n  "b": nope\r\n}\r\n').error?.line).toBe(3);
  });

  it('gives up with a message, not an exception, when YAML aliases explode', () => {
    const names = [...'abcdefghijkl'];
    const lines = names.map((name, n) =>
      n === 0
        ? 'a: &a [x, x, x, x, x, x, x, x, x, x]'
        : `${name}: &${name} [${`*${names[n - 1]!}, `.repeat(9)}*${names[n - 1]!}]`,
    );
    const read = readFrontMatterData(['---', ...lines, '---', ''].join('\n'));
    expect(read.data).toBeNull();
    expect(read.error?.line).toBe(2);
    expect(read.error?.message).toMatch(/^The front matter could not be read: /);
  });
});
