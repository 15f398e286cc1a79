import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/api/lanyard-error';
import { runGit } from '../../src/git/node/run-git';
import type { LanyardCore } from '../../src/app/node/lanyard-core';
import { openCoreWithHost, type TestHost } from '../src/app/node/test-host';
import { git } from '../src/git/node/repo-fixtures';
import {
  canaryMarker,
  dayOnePost,
  makeAttackWorld,
  outsideSnapshot,
  removeAttackWorld,
  snapshotChanges,
  tinyJpeg,
  type AttackWorld,
} from './attack/attack-world';
import { hostilePaths, type HostilePath } from './attack/hostile-paths';
import { recordTrustFigure } from './trust-figures';

/** One attack: a channel called with a hostile path somewhere in its argument. */
interface Attack {
  channel: string;
  trick: string;
  arg: unknown;
  /** Whether the call must be refused; otherwise it may also be taken as a name inside the site. */
  mustRefuse: boolean;
}

interface Outcome extends Attack {
  answer: Envelope<unknown>;
}

let world: AttackWorld;
let jpeg: Buffer;
let runs = 0;
/** Each photo differs, so an import is never answered from an earlier one. */
const photo = () => ({ name: 'photo.jpg', data: new Uint8Array(Buffer.concat([jpeg, Buffer.from(`#${runs++}`)])) });
const run = () => `attack-${runs++}`;

beforeAll(async () => {
  world = await makeAttackWorld();
  jpeg = await tinyJpeg();
}, 60_000);

afterAll(async () => {
  if (world) await removeAttackWorld(world);
});

function postAttacks(paths: HostilePath[]): Attack[] {
  const calls: Array<[string, (id: string) => unknown]> = [
    ['posts.read', (id) => ({ id })],
    ['posts.save', (id) => ({ id, text: `${canaryMarker} overwritten`, baseVersion: null })],
    ['posts.rename', (id) => ({ id, title: 'Renamed by an attack' })],
    ['posts.publishState', (id) => ({ id })],
    ['images.check', (id) => ({ id })],
    ['images.removeUnused', (id) => ({ id, path: 'assets/images/photo.jpg' })],
    ['images.import', (postId) => ({ postId, source: photo(), batch: run() })],
    ['publish.status', (id) => ({ id, liveUpdate: false })],
    ['publish.run', (id) => ({ id, run: run() })],
    ['publish.unpublish', (id) => ({ id, run: run() })],
    ['posts.recoverKeep', (id) => ({ id, text: `${canaryMarker} kept`, baseVersion: null })],
    ['posts.recoverDrop', (id) => ({ id })],
  ];
  return calls.flatMap(([channel, arg]) =>
    paths.map(({ trick, value, nameInside }) => ({ channel, trick, arg: arg(value), mustRefuse: !nameInside })),
  );
}

function imageAttacks(paths: HostilePath[]): Attack[] {
  return paths.flatMap(({ trick, value, nameInside }) => [
    { channel: 'images.removeUnused', trick, arg: { id: dayOnePost, path: value }, mustRefuse: !nameInside },
    // Git commits a link as a link, never what it points to: `publishedObjectsLeak` checks that.
    {
      channel: 'publish.run',
      trick,
      arg: { id: dayOnePost, run: run(), include: [value] },
      mustRefuse: !nameInside && trick !== 'link to a file outside',
    },
    // The photo's own name comes from the page too; it may only ever name a file in the site.
    {
      channel: 'images.import',
      trick,
      arg: { postId: dayOnePost, source: { ...photo(), name: value }, batch: run() },
      mustRefuse: false,
    },
    {
      channel: 'events.save',
      trick,
      arg: {
        event: { name: 'Attack', start: '2026-05-01', end: '2026-05-01', timezone: 'UTC', cover: value },
        replacing: null,
      },
      mustRefuse: false,
    },
  ]);
}

