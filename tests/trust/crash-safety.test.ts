import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostDocument, PostSummary, SaveOutcome } from '../../src/posts/post-types';
import { callChannel, openCoreOn, shippedTemplatesDir } from '../src/app/node/test-host';
import { buildCrashChild } from './crash/build-child';
import { openConfSettings } from './crash/conf-settings';
import { crashPosts, postBytes, postGeneration, postText, type CrashPost } from './crash/crash-versions';
import { leftoverTempFiles, type CrashSite } from './crash/file-check';
import { runKillLane, type KillRecord } from './crash/kill-lane';
import { recordTrustFigure } from './trust-figures';

/** Two children run at once, one per core, each on its own site; every kill checks every file. */
const laneCount = 2;
const killsPerLane = 100;
/** About a minute on two idle cores; on a shared machine under load the same kills take longer. */
const killsTimeoutMs = 600_000;

let temp: string;
let childDir: string;
let childFile: string;
const sites: CrashSite[] = [];
let records: KillRecord[] = [];

async function makeSite(folder: string, queueClockBase: number): Promise<CrashSite> {
  const site = path.join(folder, 'blog');
  const userDataDir = path.join(folder, 'user-data');
  await fs.mkdir(path.join(site, '_posts'), { recursive: true });
  await fs.writeFile(path.join(site, '_config.yml'), 'title: Crash Test Blog\n');
  for (const post of Object.keys(crashPosts) as CrashPost[]) {
    await fs.writeFile(path.join(site, crashPosts[post]), postBytes(post, 0));
  }
  // The settings file exists before the first child, as after any first launch.
  openConfSettings(userDataDir).set('recentSites', [site]);
  return {
    site,
    userDataDir,
    root: site,
    queueClockBase,
    onDisk: { 'post-lf': 0, 'post-crlf': 0, settings: 0, queue: 0 },
  };
}

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(await fs.realpath(os.tmpdir()), 'lanyard-crash-'));
  childDir = path.join(import.meta.dirname, 'tmp', `crash-child-${randomBytes(4).toString('hex')}`);
  childFile = await buildCrashChild(childDir);
  const queueClockBase = Math.floor(Date.now() / 1000) * 1000 + 86_400_000;
  for (let lane = 0; lane < laneCount; lane++) {
    sites.push(await makeSite(path.join(temp, `lane-${lane}`), queueClockBase));
  }
}, 60_000);

afterAll(async () => {
  await fs.rm(temp, { recursive: true, force: true });
  await fs.rm(childDir, { recursive: true, force: true });
});

function count(predicate: (record: KillRecord) => boolean): number {
  return records.filter(predicate).length;
}

type DamagePick = (record: KillRecord) => Array<string | null>;

const postDamage: DamagePick = (record) => [
  record.check.posts.lf.damage,
  record.check.posts.crlf.damage,
  record.indexProblem,
];
const settingsDamage: DamagePick = (record) => [record.check.settings.damage];
const queueDamage: DamagePick = (record) => [record.check.queue.damage];

/** Every damage found, each with where the kill was aimed and where it landed. */
function damages(pick: DamagePick): string[] {
  return records.flatMap((record) =>
    pick(record)
      .filter((damage) => damage !== null)
      .map((damage) => `${damage} (aimed at ${record.plan.target}, landed in ${record.landed})`),
  );
}

function recordKills(what: string, failure: string, pick: DamagePick): void {
  const failed = count((record) => pick(record).some((damage) => damage !== null));
  recordTrustFigure({ area: 'Nothing lost', what, tried: records.length, failure, failed });
}

/** Where the kills landed: what makes the figures mean something. */
function landings() {
  const landedIn = (...kinds: string[]) => count((record) => kinds.includes(record.landed));
  return {
    kills: records.length,
    duringPostSave: landedIn('post-lf', 'post-crlf'),
    duringSettingsWrite: landedIn('settings'),
    duringQueueWrite: landedIn('queue'),
    duringStartup: landedIn('startup'),
    betweenWrites: landedIn('between'),
    leftPostTempFile: count((record) => record.leftTemp.post),
    leftSettingsTempFile: count((record) => record.leftTemp.settings),
  };
}

describe('crash safety: a writer killed with SIGKILL mid-write', () => {
  it(
    'leaves every post, the settings and the publish queue either the old or the new version',
    async () => {
      const began = performance.now();
      const options = (crash: CrashSite) => ({ childFile, templatesDir: shippedTemplatesDir, crash });
      const runs = sites.map((crash, lane) => runKillLane(options(crash), killsPerLane, 0x5eed + lane));
      records = (await Promise.all(runs)).flat();

      recordKills(
        'posts saved and killed with SIGKILL mid-write',
        'a post empty, truncated or mixed, or a temp file listed as a post',
        postDamage,
      );
      recordKills(
        'settings saved and killed with SIGKILL mid-write',
        'the settings file empty, truncated or mixed',
        settingsDamage,
      );
      recordKills(
        'publish queue saved and killed with SIGKILL mid-write',
        'the queue empty, truncated or mixed',
        queueDamage,
      );
      const landed = landings();
      console.log(`crash safety, ${Math.round((performance.now() - began) / 1000)} s: ${JSON.stringify(landed)}`);

      const firstTen = (pick: DamagePick) => damages(pick).slice(0, 10);
      expect({ posts: firstTen(postDamage), settings: firstTen(settingsDamage), queue: firstTen(queueDamage) }).toEqual(
        { posts: [], settings: [], queue: [] },
      );
      // Without kills inside the writes the figures would prove nothing.
      expect(landed.kills).toBeGreaterThanOrEqual(200);
      expect(landed.duringPostSave).toBeGreaterThanOrEqual(landed.kills / 4);
      expect(landed.leftPostTempFile).toBeGreaterThan(0);
    },
    killsTimeoutMs,
  );

  it('after the kills, temp files are not taken for posts and the next save still works', async () => {
    const temps = await Promise.all(sites.map(async (crash) => (await leftoverTempFiles(crash)).posts.length));
    expect(temps.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    for (const crash of sites) {
      const fresh = await openCoreOn(crash.site, path.join(temp, `fresh-${randomBytes(4).toString('hex')}`));
      try {
        const listed = await callChannel<PostSummary[]>(fresh, 'posts.list');
        expect(listed.map((post) => post.id).sort()).toEqual(Object.values(crashPosts).sort());
        for (const post of Object.keys(crashPosts) as CrashPost[]) {
          const id = crashPosts[post];
          const document = await callChannel<PostDocument>(fresh, 'posts.read', { id });
          const generation = postGeneration(document.text) ?? -1;
          expect(generation).toBe(crash.onDisk[`post-${post}`]);
          const text = postText(post, generation + 1);
          const saved = await callChannel<SaveOutcome>(fresh, 'posts.save', {
            id,
            text,
            baseVersion: document.version,
          });
          expect(saved.status).toBe('saved');
          expect((await fs.readFile(path.join(crash.site, id))).equals(postBytes(post, generation + 1))).toBe(true);
        }
      } finally {
        await fresh.dispose();
      }
    }
  });
});
