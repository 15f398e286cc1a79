import { describe, expect, it } from 'vitest';
import { readFrontMatterModel } from '../../../src/frontmatter/front-matter-model';

describe('readFrontMatterModel', () => {
  it('lists YAML fields in file order with their values, sources and lines', () => {
    const model = readFrontMatterModel(
      '---\ntitle: "Day 1"\ndate: 2022-11-28 09:30:00 -0800\ntags:\n  - a\n  - b\nauthor:\n  name: Ana\n---\nBody\n',
    );
    expect(model.format).toBe('yaml');
    expect(model.readOnlyReason).toBeNull();
    expect(model.fields.map((field) => [field.key, field.kind, field.line])).toEqual([
      ['title', 'string', 2],
      ['date', 'datetime', 3],
      ['tags', 'list', 4],
      ['author', 'object', 7],
    ]);
    expect(model.fields[0]).toMatchObject({ value: 'Day 1', source: '"Day 1"' });
    expect(model.fields[1]?.value).toBe('2022-11-28 09:30:00 -0800');
    expect(model.fields[3]).toMatchObject({ value: { name: 'Ana' }, source: 'name: Ana' });
  });

  it('shows TOML and JSON front matter read-only, values included', () => {
    const toml = readFrontMatterModel('+++\ntitle = "Hugo post"\ndraft = true\n+++\nBody\n');
    expect(toml.format).toBe('toml');
    expect(toml.readOnlyReason).toMatch(/TOML/);
    expect(toml.fields.map((field) => [field.key, field.value, field.line])).toEqual([
      ['title', 'Hugo post', 2],
      ['draft', true, 3],
    ]);
    const json = readFrontMatterModel('{\n  "title": "JSON post",\n  "tags": ["a"]\n}\nBody\n');
    expect(json.readOnlyReason).toMatch(/JSON/);
    expect(json.fields.map((field) => [field.key, field.value])).toEqual([
      ['title', 'JSON post'],
      ['tags', ['a']],
    ]);
  });

  it.each([
    ['malformed YAML', '---\ntitle: [open\n---\n', /Flow sequence|flow/i],
    ['a duplicate key', '---\ntitle: a\ntitle: b\n---\n', /"title" appears twice \(lines 2 and 3\)/],
    ['tabs in indentation', '---\ntags:\n\t- a\n---\n', /Tabs/],
    ['an unclosed flow list', '---\ntags: [a, b\ndate: 2022-01-01\n---\n', /./],
    ['no closing fence', '---\ntitle: a\nBody\n', /no closing --- line/],
    ['a list instead of keys', '---\n- a\n- b\n---\n', /"key: value" lines/],
  ])('turns read-only with the parser’s message and line for %s', (_, text, message) => {
    const model = readFrontMatterModel(text);
    expect(model.error?.message).toMatch(message);
    expect(model.error?.line).toBeGreaterThanOrEqual(1);
    expect(model.readOnlyReason).toContain(`line ${model.error?.line}`);
    expect(model.fields).toEqual([]);
  });

  it('edits an empty block and a file that is only front matter', () => {
    expect(readFrontMatterModel('---\n---\nBody')).toMatchObject({ format: 'yaml', fields: [], readOnlyReason: null });
    const only = readFrontMatterModel('---\ntitle: x\n---');
    expect(only.readOnlyReason).toBeNull();
    expect(only.fields.map((field) => field.key)).toEqual(['title']);
  });

  it('has no fields and nothing to refuse for a post without front matter', () => {
    expect(readFrontMatterModel('# Just a heading\n')).toEqual({
      format: null,
      fields: [],
      error: null,
      readOnlyReason: null,
    });
  });
});
