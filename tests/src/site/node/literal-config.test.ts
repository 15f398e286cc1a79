import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configHead,
  literalBlock,
  literalSetting,
  maxConfigChars,
  readConfigHead,
  withoutComments,
} from '../../../../src/site/node/literal-config';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let site = '';
useTempSite((folders) => ({ site } = folders));

describe('withoutComments', () => {
  it('drops line and block comments and keeps strings that look like them', () => {
    const code = 'a = "https://x.org"; // note\nb = \'/* not */\'; /* gone\n */c = `//`;';
    expect(withoutComments(code)).toBe('a = "https://x.org"; \nb = \'/* not */\'; c = `//`;');
    expect(withoutComments('d = "it\\"s // kept"; /* unclosed')).toBe('d = "it\\"s // kept"; ');
  });
});

describe('configHead and readConfigHead', () => {
  it('read only the first 64 KB of a config', async () => {
    const late = `${' '.repeat(maxConfigChars)}base: "/late"`;
    expect(literalSetting(configHead(late), 'base')).toBeNull();
    await writeFileUnder(site, 'astro.config.mjs', `export default { base: "/é" /* x */ };${late}`);
    const head = await readConfigHead(path.join(site, 'astro.config.mjs'));
    expect(head.startsWith('export default { base: "/é"  };')).toBe(true);
    expect(head).toHaveLength(maxConfigChars - 7);
    expect(literalSetting(head, 'base')).toBe('/é');
  });

  it('gives nothing for a config that cannot be read', async () => {
    expect(await readConfigHead(path.join(site, 'missing.mjs'))).toBe('');
    await fs.mkdir(path.join(site, 'folder.mjs'));
    expect(await readConfigHead(path.join(site, 'folder.mjs'))).toBe('');
  });
});

describe('literalSetting', () => {
  it('reads a literal string in any quotes, the first one winning', () => {
    expect(literalSetting('site: "https://a.org", base: \'/docs\'', 'base')).toBe('/docs');
    expect(literalSetting('export default { site : `https://a.org` }', 'site')).toBe('https://a.org');
    expect(literalSetting('{ base: "/one" }, { base: "/two" }', 'base')).toBe('/one');
  });

  it('answers null for a longer name, a computed value or a broken string', () => {
    expect(literalSetting('database: "/db"', 'base')).toBeNull();
    expect(literalSetting('$base: "/db"', 'base')).toBeNull();
    expect(literalSetting('base: process.env.BASE', 'base')).toBeNull();
    expect(literalSetting('base: `/${dir}`', 'base')).toBeNull();
    expect(literalSetting('base: "/a\n"', 'base')).toBeNull();
    expect(literalSetting(`base: "${'x'.repeat(3000)}"`, 'base')).toBeNull();
  });
});

describe('literalBlock', () => {
  it('gives the inside of an object without nested objects', () => {
    expect(literalBlock("build: { format: 'file', assets: '_a' }", 'build')).toBe(" format: 'file', assets: '_a' ");
    expect(literalBlock('rebuild: { format: "file" }', 'build')).toBeNull();
    expect(literalBlock('build: { inline: { a: 1 }, format: "file" }', 'build')).toBeNull();
  });
});
