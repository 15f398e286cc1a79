import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipBytes, measureInitialJs, totalOf } from '../../../bench/browser/bundle-initial-js';
import { generatedModule, writeBudgetPage } from '../../../bench/browser/bundle-peer-page';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-peer-page-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('generatedModule', () => {
  it('reaches the gzip size asked for, compresses about as real bundles do, and is the same for the same seed', () => {
    const code = generatedModule(30_000, 3, 'f');
    expect(gzipBytes(code)).toBeGreaterThanOrEqual(30_000);
    expect(gzipBytes(code)).toBeLessThan(31_000);
    expect(Buffer.byteLength(code) / gzipBytes(code)).toBeGreaterThan(2.5);

    expect(generatedModule(30_000, 3, 'f')).toBe(code);
    expect(generatedModule(30_000, 4, 'f')).not.toBe(code);
  });
});

describe('writeBudgetPage', () => {
  it('writes a page whose initial scripts total the budget, split like the app, all of them initial', async () => {
    const budget = 40_000;
    const files = await writeBudgetPage(dir, { gzipBytes: budget, files: 3, seed: 11 });
    const measured = await measureInitialJs(dir);

    expect(measured.initial.map((file) => file.file).sort()).toEqual(files.map((file) => file.file).sort());
    expect(measured.lazy).toEqual([]);
    expect(files).toHaveLength(3);
    const total = totalOf(measured.initial);
    expect(total.gzipBytes).toBeGreaterThanOrEqual(budget);
    // Each file stops one function past its share: a few hundred bytes over at most.
    expect(total.gzipBytes).toBeLessThan(budget * 1.05);
    // Real minified bundles shrink about 3:1; code gzip squeezed far more would parse far more per byte sent.
    expect(total.rawBytes / total.gzipBytes).toBeLessThan(4);
  });

  it('writes code that parses and runs: every chunk returns a number and the entry adds them up', async () => {
    await writeBudgetPage(dir, { gzipBytes: 20_000, files: 2, seed: 12 });
    const chunk = (await import(pathToFileURL(path.join(dir, 'assets', 'chunk-0.js')).href)) as { run(): unknown };
    expect(chunk.run()).toEqual(expect.any(Number));

    const global = globalThis as { window?: { __peerResult?: unknown } };
    global.window = {};
    try {
      await import(pathToFileURL(path.join(dir, 'assets', 'entry.js')).href);
      expect(global.window.__peerResult).toEqual(expect.any(Number));
      expect(Number.isFinite(global.window.__peerResult)).toBe(true);
    } finally {
      delete global.window;
    }
  });
});
