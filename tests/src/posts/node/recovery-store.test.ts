import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecoveryStore, type RecoveryCopy } from '../../../../src/posts/node/recovery-store';

let temp: string;
let userData: string;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-recovery-'));
  userData = path.join(temp, 'user-data');
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

function copy(id: string, text: string, savedAt = 1_000): RecoveryCopy {
  return { id, text, baseVersion: 'a'.repeat(64), savedAt };
}

describe('RecoveryStore', () => {
  it('keeps one file per post under the user-data folder, one folder per site, newest copy first', async () => {
    const blog = new RecoveryStore(userData, path.join(temp, 'blog'));
    const other = new RecoveryStore(userData, path.join(temp, 'other-blog'));
    await blog.keep(blog.ticket(), copy('_posts/a.md', 'first draft', 1_000));
    await blog.keep(blog.ticket(), copy('_posts/b.md', 'bee', 2_000));
    await blog.keep(blog.ticket(), copy('_posts/a.md', 'second draft', 3_000));

    expect(path.dirname(blog.folder)).toBe(path.join(userData, 'recovery'));
    expect(other.folder).not.toBe(blog.folder);
    expect(await fs.readdir(blog.folder)).toHaveLength(2);
    expect(await blog.list()).toEqual([copy('_posts/a.md', 'second draft', 3_000), copy('_posts/b.md', 'bee', 2_000)]);
    expect(await other.list()).toEqual([]);
  });

  it('writes atomically: no temp file stays, and a half-written one from a crash is never read as a copy', async () => {
    const store = new RecoveryStore(userData, path.join(temp, 'blog'));
    await store.keep(store.ticket(), copy('_posts/a.md', 'kept'));
    expect((await fs.readdir(store.folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const [name] = await fs.readdir(store.folder);
    // What a kill mid-write leaves: the temp file beside the copy, cut short.
    await fs.writeFile(
      path.join(store.folder, `.${name}.lanyard-0123456789ab.tmp`),
      '{"format":1,"id":"_posts/a.md","te',
    );

    expect(await store.list()).toEqual([copy('_posts/a.md', 'kept')]);
  });

  it('skips damaged or foreign files without removing them', async () => {
    const store = new RecoveryStore(userData, path.join(temp, 'blog'));
    await store.keep(store.ticket(), copy('_posts/a.md', 'kept'));
    const damaged = path.join(store.folder, `${'0'.repeat(40)}.json`);
    await fs.writeFile(damaged, 'not json');
    // A copy filed under another post's name is not taken for that post.
    const [name] = (await fs.readdir(store.folder)).filter((entry) => entry !== path.basename(damaged));
    const misfiled = path.join(store.folder, `${'1'.repeat(40)}.json`);
    await fs.copyFile(path.join(store.folder, name!), misfiled);

    expect(await store.list()).toEqual([copy('_posts/a.md', 'kept')]);
    expect(await fs.readFile(damaged, 'utf8')).toBe('not json');
  });

  it('removes a post’s copy on drop, and only that post’s', async () => {
    const store = new RecoveryStore(userData, path.join(temp, 'blog'));
    await store.keep(store.ticket(), copy('_posts/a.md', 'a'));
    await store.keep(store.ticket(), copy('_posts/b.md', 'b'));
    await store.drop(store.ticket(), '_posts/a.md');
    await store.drop(store.ticket(), '_posts/never-kept.md');

    expect((await store.list()).map((kept) => kept.id)).toEqual(['_posts/b.md']);
  });

  it('never lets an older call undo a newer one, whatever order they finish in', async () => {
    const store = new RecoveryStore(userData, path.join(temp, 'blog'));
    const older = store.ticket();
    const newer = store.ticket();
    await store.keep(newer, copy('_posts/a.md', 'typed later'));
    await store.keep(older, copy('_posts/a.md', 'typed earlier'));
    expect((await store.list())[0]?.text).toBe('typed later');

    // A save that began before the latest text was kept leaves that text's copy alone.
    const save = store.ticket();
    await store.keep(store.ticket(), copy('_posts/a.md', 'typed during the save'));
    await store.drop(save, '_posts/a.md');
    expect((await store.list())[0]?.text).toBe('typed during the save');

    // A save that began after it removes it.
    await store.drop(store.ticket(), '_posts/a.md');
    expect(await store.list()).toEqual([]);
  });

  it('runs calls for one post one at a time, in the order they were made', async () => {
    const store = new RecoveryStore(userData, path.join(temp, 'blog'));
    const calls: Array<Promise<void>> = [];
    for (let round = 0; round < 20; round++) {
      calls.push(store.keep(store.ticket(), copy('_posts/a.md', `round ${round}`, round)));
      if (round % 3 === 0) calls.push(store.drop(store.ticket(), '_posts/a.md'));
    }
    await Promise.all(calls);
    await store.settled();

    expect(await store.list()).toEqual([copy('_posts/a.md', 'round 19', 19)]);
  });
});
