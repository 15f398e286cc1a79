import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bench, describe } from 'vitest';
import { publishPost } from '../src/publish/node/publish-post';
import { makeBlog, POST_ID, POST_TEXT, publishContext } from '../tests/src/publish/node/publish-fixture';

const run = promisify(execFile);
const identity = ['-c', 'user.name=Bench', '-c', 'user.email=bench@lanyard.invalid', '-c', 'commit.gpgsign=false'];
/** About what a 2000 px photo at quality 82 weighs; random bytes, so git cannot compress them either. */
const photoBytes = 300 * 1024;
const seed = 2026;

/** Seeded bytes (mulberry32), the same for both sides of the comparison. */
function photo(seedOfPhoto: number): Buffer {
  let state = seedOfPhoto >>> 0;
  const bytes = Buffer.alloc(photoBytes);
  for (let at = 0; at < bytes.length; at += 4) {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    bytes.writeUInt32LE((mixed ^ (mixed >>> 14)) >>> 0, at);
  }
  return bytes;
}

/**
 * Each publish writes one more line to the post and two new photos it links, so every iteration
 * really commits and pushes all three. Answers the paths it changed, repository-relative.
 */
function editor(site: string): () => string[] {
  let edits = 0;
  return () => {
    const edit = ++edits;
    const photos = ['a', 'b'].map((side) => `assets/images/photo-${edit}-${side}.jpg`);
    photos.forEach((file, index) => writeFileSync(path.join(site, file), photo(seed + edit * 2 + index)));
    const links = photos.map((file) => `![Stage](/${file})`).join('\n');
    writeFileSync(path.join(site, POST_ID), `${POST_TEXT}\nEdit ${edit}.\n\n${links}\n`);
    return [POST_ID, ...photos];
  };
}

/**
 * One-click publish of an edited post and two new photos to a bare remote on disk: Lanyard
 * (repository checks and config in one round, adding the new photos, commit --only, keeping the
 * commit under a ref, pull --rebase --autostash, push, with progress and logging) against the
 * peer, the same four git commands typed by hand.
 */
describe('publish an edited post and two new photos to a local bare remote', async () => {
  const peerBlog = await makeBlog(mkdtempSync(path.join(os.tmpdir(), 'lanyard-bench-peer-')));
  const lanyardBlog = await makeBlog(mkdtempSync(path.join(os.tmpdir(), 'lanyard-bench-')));
  const editPeer = editor(peerBlog.site);
  const editLanyard = editor(lanyardBlog.site);
  const git = (...args: string[]) => run('git', [...identity, ...args], { cwd: peerBlog.site });

  bench(
    'peer: git add, commit, pull --rebase --autostash, push',
    async () => {
      const changed = editPeer();
      await git('add', '--', ...changed);
      await git('commit', '--quiet', '-m', 'Update: re:Invent Day 1');
      await git('pull', '--quiet', '--rebase', '--autostash');
      await git('push', '--quiet');
    },
    { time: 4000, iterations: 10 },
  );

  bench(
    'lanyard: publishPost',
    async () => {
      editLanyard();
      const outcome = await publishPost(publishContext(lanyardBlog.profile, { wasPublished: true }), {
        id: POST_ID,
        include: [],
        keepMine: false,
      });
      if (outcome.kind !== 'published') throw new Error(outcome.message);
    },
    { time: 4000, iterations: 10 },
  );
});
