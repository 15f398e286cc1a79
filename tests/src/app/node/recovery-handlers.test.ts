import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LanyardCore } from '../../../../src/app/node/lanyard-core';
import type { PostDocument, SaveOutcome } from '../../../../src/posts/post-types';
import type { RecoveredPost } from '../../../../src/posts/recovered-post';
import { callChannel, openCoreOn } from './test-host';

const day1 = '_posts/2026-06-16-day-1.md';
const day2 = '_posts/2026-06-17-day-2.md';
const original = '---\ntitle: Day 1\n---\nBody\n';

let temp: string;
let site: string;
let userData: string;
let core: LanyardCore;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-recovery-'));
  site = path.join(temp, 'blog');
  userData = path.join(temp, 'user-data');
  await fs.mkdir(path.join(site, '_posts'), { recursive: true });
  await fs.writeFile(path.join(site, '_config.yml'), 'title: Test\n');
  await fs.writeFile(path.join(site, day1), original);
  await fs.writeFile(path.join(site, day2), '---\ntitle: Day 2\n---\n');
  core = await openCoreOn(site, userData);
});

afterEach(async () => {
  await core.dispose();
  await fs.rm(temp, { recursive: true, force: true });
});

async function keep(id: string, text: string, baseVersion: string | null): Promise<void> {
  await callChannel(core, 'posts.recoverKeep', { id, text, baseVersion });
}

/** A new core over the same user-data folder: the app started again after a crash. */
async function restart(): Promise<RecoveredPost[]> {
  await core.dispose();
  core = await openCoreOn(site, userData);
  return callChannel<RecoveredPost[]>(core, 'posts.recoverList');
}

async function versionOf(id: string): Promise<string> {
  return (await callChannel<PostDocument>(core, 'posts.read', { id })).version;
}

describe('hot exit channels', () => {
  it('offer unsaved text back after a restart, as safe to restore while the file is the one it was typed on', async () => {
    const version = await versionOf(day1);
    await keep(day1, `${original}Typed before the crash.\n`, version);

    const offered = await restart();

    expect(offered).toEqual([
      {
        id: day1,
        text: `${original}Typed before the crash.\n`,
        baseVersion: version,
        savedAt: expect.any(Number) as number,
        disk: 'unchanged',
      },
    ]);
    expect(await fs.readFile(path.join(site, day1), 'utf8')).toBe(original);
  });

  it('remove the copy once the post is saved, and when the edit is let go', async () => {
    const version = await versionOf(day1);
    await keep(day1, `${original}Saved soon after.\n`, version);
    await keep(day2, 'Let go.\n', await versionOf(day2));
    const saved = await callChannel<SaveOutcome>(core, 'posts.save', {
      id: day1,
      text: `${original}Saved soon after.\n`,
      baseVersion: version,
    });
    expect(saved.status).toBe('saved');
    await callChannel(core, 'posts.recoverDrop', { id: day2 });

    expect(await restart()).toEqual([]);
    expect(await fs.readdir(path.join(userData, 'recovery'))).toHaveLength(1);
    const [siteFolder] = await fs.readdir(path.join(userData, 'recovery'));
    expect(await fs.readdir(path.join(userData, 'recovery', siteFolder!))).toEqual([]);
  });

  it('offer a post whose file moved on, or went, since the text was typed as a conflict, and write nothing', async () => {
    const version1 = await versionOf(day1);
    const version2 = await versionOf(day2);
    await keep(day1, `${original}Mine.\n`, version1);
    await keep(day2, 'Mine too.\n', version2);
    await fs.writeFile(path.join(site, day1), `${original}Theirs, from a sync client.\n`);
    await fs.rm(path.join(site, day2));

    const offered = await restart();

    expect(offered.map(({ id, disk }) => ({ id, disk })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: day1, disk: 'changed' },
      { id: day2, disk: 'deleted' },
    ]);
    expect(await fs.readFile(path.join(site, day1), 'utf8')).toBe(`${original}Theirs, from a sync client.\n`);
    await expect(fs.access(path.join(site, day2))).rejects.toThrow();
  });

  it('drop a copy the file already holds: the save landed just before the crash', async () => {
    await keep(day1, `${original}Both.\n`, await versionOf(day1));
    await fs.writeFile(path.join(site, day1), `${original}Both.\n`.replace(/\n/g, '\r\n'));

    expect(await restart()).toEqual([]);
    expect(await callChannel<RecoveredPost[]>(core, 'posts.recoverList')).toEqual([]);
  });

  it('refuse a post outside the post folders and a version that is not one', async () => {
    for (const [arg, code] of [
      [{ id: '../outside.md', text: 'x', baseVersion: null }, 'outside-site'],
      [{ id: '_config.yml', text: 'x', baseVersion: null }, 'refused'],
      [{ id: day1, text: 'x', baseVersion: '../../etc/passwd' }, 'invalid-argument'],
      [{ id: day1, text: 'x', baseVersion: null, extra: true }, 'invalid-argument'],
    ] as const) {
      const answer = await core.dispatcher.invoke('posts.recoverKeep', arg);
      expect(answer, JSON.stringify(arg)).toMatchObject({ ok: false, error: { code } });
    }
    expect(await restart()).toEqual([]);
  });
});
