import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  forgetImage,
  importLogFile,
  readImportLog,
  recordImport,
  updateImportLog,
  type ImportRecord,
} from '../../../../src/images/node/import-log';

const root = '/sites/blog';
const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);
const stage: ImportRecord = { path: 'assets/images/stage.jpg', postId: '_posts/a.md', bytes: 10, width: 4, height: 3 };
const crowd: ImportRecord = { path: 'assets/images/crowd.jpg', postId: '_posts/a.md', bytes: 20, width: 4, height: 3 };
let userData: string;
let file: string;

beforeEach(async () => {
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  file = importLogFile(userData, root);
});

afterEach(async () => {
  await fs.rm(userData, { recursive: true, force: true });
});

describe('import log', () => {
  it('keeps one file per site in the user-data folder, named by a hash of the root', () => {
    expect(path.dirname(file)).toBe(path.join(userData, 'image-imports'));
    expect(path.basename(file)).toMatch(/^[0-9a-f]{40}\.json$/);
    expect(importLogFile(userData, '/sites/other')).not.toBe(file);
  });

  it('reads as empty when missing, corrupt or written for another site', async () => {
    expect((await readImportLog(file, root)).sources.size).toBe(0);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, '{"format":1,"root":"/sites/blog","sources":{');
    expect((await readImportLog(file, root)).sources.size).toBe(0);
    await updateImportLog(file, root, (log) => recordImport(log, hashA, stage, '_posts/a.md'));
    const other = await readImportLog(file, '/sites/other');
    expect([other.sources.size, other.posts.size]).toEqual([0, 0]);
  });

  it('records imports and the posts they were linked for, across reads', async () => {
    await updateImportLog(file, root, (log) => recordImport(log, hashA, stage, '_posts/a.md'));
    await updateImportLog(file, root, (log) => recordImport(log, hashA, stage, '_posts/b.md'));
    await updateImportLog(file, root, (log) => recordImport(log, hashA, stage, '_posts/b.md'));
    const log = await readImportLog(file, root);
    expect(log.sources.get(hashA)).toEqual(stage);
    expect(Object.fromEntries(log.posts)).toEqual({
      '_posts/a.md': ['assets/images/stage.jpg'],
      '_posts/b.md': ['assets/images/stage.jpg'],
    });
    const rewritten = { ...stage, path: 'assets/images/stage-2.jpg', postId: '_posts/b.md' };
    await updateImportLog(file, root, (next) => recordImport(next, hashA, rewritten, '_posts/b.md'));
    expect((await readImportLog(file, root)).sources.get(hashA)).toEqual(rewritten);
  });

  it('drops malformed entries and keeps the good ones', async () => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const shape = {
      format: 1,
      root,
      sources: { [hashA]: stage, [hashB]: { path: 3 }, 'not-a-hash': crowd },
      posts: { '_posts/a.md': ['assets/images/stage.jpg'], '_posts/b.md': 'assets/images/crowd.jpg' },
    };
    await fs.writeFile(file, JSON.stringify(shape));
    const log = await readImportLog(file, root);
    expect([...log.sources.keys()]).toEqual([hashA]);
    expect([...log.posts.keys()]).toEqual(['_posts/a.md']);
  });

  it('loses no record when updates run at the same time', async () => {
    const records = Array.from({ length: 20 }, (_, index) => ({ ...stage, path: `assets/images/${index}.jpg` }));
    await Promise.all(
      records.map((record, index) =>
        updateImportLog(file, root, (log) => recordImport(log, index.toString(16).padStart(64, '0'), record, 'p.md')),
      ),
    );
    const log = await readImportLog(file, root);
    expect(log.sources.size).toBe(20);
    expect(log.posts.get('p.md')).toHaveLength(20);
  });

  it('keeps working after a failed update, which leaves the file as it was', async () => {
    await updateImportLog(file, root, (log) => recordImport(log, hashA, stage, '_posts/a.md'));
    const before = await fs.readFile(file, 'utf8');
    await expect(
      updateImportLog(file, root, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await fs.readFile(file, 'utf8')).toBe(before);
    await updateImportLog(file, root, (log) => recordImport(log, hashB, crowd, '_posts/a.md'));
    expect((await readImportLog(file, root)).sources.size).toBe(2);
  });

  it('forgets a deleted image for every post and source', async () => {
    await updateImportLog(file, root, (log) => {
      recordImport(log, hashA, stage, '_posts/a.md');
      recordImport(log, hashA, stage, '_posts/b.md');
      recordImport(log, hashB, crowd, '_posts/a.md');
      forgetImage(log, stage.path);
    });
    const log = await readImportLog(file, root);
    expect([...log.sources.keys()]).toEqual([hashB]);
    expect(Object.fromEntries(log.posts)).toEqual({ '_posts/a.md': ['assets/images/crowd.jpg'] });
  });
});
