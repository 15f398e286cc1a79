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

/** Each publish writes one more line, so every iteration really commits and pushes. */
function editor(site: string): () => void {
  let edits = 0;
  return () => writeFileSync(path.join(site, POST_ID), `${POST_TEXT}\nEdit ${++edits}.\n`);
}

/**
 * One-click publish of an edited post to a bare remote on disk: Lanyard (repository checks,
 * status, staging exactly the post, commit --only, pull --rebase --autostash, push, with
 * progress and logging) against the peer, the same four git commands typed by hand.
 */
describe('publish an edited post to a local bare remote', async () => {
  const peerBlog = await makeBlog(mkdtempSync(path.join(os.tmpdir(), 'lanyard-bench-peer-')));
  const lanyardBlog = await makeBlog(mkdtempSync(path.join(os.tmpdir(), 'lanyard-bench-')));
  const editPeer = editor(peerBlog.site);
  const editLanyard = editor(lanyardBlog.site);
  const git = (...args: string[]) => run('git', [...identity, ...args], { cwd: peerBlog.site });

  bench(
    'peer: git add, commit, pull --rebase --autostash, push',
    async () => {
      editPeer();
      await git('add', '--', POST_ID);
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
