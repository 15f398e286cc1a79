import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/api/lanyard-error';
import type { HostAdapters } from '../../src/app/node/host-adapters';
import { createLanyardCore, type LanyardCore } from '../../src/app/node/lanyard-core';
import { createLocalLog, type LocalLog } from '../../src/app/node/local-log';
import type { PostDocument } from '../../src/posts/post-types';
import { testHost, type TestHost } from '../src/app/node/test-host';
import { git } from '../src/git/node/repo-fixtures';
import { dayOnePost, makeAttackWorld, removeAttackWorld, type AttackWorld } from './attack/attack-world';
import { openConfSettings, settingsFile } from './crash/conf-settings';
import { recordTrustFigure } from './trust-figures';

const token = 's3cr3t-token';
/** Port 9 (discard) on the loopback: nothing listens, so every attempt fails at once. */
const remoteUrls: Readonly<Record<string, string>> = {
  'user and token': `https://user:${token}@127.0.0.1:9/repo.git`,
  'token as user name': `https://${token}@127.0.0.1:9/blog.git`,
  'password with an @ in it': `https://user:x@${token}@127.0.0.1:9/blog.git`,
  'plain http': `http://user:${token}@127.0.0.1:9/blog.git`,
  ssh: `ssh://user:${token}@127.0.0.1:9/blog.git`,
};

/** Every form the secret could show up in: as is, its first half, percent-encoded, with its user. */
const secretForms = [
  token,
  's3cr3t',
  'S3CR3T',
  [...Buffer.from('s3cr3t')].map((byte) => `%${byte.toString(16)}`).join(''),
  encodeURIComponent(`user:${token}`),
  'user:s3cr3t',
];

function leaksIn(text: string): string[] {
  return secretForms.filter((form) => text.includes(form));
}

/** One thing Lanyard wrote, said or kept, with where it came from. */
interface Trace {
  where: string;
  text: string;
}

let world: AttackWorld;
let localLog: LocalLog;
let host: TestHost;
let core: LanyardCore;
const traces: Trace[] = [];

/** The core as the Electron main process builds it: settings in the real file, errors to the local log. */
function electronLikeCore(): LanyardCore {
  host = testHost(world.userDataDir);
  host.answers.folder = path.join(world.userDataDir, 'clones');
  const settings = openConfSettings(world.userDataDir);
  const adapters: HostAdapters = {
    ...host,
    settings,
    report: (error) => {
      localLog.report(error);
      host.errors.push(error);
    },
  };
  return createLanyardCore(adapters);
}

beforeAll(async () => {
  world = await makeAttackWorld();
  await fs.mkdir(path.join(world.userDataDir, 'clones'));
  localLog = createLocalLog(path.join(world.userDataDir, 'logs', 'lanyard.log'));
  core = electronLikeCore();
  await core.openSite(world.site);
}, 60_000);

afterAll(async () => {
  await core?.dispose();
  if (world) await removeAttackWorld(world);
});

async function call(channel: string, arg?: unknown): Promise<Envelope<unknown>> {
  const answer = await core.dispatcher.invoke(channel, arg);
  traces.push({ where: `${channel} answer`, text: JSON.stringify(answer) });
  return answer;
}

