import { describe, expect, it } from 'vitest';
import { literalInputDir } from '../../../../src/site/node/eleventy-config';

describe('literalInputDir', () => {
  it('reads dir.input from module.exports, export const config and a returned object', () => {
    expect(
      literalInputDir('module.exports = function () {\n  return { dir: { input: "src", output: "dist" } };\n};'),
    ).toBe('src');
    expect(
      literalInputDir("export const config = {\n  dir: {\n    output: '_site',\n    input: 'content',\n  },\n};"),
    ).toBe('content');
    expect(literalInputDir('module.exports = { dir: { input: `pages` } };')).toBe('pages');
  });

  it('reads setInputDirectory, which wins over a dir object', () => {
    const text =
      'export default function (c) {\n  c.setInputDirectory("site");\n  return { dir: { input: "old" } };\n}';
    expect(literalInputDir(text)).toBe('site');
  });

  it('ignores commented-out settings and keeps URLs in code intact', () => {
    const text =
      '// dir: { input: "commented" }\n/* c.setInputDirectory("block") */\nconst u = "https://x.org";\nmodule.exports = { dir: { input: "real" } };';
    expect(literalInputDir(text)).toBe('real');
  });

  it('answers null when the input folder is computed or not set', () => {
    expect(literalInputDir('module.exports = { dir: { input: process.env.IN } };')).toBeNull();
    expect(literalInputDir('module.exports = function (c) { c.addPassthroughCopy("img"); };')).toBeNull();
    expect(literalInputDir('const input = "x"; module.exports = {};')).toBeNull();
  });
});

describe('literalInputDir on awkward configs', () => {
  it('keeps strings that look like comments, and reads past them', () => {
    const config =
      'c.addPassthroughCopy("src/img/*"); c.setInputDirectory("src"); c.addPassthroughCopy("src/**/*.jpg");';
    expect(literalInputDir(config)).toBe('src');
  });

  it('reads only the head of a huge hostile config, so opening the site cannot stall', () => {
    // Unbounded, this megabyte took far longer than the test's own timeout.
    expect(literalInputDir('dir:{'.repeat(200_000))).toBeNull();
    expect(literalInputDir(`${' '.repeat(70 * 1024)}c.setInputDirectory("late")`)).toBeNull();
  });
});
