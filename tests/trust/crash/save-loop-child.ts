/**
 * The process the crash-safety test kills. It opens a site through the real core and then writes
 * without pause — the two posts through `posts.save`, the session through `session.update`, the
 * publish queue through the publish service — each in turn, until it is killed with SIGKILL.
 *
 * Usage: `node save-loop-child.mjs <site> <user-data> <templates> <queue-clock-base> <first-kind>`
 * (built by `build-child.ts`); `first-kind` names the write to start the round with, so that the
 * write a kill aims at comes soon and each kill costs little more than a start. On stdout, one line each, written synchronously so that a kill cannot lose
 * one: `ready {"root":…,"posts":[…]}` once the site is open, then `begin <kind> <generation>`
 * before every write and `end <kind> <generation>` after it. Anything unexpected goes to stderr
 * and ends the process with code 1.
 */
import { writeSync } from 'node:fs';
import type { HostAdapters } from '../../../src/app/node/host-adapters';
import { createLanyardCore } from '../../../src/app/node/lanyard-core';
import { PublishService } from '../../../src/app/node/publish-service';
import type { PostDocument, PostSummary, SaveOutcome } from '../../../src/posts/post-types';
import { openConfSettings } from './conf-settings';
import {
  crashPosts,
  postGeneration,
  postText,
  queueClock,
  queueGeneration,
  queuedOutcome,
  queuedPost,
  sessionFor,
  sessionGeneration,
  writeKinds,
  type CrashPost,
  type WriteKind,
} from './crash-versions';

/** A child the parent forgot about stops by itself rather than rewriting files forever. */
const lifetimeMs = 60_000;

const [site, userDataDir, templatesDir, clockBaseArgument, firstKind] = process.argv.slice(2);
const first = writeKinds.indexOf(firstKind as WriteKind);
if (site === undefined || userDataDir === undefined || templatesDir === undefined || !clockBaseArgument || first < 0) {
  throw new Error('usage: save-loop-child <site> <user-data> <templates> <queue-clock-base> <first-kind>');
}
const clockBase = Number(clockBaseArgument);
const round = [...writeKinds.slice(first), ...writeKinds.slice(0, first)];

function mark(line: string): void {
  writeSync(1, `${line}\n`);
}

function fail(message: string): never {
  writeSync(2, `${message}\n`);
  process.exit(1);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

setTimeout(() => fail(`still running after ${lifetimeMs} ms; was the parent lost?`), lifetimeMs).unref();
process.stdin.on('end', () => process.exit(2));
process.stdin.resume();

const host: HostAdapters = {
  userDataDir,
  templatesDir,
  assetBaseUrl: 'lanyard-asset://site/',
  settings: openConfSettings(userDataDir),
  dialogs: {
    chooseFolder: () => Promise.resolve(null),
    chooseSavePath: () => Promise.resolve(null),
    chooseImages: () => Promise.resolve([]),
  },
  openExternal: () => Promise.resolve(),
  emit: () => undefined,
  report: (error) => fail(`the core reported: ${describe(error)}`),
};

const core = createLanyardCore(host);

async function call<T>(channel: string, argument?: unknown): Promise<T> {
  const answer = await core.dispatcher.invoke(channel, argument);
  if (!answer.ok) fail(`${channel} failed: ${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

const { root } = await core.openSite(site);
// This service only files queue entries; retrying belongs to the core's own, whose timer lies a day ahead.
const publishing = new PublishService(host);
publishing.dispose();
const listed = await call<PostSummary[]>('posts.list');
mark(`ready ${JSON.stringify({ root, posts: listed.map((post) => post.id) })}`);

/** Where each post stands on disk, so the next save names the version it replaces. */
const postVersions = new Map<CrashPost, string>();
const generations = new Map<WriteKind, number>();

for (const post of Object.keys(crashPosts) as CrashPost[]) {
  const document = await call<PostDocument>('posts.read', { id: crashPosts[post] });
  const generation = postGeneration(document.text) ?? fail(`${crashPosts[post]} names no generation`);
  postVersions.set(post, document.version);
  generations.set(`post-${post}`, generation);
}
generations.set('settings', sessionGeneration(host.settings.get('sessions')[root]));
generations.set('queue', queueGeneration(host.settings.get('publishQueue')[root]));

async function savePost(post: CrashPost, generation: number): Promise<void> {
  const request = { id: crashPosts[post], text: postText(post, generation), baseVersion: postVersions.get(post) };
  const outcome = await call<SaveOutcome>('posts.save', request);
  if (outcome.status !== 'saved') fail(`${request.id} was not saved: ${JSON.stringify(outcome).slice(0, 300)}`);
  postVersions.set(post, outcome.version);
}

function fileQueued(generation: number): void {
  const realNow = Date.now;
  // The service stamps the entry from the machine's clock; pinned, every byte of it is known.
  Date.now = () => queueClock(clockBase, generation);
  try {
    publishing.settle(root, queuedOutcome(generation), queuedPost(generation));
  } finally {
    Date.now = realNow;
  }
}

const writers: Record<WriteKind, (generation: number) => Promise<unknown>> = {
  'post-lf': (generation) => savePost('lf', generation),
  'post-crlf': (generation) => savePost('crlf', generation),
  settings: (generation) => call('session.update', sessionFor(generation)),
  queue: (generation) => Promise.resolve(fileQueued(generation)),
};

for (;;) {
  for (const kind of round) {
    const generation = (generations.get(kind) ?? 0) + 1;
    generations.set(kind, generation);
    mark(`begin ${kind} ${generation}`);
    await writers[kind](generation);
    mark(`end ${kind} ${generation}`);
  }
}
