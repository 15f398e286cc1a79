import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiteArg } from '../../../../src/app/node/command-line';

describe('parseSiteArg', () => {
  const cwd = path.resolve('/home/writer');

  it('reads --site <folder> and --site=<folder>, resolved against the working folder', () => {
    expect(parseSiteArg(['electron', '.', '--site', 'blog'], cwd)).toBe(path.join(cwd, 'blog'));
    expect(parseSiteArg(['electron', '.', '--site=../other'], cwd)).toBe(path.resolve(cwd, '../other'));
    expect(parseSiteArg(['electron', '--site', '/srv/blog'], cwd)).toBe(path.resolve('/srv/blog'));
  });

  it('answers null when the flag is missing, empty, or followed by another flag', () => {
    expect(parseSiteArg(['electron', '.'], cwd)).toBeNull();
    expect(parseSiteArg(['electron', '--site'], cwd)).toBeNull();
    expect(parseSiteArg(['electron', '--site='], cwd)).toBeNull();
    expect(parseSiteArg(['electron', '--site', '--inspect'], cwd)).toBeNull();
  });
});
