import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalLog, redactSecrets } from '../../../../src/app/node/local-log';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-log-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('redactSecrets', () => {
  it('hides the credentials of any URL and leaves the rest readable', () => {
    expect(redactSecrets('push to https://writer:ghp_s3cret@github.example/blog.git failed')).toBe(
      'push to https://***@github.example/blog.git failed',
    );
    expect(redactSecrets('ssh://git@host/x and https://token@host/y')).toBe('ssh://***@host/x and https://***@host/y');
    expect(redactSecrets('mail me at writer@example.com')).toBe('mail me at writer@example.com');
    expect(redactSecrets("unable to access 'https://user:x@s3cret@host/blog.git/'")).toBe(
      "unable to access 'https://***@host/blog.git/'",
    );
  });
});

describe('createLocalLog', () => {
  it('appends levelled lines with secrets redacted, error causes included', async () => {
    const log = createLocalLog(path.join(dir, 'logs', 'lanyard.log'));
    log.log('info', 'started');
    log.report(new Error('push to https://u:token123@host/r failed', { cause: new Error('offline') }));
    const text = await fs.readFile(log.file, 'utf8');
    expect(text).toMatch(/ INFO started\n/);
    expect(text).toContain('ERROR Error: push to https://***@host/r failed');
    expect(text).toContain('Caused by: Error: offline');
    expect(text).not.toContain('token123');
  });

  it('rolls the file over once it passes the size limit', async () => {
    const log = createLocalLog(path.join(dir, 'lanyard.log'), 100);
    for (let i = 0; i < 5; i++) log.log('info', `line ${i} ${'x'.repeat(40)}`);
    const current = await fs.readFile(log.file, 'utf8');
    const previous = await fs.readFile(`${log.file}.1`, 'utf8');
    // Each line is about 80 bytes: the file rolls every second line and keeps one generation.
    expect(current.length).toBeLessThanOrEqual(200);
    expect(current).toContain('line 4');
    expect(current).not.toContain('line 0');
    expect(previous).toContain('line 3');
    expect(previous).not.toContain('line 0');
  });
});