/** A failed envelope, or a publish that did not happen (it answers its failure as an outcome). */
function isRefusal(answer: Envelope<unknown>): boolean {
  if (!answer.ok) return true;
  const kind = (answer.value as { kind?: unknown } | null)?.kind;
  return kind === 'failed' || kind === 'refused';
}

/** Folders that were never opened, named every way that could pass for a recent site. */
function recentSiteAttacks(): Attack[] {
  const folders: HostilePath[] = [
    { trick: 'the canary folder', value: world.canary },
    { trick: 'the folder around the site', value: world.temp },
    { trick: 'the file system root', value: '/' },
    { trick: 'dot-dot from the site', value: `${world.site}/../canary` },
    { trick: 'dot-dot after a link, which climbs from its target', value: `${world.site}/linked-folder/..` },
    { trick: 'a link in the site to a folder outside', value: `${world.site}/linked-folder` },
    { trick: 'relative path', value: '../canary' },
    { trick: 'percent-encoded site path', value: encodeURI(`${world.site}/../canary`).replace(/\./g, '%2e') },
  ];
  return ['site.openRecent', 'site.forgetRecent'].flatMap((channel) =>
    folders.map(({ trick, value }) => ({
      channel,
      trick,
      arg: { root: value },
      mustRefuse: channel === 'site.openRecent',
    })),
  );
}

async function attack(core: LanyardCore, attacks: Attack[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const one of attacks) {
    outcomes.push({ ...one, answer: await core.dispatcher.invoke(one.channel, one.arg) });
  }
  return outcomes;
}

/** Sets the photo folder to each path, then imports a photo, which is written there if anywhere. */
async function photoFolderAttacks(core: LanyardCore, paths: HostilePath[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const { trick, value } of paths) {
    const setting = { channel: 'images.updateSettings', trick, arg: { folder: value }, mustRefuse: false };
    outcomes.push({ ...setting, answer: await core.dispatcher.invoke(setting.channel, setting.arg) });
    const [imported] = await attack(core, [
      {
        channel: 'images.import',
        trick,
        arg: { postId: dayOnePost, source: photo(), batch: run() },
        mustRefuse: false,
      },
    ]);
    outcomes.push(imported as Outcome);
    await core.dispatcher.invoke('images.updateSettings', { folder: null });
  }
  return outcomes;
}

/** Sets a plain folder's posts and photo folders to each path, then lists and creates posts there. */
async function siteFolderAttacks(core: LanyardCore, paths: HostilePath[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const { trick, value } of paths) {
    const settings = { postsFolder: value, imagesFolder: value, urlPattern: null };
    outcomes.push(
      ...(await attack(core, [
        { channel: 'site.updateSettings', trick, arg: settings, mustRefuse: false },
        { channel: 'posts.list', trick, arg: undefined, mustRefuse: false },
        { channel: 'posts.create', trick, arg: { title: `Attack ${runs++}` }, mustRefuse: false },
        {
          channel: 'images.import',
          trick,
          arg: { postId: 'notes/first.md', source: photo(), batch: run() },
          mustRefuse: false,
        },
      ])),
    );
    await core.dispatcher.invoke('site.updateSettings', { postsFolder: 'notes', imagesFolder: null, urlPattern: null });
  }
  return outcomes;
}

/** Every object the site's remote holds that contains canary text: a publish that carried it out. */
async function publishedObjectsLeak(remote: string): Promise<string[]> {
  const objects = (await git(remote, 'rev-list', '--all', '--objects')).split('\n');
  const leaks: string[] = [];
  for (const line of objects) {
    const [id = '', name = ''] = line.split(' ');
    const { stdout } = await runGit(['cat-file', '-p', id], remote);
    if (stdout.includes(canaryMarker)) leaks.push(name || id);
  }
  return leaks;
}