/** Everything an error carries that could reach a log: message, stack, cause and own fields. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const fields = JSON.stringify(Object.fromEntries(Object.entries(error)));
  return `${error.stack ?? error.message}\n${fields}\n${error.cause === undefined ? '' : errorText(error.cause)}`;
}

/** Every file under `folder`, skipping the bare remote (git's, holding commits only) and clone targets. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(`${world.remote}${path.sep}`));
}

async function publishThrough(url: string): Promise<void> {
  await git(world.site, 'remote', 'set-url', 'origin', url);
  const read = await call('posts.read', { id: dayOnePost });
  const document = (read as { value: PostDocument }).value;
  await call('posts.save', { id: dayOnePost, text: `${document.text}\nMore.\n`, baseVersion: document.version });
  await call('publish.status', { id: dayOnePost, liveUpdate: false });
  await call('publish.run', { id: dayOnePost, run: `publish-${traces.length}` });
  await call('publish.queue');
  await call('publish.retry');
}

async function addRemoteTo(url: string): Promise<void> {
  await git(world.plainSite, 'remote', 'remove', 'origin').catch(() => undefined);
  await call('publish.addRemote', { url });
  await call('publish.addRemote', { url });
  await call('publish.status', { id: 'notes/first.md', liveUpdate: false });
}

describe('secrets: a remote URL with a token never reaches a log, a message or a file of Lanyard’s', () => {
  it('publishes, retries, clones and adds remotes with tokens in their URLs, and no trace holds the token', async () => {
    for (const url of Object.values(remoteUrls)) await publishThrough(url);
    for (const url of Object.values(remoteUrls))
      await call('site.cloneFromUrl', { url, run: `clone-${traces.length}` });
    await call('site.cloneFromUrl', { url: `${remoteUrls['user and token']} not a url`, run: 'clone-bad' });
    const blogLog = await call('publish.log');

    await core.openSite(world.plainSite);
    await call('publish.initRepository');
    for (const url of Object.values(remoteUrls)) await addRemoteTo(url);
    await call('publish.addRemote', { url: `${remoteUrls['user and token']} not a url` });
    await call('publish.run', { id: 'notes/first.md', run: 'plain-publish' });
    const plainLog = await call('publish.log');
    const lanyardErrors = [...host.errors];
    // The renderer's own errors, which may quote the URL it was given, are checked where they land: the log.
    for (const url of Object.values(remoteUrls)) {
      await call('app.reportError', {
        kind: 'error',
        message: `Could not clone ${url}`,
        stack: `Error: ${url}\n    at clone`,
      });
    }
    await core.dispose();

    for (const event of host.events) traces.push({ where: `${event.name} event`, text: JSON.stringify(event.payload) });
    for (const error of lanyardErrors) traces.push({ where: 'reported error', text: errorText(error) });
    for (const file of await filesUnder(world.userDataDir)) {
      traces.push({ where: path.relative(world.userDataDir, file), text: await fs.readFile(file, 'latin1') });
    }
    const leaks = traces.flatMap((trace) => leaksIn(trace.text).map((form) => `${trace.where}: ${form}`));
    recordTrustFigure({
      area: 'Nothing escapes',
      what: `remote URLs with a token (${Object.keys(remoteUrls).length} forms): publish, retry, clone, add remote; every answer, event, reported error, log line and Lanyard file`,
      tried: traces.length,
      failure: 'the token, or user:token, in any of them (also percent-encoded)',
      failed: leaks.length,
    });

    expect(leaks).toEqual([]);
    // The traces mean something: the git commands ran and were logged, and failed as offline.
    const logged = (answer: Envelope<unknown>) => (answer.ok ? (answer.value as unknown[]).length : 0);
    expect(logged(blogLog)).toBeGreaterThan(10);
    expect(logged(plainLog)).toBeGreaterThan(3);
    const settingsWhere = path.relative(world.userDataDir, settingsFile(world.userDataDir));
    expect(traces.some((trace) => trace.where === settingsWhere)).toBe(true);
    const logText = traces.find((trace) => trace.where === path.relative(world.userDataDir, localLog.file))?.text;
    expect(logText).toContain('Could not clone https://***@127.0.0.1:9/repo.git');
    expect(
      traces.some((trace) => /publish\.run answer/.test(trace.where) && /queued|offline|reach/i.test(trace.text)),
    ).toBe(true);
  }, 180_000);

  it('the local log itself blanks credentials in every line it writes', async () => {
    const file = path.join(world.userDataDir, 'logs', 'direct.log');
    const log = createLocalLog(file);
    for (const url of Object.values(remoteUrls)) {
      log.log('warn', `fatal: unable to access '${url}': Failed to connect`);
      log.report(new Error(`git push ${url} failed`, { cause: new Error(`remote ${url}`) }));
    }
    expect(leaksIn(await fs.readFile(file, 'utf8'))).toEqual([]);
  });
});
