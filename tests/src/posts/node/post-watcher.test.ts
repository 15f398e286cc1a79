import { promises as fs, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../src/fs/node/atomic-write';
import { startPostWatcher, type PostWatcher } from '../../../../src/posts/node/post-watcher';
import { jekyllProfile } from '../../../../src/site/site-profile';

/** Changes made outside must show within this long. */
const withinMs = 1000;

let temp: string;
let site: string;
let watcher: PostWatcher | null;
let batches: string[][];
let vanished: number;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-watch-'));
  site = path.join(temp, 'site');
  await fs.mkdir(path.join(site, '_posts'), { recursive: true });
  batches = [];
  vanished = 0;
  watcher = null;
});

afterEach(async () => {
  watcher?.close();
  await fs.rm(temp, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const reported = () => new Set(batches.flat());

async function start(): Promise<void> {
  const profile = jekyllProfile(site, 'Site', {});
  watcher = startPostWatcher(
    profile,
    (ids) => batches.push(ids),
    () => vanished++,
  );
  // Watches on folders are set up asynchronously; give them a moment before changing things.
  await sleep(150);
}

/** Resolves once `condition` holds, failing if it takes longer than a writer would notice. */
async function within(condition: () => boolean, ms = withinMs): Promise<number> {
  const began = Date.now();
  while (!condition()) {
    if (Date.now() - began > ms)
      throw new Error(`not seen within ${ms} ms; reported so far: ${JSON.stringify(batches)}`);
    await sleep(10);
  }
  return Date.now() - began;
}

const post = (id: string) => path.join(site, ...id.split('/'));

describe('startPostWatcher', () => {
  it('reports files added, changed, renamed and deleted within a second', async () => {
    await fs.writeFile(post('_posts/a.md'), 'one');
    await start();

    await fs.writeFile(post('_posts/b.md'), 'new');
    await within(() => reported().has('_posts/b.md'));

    batches = [];
    await fs.appendFile(post('_posts/a.md'), ' two');
    await within(() => reported().has('_posts/a.md'));

    batches = [];
    await fs.rename(post('_posts/a.md'), post('_posts/c.md'));
    await within(() => reported().has('_posts/a.md') && reported().has('_posts/c.md'));

    batches = [];
    await fs.rm(post('_posts/b.md'));
    await within(() => reported().has('_posts/b.md'));
  });

  it('gathers a burst of changes into one report, and ignores atomic-write temp files', async () => {
    await start();
    await writeFileAtomic(post('_posts/a.md'), 'first');
    await writeFileAtomic(post('_posts/a.md'), 'second');
    await fs.writeFile(post('_posts/b.md'), 'x');
    await within(() => reported().has('_posts/b.md') && reported().has('_posts/a.md'));
    await sleep(250);
    expect(batches).toEqual([['_posts/a.md', '_posts/b.md']]);
  });

  it('follows folders as they come and go', async () => {
    await start();
    await fs.mkdir(post('_posts/2026'));
    await within(() => reported().has('_posts/2026'));
    await sleep(50);
    await fs.writeFile(post('_posts/2026/deep.md'), 'x');
    await within(() => reported().has('_posts/2026/deep.md'));

    batches = [];
    await fs.rm(post('_posts/2026'), { recursive: true });
    await within(() => reported().has('_posts/2026'));
  });

  it('picks a post folder up again after it is deleted and made anew', async () => {
    await start();
    await fs.rm(post('_posts'), { recursive: true });
    await within(() => reported().has('_posts'));
    await fs.mkdir(post('_posts'));
    await sleep(150);
    batches = [];
    await fs.writeFile(post('_posts/back.md'), 'x');
    await within(() => reported().has('_posts/back.md'));
  });

  it('says when the site folder itself vanishes', async () => {
    await start();
    await fs.rename(site, path.join(temp, 'moved'));
    await within(() => vanished === 1);
    expect(batches.flat()).not.toContain('..');
  });

  it('reports nothing after close', async () => {
    await start();
    watcher?.close();
    await fs.writeFile(post('_posts/late.md'), 'x');
    await sleep(300);
    expect(batches).toEqual([]);
  });
});

/** Live inotify watches of this process: one per watched folder, whatever fs.watch does inside. */
function inotifyWatchCount(): number {
  let count = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    let target: string;
    try {
      target = readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      continue;
    }
    if (target !== 'anon_inode:inotify') continue;
    count += readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('inotify wd:')).length;
  }
  return count;
}

describe.runIf(process.platform === 'linux')('watch handles', () => {
  it('holds one watch per folder, not one per file', async () => {
    await fs.mkdir(post('_posts/2025/12'), { recursive: true });
    await fs.mkdir(post('_posts/2026'));
    await fs.mkdir(post('_drafts'));
    await fs.mkdir(post('_posts/.git'));
    for (let n = 0; n < 60; n++) await fs.writeFile(post(`_posts/${n % 2 ? '2026' : '2025/12'}/p${n}.md`), 'x');
    const before = inotifyWatchCount();
    await start();
    // _posts, _posts/2025, _posts/2025/12, _posts/2026, _drafts, the site root (above _posts) and its parent.
    expect(inotifyWatchCount() - before).toBe(7);

    await fs.mkdir(post('_posts/2027'));
    await within(() => reported().has('_posts/2027'));
    await within(() => inotifyWatchCount() - before === 8);
    await fs.rm(post('_posts/2025'), { recursive: true });
    await within(() => inotifyWatchCount() - before === 6);

    watcher?.close();
    await within(() => inotifyWatchCount() === before);
  });
});
