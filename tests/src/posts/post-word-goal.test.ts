import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxPostGoals, postWordGoalOf, withPostWordGoal } from '../../../src/posts/post-word-goal';
import type { SessionState } from '../../../src/posts/post-types';
import { callChannel, memorySettings, openCoreWithHost } from '../app/node/test-host';
import { useTempSite, writeFileUnder } from '../support/temp-site';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

describe('withPostWordGoal and postWordGoalOf', () => {
  it('sets, replaces and removes one post’s goal, leaving the others and the original alone', () => {
    const goals = { 'a.md': 500 };
    const set = withPostWordGoal(goals, 'b.md', 800);
    expect(set).toEqual({ 'a.md': 500, 'b.md': 800 });
    expect(withPostWordGoal(set, 'a.md', 600)).toEqual({ 'a.md': 600, 'b.md': 800 });
    expect(withPostWordGoal(set, 'a.md', null)).toEqual({ 'b.md': 800 });
    expect(withPostWordGoal(undefined, 'a.md', 10)).toEqual({ 'a.md': 10 });
    expect(goals).toEqual({ 'a.md': 500 });
  });

  it('reads a post’s goal, and none for other posts, no post, or names the object inherits', () => {
    expect(postWordGoalOf({ 'a.md': 500 }, 'a.md')).toBe(500);
    expect(postWordGoalOf({ 'a.md': 500 }, 'b.md')).toBeNull();
    expect(postWordGoalOf({ 'a.md': 500 }, null)).toBeNull();
    expect(postWordGoalOf(undefined, 'a.md')).toBeNull();
    expect(postWordGoalOf({}, 'constructor')).toBeNull();
  });
});

describe('post word goals in the session', () => {
  it('keeps each site’s goals in its session, across a restart, and refuses bad goals', async () => {
    await writeFileUnder(site, '_posts/2026-06-16-day-1.md', '---\ntitle: Day 1\n---\nBody\n');
    const settings = memorySettings();
    const userData = path.join(temp, 'user-data');
    const { core } = await openCoreWithHost(site, userData, null, settings);
    const goals = { '_posts/2026-06-16-day-1.md': 800 };
    expect(await callChannel<SessionState>(core, 'session.update', { postWordGoals: goals })).toMatchObject({
      postWordGoals: goals,
    });
    for (const bad of [{ 'a.md': 0 }, { 'a.md': 1.5 }, { 'a.md': 100_001 }, { '': 5 }]) {
      await expect(callChannel(core, 'session.update', { postWordGoals: bad })).rejects.toMatchObject({
        code: 'invalid-argument',
      });
    }
    const tooMany = Object.fromEntries(Array.from({ length: maxPostGoals + 1 }, (_, index) => [`${index}.md`, 5]));
    await expect(callChannel(core, 'session.update', { postWordGoals: tooMany })).rejects.toThrow(/at most/);
    await core.dispose();

    const restarted = await openCoreWithHost(site, userData, null, settings);
    expect(await callChannel<SessionState>(restarted.core, 'session.get')).toMatchObject({ postWordGoals: goals });
    await restarted.core.dispose();
  });
});
