import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName, type Handlers } from '../../src/api/contract';
import { createDispatcher, type Dispatcher } from '../../src/api/dispatcher';
import type { LanyardCore } from '../../src/app/node/lanyard-core';
import { openCoreWithHost, type TestHost } from '../src/app/node/test-host';
import {
  makeAttackWorld,
  outsideSnapshot,
  removeAttackWorld,
  snapshotChanges,
  treeSnapshot,
  type AttackWorld,
} from './attack/attack-world';
import { channelsWithoutSeed, invalidArguments, oversizedPhotoArguments } from './attack/fuzz-arguments';
import { recordTrustFigure } from './trust-figures';

const callsPerChannel = 1000;

let world: AttackWorld;
let core: LanyardCore;
let host: TestHost;
/** The real dispatcher over the core's real handlers, counting every call that gets past it. */
let dispatcher: Dispatcher;
const handled: string[] = [];

beforeAll(async () => {
  world = await makeAttackWorld();
  ({ core, host } = await openCoreWithHost(world.site, world.userDataDir));
  const counted = Object.fromEntries(
    channelNames.map((name) => [
      name,
      (arg: unknown) => {
        handled.push(name);
        return (core.handlers[name] as (value: unknown) => Promise<unknown>)(arg);
      },
    ]),
  ) as unknown as Handlers;
  dispatcher = createDispatcher(counted, (error) => host.report(error));
}, 60_000);

afterAll(async () => {
  await core?.dispose();
  if (world) await removeAttackWorld(world);
});

/** What is wrong with a refusal's message, or null when it is a clear sentence for the writer. */
function messageProblem(channel: ChannelName, message: unknown): string | null {
  if (typeof message !== 'string') return 'no message';
  if (!message.startsWith(`${channel} refused its argument (`)) return 'does not name the channel';
  if (message.length > 600) return `${message.length} characters long`;
  if (/\[object \w+\]|\n\s+at /.test(message)) return 'internals in the message';
  return null;
}

function shown(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? `${inner}n` : inner)) ??
      String(value)
    ).slice(0, 160);
  } catch {
    return String(value).slice(0, 160);
  }
}

describe('IPC fuzzing: every channel refuses wrong arguments', () => {
  it(`refuses ${callsPerChannel} generated wrong arguments per channel with a clear message, touching nothing`, async () => {
    const siteBefore = await treeSnapshot(world.site);
    const outsideBefore = await outsideSnapshot(world);
    const settingsBefore = JSON.stringify(host.settings.data);
    const eventsBefore = host.events.length;
    const problems: string[] = [];
    let calls = 0;
    let refused = 0;
    for (const [index, channel] of channelNames.entries()) {
      const values = [
        ...fc.sample(invalidArguments(channel), { numRuns: callsPerChannel, seed: 0x1a4 + index }),
        ...(channel === 'images.import' ? oversizedPhotoArguments() : []),
      ];
      for (const value of values) {
        calls++;
        const answer = await dispatcher.invoke(channel, value);
        if (answer.ok) {
          problems.push(`${channel} accepted ${shown(value)}`);
          continue;
        }
        const problem =
          answer.error.code === 'invalid-argument' ? messageProblem(channel, answer.error.message) : answer.error.code;
        if (problem === null) refused++;
        else problems.push(`${channel}: ${problem}: ${answer.error.message.slice(0, 200)} for ${shown(value)}`);
      }
    }
    const writes = [
      ...snapshotChanges(siteBefore, await treeSnapshot(world.site)),
      ...snapshotChanges(outsideBefore, await outsideSnapshot(world)),
      ...(JSON.stringify(host.settings.data) === settingsBefore ? [] : ['the settings']),
    ];
    recordTrustFigure({
      area: 'Bad input',
      what: `wrong-typed, oversized and extra-key arguments, ${callsPerChannel.toLocaleString('en')}+ per channel, every channel`,
      tried: calls,
      failure: 'an argument let through, refused without a clear message, an unexpected error or a write',
      failed: calls - refused + host.errors.length + writes.length,
    });
    expect(problems.slice(0, 10)).toEqual([]);
    expect({
      reported: host.errors,
      handled: handled.length,
      writes,
      events: host.events.length - eventsBefore,
    }).toEqual({
      reported: [],
      handled: 0,
      writes: [],
      events: 0,
    });
    expect(refused).toBe(calls);
    // A new channel without a seed argument gets only whole wrong values, never wrong fields.
    expect(channelsWithoutSeed()).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(callsPerChannel * channelNames.length);
  }, 300_000);
});
