import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../../../src/api/contract';
import { createLocalLog } from '../../../../src/app/node/local-log';
import { createRendererErrorLog } from '../../../../src/app/node/renderer-error-log';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-renderer-log-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const input = channels['app.reportError'].input;

describe('app.reportError', () => {
  it('accepts a clipped report and refuses oversized or unexpected fields', () => {
    expect(input.safeParse({ kind: 'error', message: 'TypeError: x is undefined', stack: 'at App' }).success).toBe(
      true,
    );
    expect(input.safeParse({ kind: 'unhandledrejection', message: 'offline' }).success).toBe(true);
    expect(input.safeParse({ kind: 'error', message: 'x'.repeat(2001) }).success).toBe(false);
    expect(input.safeParse({ kind: 'error', message: 'x', stack: 'y'.repeat(8001) }).success).toBe(false);
    expect(input.safeParse({ kind: 'warning', message: 'x' }).success).toBe(false);
    expect(input.safeParse({ kind: 'error', message: 'x', url: 'https://example.com' }).success).toBe(false);
  });
});

describe('createRendererErrorLog', () => {
  it('writes renderer errors to the local log with credentials blanked', async () => {
    const log = createLocalLog(path.join(dir, 'lanyard.log'));
    const reportError = createRendererErrorLog((error) => log.report(error));
    await reportError({
      kind: 'unhandledrejection',
      message: 'Error: fetch https://writer:ghp_token@github.example/blog.git failed',
      stack: 'Error: fetch https://writer:ghp_token@github.example/blog.git failed\n    at publish (index.js:1:2)',
    });
    const text = await fs.readFile(log.file, 'utf8');
    expect(text).toContain(
      'ERROR Renderer unhandled rejection: Error: fetch https://***@github.example/blog.git failed',
    );
    expect(text).toContain('at publish (index.js:1:2)');
    expect(text).not.toContain('ghp_token');
    // The stack starts with the message: it is logged once.
    expect(text.match(/github\.example/g)).toHaveLength(1);
  });

  it('logs at most `limit` errors per window and then says how many it left out', async () => {
    const lines: unknown[] = [];
    let time = 1_000;
    const reportError = createRendererErrorLog((line) => lines.push(line), {
      limit: 2,
      windowMs: 100,
      now: () => time,
    });
    for (let i = 0; i < 5; i++) await reportError({ kind: 'error', message: `boom ${i}` });
    expect(lines).toEqual(['Renderer uncaught error: boom 0', 'Renderer uncaught error: boom 1']);
    time += 100;
    await reportError({ kind: 'error', message: 'boom 5' });
    expect(lines.slice(2)).toEqual([
      'Renderer: 3 more error(s) were not logged (more than 2 in 0.1 s).',
      'Renderer uncaught error: boom 5',
    ]);
  });
});
