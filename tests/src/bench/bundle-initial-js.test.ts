import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  htmlReferences,
  measureInitialJs,
  resolveReference,
  staticImportSpecifiers,
  totalOf,
} from '../../../bench/browser/bundle-initial-js';

describe('htmlReferences', () => {
  it('finds module scripts, modulepreload links and stylesheets, whatever the attribute order and quotes', () => {
    const html = `<!doctype html><html><head>
      <meta http-equiv="Content-Security-Policy" content="script-src 'self'">
      <link rel="icon" href="data:," />
      <script type="module" crossorigin src="./assets/index-a1.js"></script>
      <link crossorigin rel=modulepreload href='./assets/vendor-react-b2.js'>
      <LINK REL="modulepreload" HREF="/assets/vendor-c3.js">
      <link rel="stylesheet" crossorigin href="./assets/index-d4.css">
      <script src="https://example.org/tracker.js"></script>
    </head><body><div id="root"></div></body></html>`;

    expect(htmlReferences(html)).toEqual({
      scripts: ['assets/index-a1.js'],
      preloads: ['assets/vendor-react-b2.js', 'assets/vendor-c3.js'],
      stylesheets: ['assets/index-d4.css'],
    });
  });
});

describe('staticImportSpecifiers', () => {
  it('lists what a minified chunk imports statically and leaves dynamic imports out', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./lazy-x.js"])))=>i.map(i=>d[i]);\n' +
      'import{a as e,b as t}from"./vendor-react-1.js";import"./side-effect-2.js";' +
      "import * as ns from './namespace-3.js';export{c as n}from\"./re-export-4.js\";export*from'./star-5.js';" +
      'const s="./not-an-import.js",u=import.meta.url;e.import("./method-6.js");' +
      'const l=()=>import("./lazy-7.js");export{e as x};';

    expect(staticImportSpecifiers(code)).toEqual([
      './vendor-react-1.js',
      './side-effect-2.js',
      './namespace-3.js',
      './re-export-4.js',
      './star-5.js',
    ]);
  });
});

describe('resolveReference', () => {
  it('resolves against the importing file as the browser does, and refuses bare and external references', () => {
    expect(resolveReference('assets/index.js', './vendor.js')).toBe('assets/vendor.js');
    expect(resolveReference('assets/deep/a.js', '../b.js')).toBe('assets/b.js');
    expect(resolveReference('index.html', '/assets/c.js')).toBe('assets/c.js');
    expect(resolveReference('assets/index.js', 'react')).toBeNull();
    expect(resolveReference('assets/index.js', 'https://example.org/x.js')).toBeNull();
    expect(resolveReference('assets/index.js', '//example.org/x.js')).toBeNull();
    // The renderer folder is the origin's root: the browser cannot climb above it.
    expect(resolveReference('index.html', '../../top.js')).toBe('top.js');
  });
});

describe('measureInitialJs', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-initial-js-'));
    const files: Record<string, string> = {
      'index.html':
        '<script type="module" src="./assets/entry.js"></script>' +
        '<link rel="modulepreload" href="./assets/preloaded.js"><link rel="stylesheet" href="./assets/app.css">',
      'assets/entry.js': 'import{a}from"./shared.js";const later=()=>import("./dialog.js");a(later);',
      'assets/shared.js': 'import"./deeper.js";export const a=(f)=>f;',
      'assets/deeper.js': 'export const d=1;'.repeat(50),
      'assets/preloaded.js': 'import{a}from"./shared.js";export const p=a(2);',
      'assets/dialog.js': 'import{d}from"./deeper.js";export const dialog=d;',
      'assets/language.js': 'export const language="yaml";',
      'assets/app.css': 'body{margin:0}',
    };
    await fs.mkdir(path.join(dir, 'assets'));
    for (const [file, content] of Object.entries(files)) await fs.writeFile(path.join(dir, file), content);
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('counts the entry, its preloads and their static imports as initial, and every other script as lazy', async () => {
    const measured = await measureInitialJs(dir);

    expect(measured.initial.map((file) => file.file).sort()).toEqual([
      'assets/deeper.js',
      'assets/entry.js',
      'assets/preloaded.js',
      'assets/shared.js',
    ]);
    expect(measured.lazy.map((file) => file.file)).toEqual(['assets/dialog.js', 'assets/language.js']);
    expect(measured.stylesheets.map((file) => file.file)).toEqual(['assets/app.css']);
    expect(measured.initialRequests).toBe(6);
  });

  it('sizes each file as stored and as gzip sends it', async () => {
    const measured = await measureInitialJs(dir);
    const deeper = measured.initial.find((file) => file.file === 'assets/deeper.js');
    const content = await fs.readFile(path.join(dir, 'assets', 'deeper.js'));

    expect(deeper).toEqual({ file: 'assets/deeper.js', rawBytes: content.length, gzipBytes: gzipSync(content).length });
    expect(deeper?.gzipBytes).toBeLessThan(content.length);
    expect(totalOf(measured.initial).rawBytes).toBe(measured.initial.reduce((sum, file) => sum + file.rawBytes, 0));
  });
});
