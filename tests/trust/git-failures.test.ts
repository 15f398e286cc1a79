import { afterAll, describe, expect, it } from 'vitest';
import type { PublishOutcome } from '../../src/publish/publish-types';
import { useGitSandbox } from '../src/git/node/git-env';
import { damageAfter, halfDoneMarkers, makeGitWorld, snapshotSides, type Damage } from './git/git-world';
import { publishScenarios } from './git/publish-scenarios';
import { recordTrustFigure } from './trust-figures';

const sandbox = useGitSandbox();

/** What each scenario left behind, after each of the writer's moves. */
const results = new Map<string, Array<{ kind: string; message: string; damage: Damage }>>();

afterAll(() => {
  const runs = [...results.values()];
  const damages = runs.flat().map(({ damage }) => damage);
  const lost = new Set(damages.flatMap((damage) => damage.lost));
  const workLost = runs.filter((seen) => seen.some(({ damage }) => damage.writersWorkLost)).length;
  const commitLost = new Set(damages.flatMap((damage) => damage.writersCommitLost ?? [])).size;
  console.log(`git failures: ${runs.length} scenarios, ${damages.length} outcomes checked`);
  recordTrustFigure({
    area: 'Nothing lost',
    what: 'publish failure scenarios (real bare remote and clones), git checked on both sides after each outcome',
    tried: runs.length,
    failure: 'a commit on either side before, the writer’s new commit or their unpublished text no longer reachable',
    failed: lost.size + commitLost + workLost,
  });
  recordTrustFigure({
    area: 'Nothing lost',
    what: 'publish failure scenarios that left the repository mid-rebase or mid-merge',
    tried: runs.length,
    failure: '.git/rebase-merge, rebase-apply or MERGE_HEAD left behind',
    failed: runs.filter((seen) => seen.some(({ damage }) => damage.halfDone.length > 0)).length,
  });
});

describe('every publish failure ends with no commit lost on either side and no rebase left half done', () => {
  for (const scenario of publishScenarios) {
    it(scenario.name, async () => {
      const world = await makeGitWorld(sandbox.path);
      try {
        await scenario.arrange?.(world);
        const before = await snapshotSides(world);
        const seen: Array<{ kind: string; message: string; damage: Damage }> = [];
        results.set(scenario.name, seen);
        const settle = async (outcome: PublishOutcome | null) => {
          const damage = await damageAfter(world, before, outcome);
          seen.push({ kind: outcome?.kind ?? 'repaired', message: outcome?.message ?? '', damage });
        };
        await (scenario.run ?? (async (_, done) => done(await world.publish())))(world, settle);
        console.log(`${scenario.name}:\n${seen.map(({ kind, message }) => `  ${kind}: ${message}`).join('\n')}`);

        expect(seen.map(({ kind }) => kind)).toEqual(scenario.expected);
        expect(seen.map(({ damage }) => damage)).toEqual(
          seen.map(() => ({ lost: [], writersWorkLost: false, writersCommitLost: null, halfDone: [] })),
        );
        expect(await halfDoneMarkers(world.blog.site)).toEqual([]);
      } finally {
        await world.dispose();
      }
    });
  }
});
