import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LanyardCore } from '../../../src/app/node/lanyard-core';
import type { PublishOutcome, QueuedPublish } from '../../../src/publish/publish-types';
import { callChannel, openCoreWithHost, type TestHost } from '../../src/app/node/test-host';
import { git, makeBlog, POST_ID, type BlogFixture } from '../../src/publish/node/publish-fixture';

/** The line the writer adds before every publish; its presence on disk or in a commit is their work. */
export const WRITERS_LINE = 'Written in Lanyard just before Publish.';

/** A blog with its remote, a Lanyard core over it and the writer's unpublished edit on disk. */
export interface GitWorld {
  blog: BlogFixture;
  core: LanyardCore;
  host: TestHost;
  temp: string;
  /** Publishes the post through the publish channel under the run id `run`. */
  publish(run?: string, options?: { keepMine?: boolean }): Promise<PublishOutcome>;
  dispose(): Promise<void>;
}

/** Makes the blog in `temp`, opens it in a core and writes the writer's edit. */
export async function makeGitWorld(temp: string): Promise<GitWorld> {
  const blog = await makeBlog(temp);
  const { core, host } = await openCoreWithHost(blog.site, path.join(temp, 'user-data'));
  const file = path.join(blog.site, POST_ID);
  await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('Second line.', WRITERS_LINE));
  return {
    blog,
    core,
    host,
    temp,
    publish: (run = 'publish', options = {}) =>
      callChannel<PublishOutcome>(core, 'publish.run', { id: POST_ID, run, keepMine: options.keepMine ?? false }),
    dispose: () => core.dispose(),
  };
}

/** Commits by id, each with what a rebase keeps of it: author, author date and subject. */
export type Commits = Map<string, string>;

/** Every commit reachable from some ref (branches, remote-tracking refs, tags, the stash, Lanyard's own) or HEAD. */
export async function reachableCommits(repo: string): Promise<Commits> {
  const listed = await git(repo, 'log', '--all', '--format=%H %an <%ae> %at %s');
  const lines = listed.split('\n').filter((line) => line !== '');
  return new Map(lines.map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]));
}

/** The markers of a rebase or merge left half done in `repo`'s git directory. */
export async function halfDoneMarkers(repo: string): Promise<string[]> {
  const markers = ['rebase-merge', 'rebase-apply', 'MERGE_HEAD'];
  const found: string[] = [];
  for (const marker of markers) {
    const where = path.resolve(repo, await git(repo, 'rev-parse', '--git-path', marker));
    if (
      await fs.stat(where).then(
        () => true,
        () => false,
      )
    )
      found.push(marker);
  }
  return found;
}

/** What both sides held before the publish. */
export interface Sides {
  local: Commits;
  remote: Commits;
  /** A rebase or merge someone else left half done: Lanyard refusing to publish keeps it, rightly. */
  halfDone: string[];
}

export async function snapshotSides(world: GitWorld): Promise<Sides> {
  const { site, bare } = world.blog;
  return {
    local: await reachableCommits(site),
    remote: await reachableCommits(bare),
    halfDone: await halfDoneMarkers(site),
  };
}

/** What a scenario's run did to the commits and the repository. */
export interface Damage {
  /** Commits reachable before on a side and not after, as `side:sha subject`. */
  lost: string[];
  /** The writer's work found nowhere: neither in a reachable commit nor on disk. */
  writersWorkLost: boolean;
  /** The commit the outcome names, when no ref on the local side reaches it. */
  writersCommitLost: string | null;
  /** Markers of a half-done rebase or merge in the site's repository that were not there before. */
  halfDone: string[];
}

/**
 * Commits of `before` that `after` has neither by id nor, rebased onto the remote's work, as a
 * commit with the same author, author date and subject; as `side:sha subject`.
 */
function missing(side: string, before: Commits, after: Commits): string[] {
  const rebased = new Set(after.values());
  return [...before]
    .filter(([sha, identity]) => !after.has(sha) && !rebased.has(identity))
    .map(([sha, identity]) => `${side}:${sha.slice(0, 10)} ${identity}`);
}

/** True when some commit reachable in `repo` has the writer's line in the post. */
async function committedSomewhere(
  repo: string,
  commits: Commits,
  postId: string,
  commit: string | null,
): Promise<boolean> {
  const candidates = commit !== null && commits.has(commit) ? [commit, ...commits.keys()] : [...commits.keys()];
  for (const sha of candidates) {
    const text = await git(repo, 'show', `${sha}:${postId}`).catch(() => '');
    if (text.includes(WRITERS_LINE)) return true;
  }
  return false;
}

/**
 * Compares both sides with `before`: every commit reachable before is reachable after on the same
 * side, as itself or rebased (the queued commit counts on the local side), the writer's line is in a reachable commit or
 * still on disk, and no rebase or merge is left half done.
 */
export async function damageAfter(world: GitWorld, before: Sides, outcome: PublishOutcome | null): Promise<Damage> {
  const { site, bare } = world.blog;
  const local = await reachableCommits(site);
  const queued = await callChannel<QueuedPublish | null>(world.core, 'publish.queue');
  if (queued !== null) local.set(queued.commit, 'queued');
  const remote = await reachableCommits(bare);
  const lost = [...missing('local', before.local, local), ...missing('remote', before.remote, remote)];
  const postId = outcome?.postId ?? POST_ID;
  const onDisk = (await fs.readFile(path.join(site, postId), 'utf8').catch(() => '')).includes(WRITERS_LINE);
  const commit = outcome?.commit ?? null;
  const writersWorkLost = !onDisk && !(await committedSomewhere(site, local, postId, commit));
  const writersCommitLost = commit !== null && !local.has(commit) ? commit : null;
  return {
    lost,
    writersWorkLost,
    writersCommitLost,
    halfDone: (await halfDoneMarkers(site)).filter((marker) => !before.halfDone.includes(marker)),
  };
}