describe('path attacks: no channel reads or writes outside the open site', () => {
  it('refuses or keeps inside the site every hostile path, and the canary beside it is untouched', async () => {
    const before = await outsideSnapshot(world);
    const postPaths = [
      ...hostilePaths(world, 'secret.md', '_posts', '_posts/linked-folder'),
      { trick: 'link to a file outside', value: '_posts/2026-05-02-linked.md' },
    ];
    const imagePaths = [
      ...hostilePaths(world, 'secret.jpg', 'assets/images', 'assets/linked-folder'),
      { trick: 'link to a file outside', value: 'assets/images/linked.jpg' },
    ];
    const folderPaths = hostilePaths(world, 'nested', 'notes', 'linked-folder');
    const plainPostPaths = hostilePaths(world, 'secret.md', 'notes', 'linked-folder');
    const blog = await openCoreWithHost(world.site, world.userDataDir);
    const plain = await openCoreWithHost(world.plainSite, world.userDataDir);
    let outcomes: Outcome[];
    try {
      outcomes = [
        ...(await attack(blog.core, [...postAttacks(postPaths), ...imageAttacks(imagePaths), ...recentSiteAttacks()])),
        ...(await photoFolderAttacks(blog.core, folderPaths)),
        ...(await attack(blog.core, [
          { channel: 'posts.list', trick: 'list after', arg: undefined, mustRefuse: false },
          { channel: 'posts.read', trick: 'control', arg: { id: dayOnePost }, mustRefuse: false },
        ])),
        // A plain folder keeps posts at its root too: every Markdown file is a post id there.
        ...(await attack(plain.core, postAttacks(plainPostPaths))),
        ...(await siteFolderAttacks(plain.core, folderPaths)),
      ];
    } finally {
      await blog.core.dispose();
      await plain.core.dispose();
    }
    const hosts: TestHost[] = [blog.host, plain.host];
    const writes = snapshotChanges(before, await outsideSnapshot(world));
    const published = await publishedObjectsLeak(world.remote);
    const reads = outcomes.filter((outcome) => JSON.stringify(outcome.answer).includes(canaryMarker));
    const eventReads = hosts
      .flatMap((host) => host.events)
      .filter((event) => JSON.stringify(event).includes(canaryMarker));
    const notRefused = outcomes.filter((outcome) => outcome.mustRefuse && !isRefusal(outcome.answer));
    const refused = outcomes.filter((outcome) => isRefusal(outcome.answer)).length;
    const unexpected = hosts.flatMap((host) => host.errors);
    console.log(
      `path attacks: ${outcomes.length} calls, ${refused} refused, ${outcomes.length - refused} taken as names inside the site`,
    );
    recordTrustFigure({
      area: 'Nothing escapes',
      what: 'hostile paths (traversal, absolute, drive, UNC, NUL, encoded, backslash, links, lookalikes) in every path-taking channel',
      tried: outcomes.length,
      failure: 'a read or write outside the site folder (canary beside it)',
      failed: reads.length + eventReads.length + published.length + writes.length + notRefused.length,
    });
    const shown = (outcome: Outcome) =>
      `${outcome.channel} with ${outcome.trick}: ${JSON.stringify(outcome.answer).slice(0, 200)}`;
    expect({
      reads: reads.map(shown),
      eventReads: eventReads.length,
      published,
      writes,
      notRefused: notRefused.map(shown),
      unexpected,
    }).toEqual({ reads: [], eventReads: 0, published: [], writes: [], notRefused: [], unexpected: [] });
    expect(outcomes.filter((outcome) => !outcome.answer.ok && outcome.answer.error.code === 'internal')).toEqual([]);
    // The attacks reached the checks: a real post reads, and a publish of the link went out.
    const succeeded = (channel: string, trick: string) =>
      outcomes.some((outcome) => outcome.channel === channel && outcome.trick === trick && !isRefusal(outcome.answer));
    expect(succeeded('posts.read', 'control')).toBe(true);
    expect(succeeded('publish.run', 'link to a file outside')).toBe(true);
  }, 300_000);
});
