import type { WriteKind } from './crash-versions';

/** What a kill aims at: a kind of write, or the child's start (opening the site). */
export type KillTarget = WriteKind | 'startup';

/**
 * When to kill one child: after `skip` writes of `target` have passed, once the next begins,
 * `fraction` of the way through it (as long as such writes have taken so far; past 1 the kill
 * may land in the write after). `call` spans the whole call, from the child's begin marker to
 * its end marker; `file` spans the writer's temp file, from its creation to its rename (posts
 * only: the settings writer's temp lives about a millisecond, and its call is hardly longer).
 * For `startup`, `fraction` of the time the child takes to start writing.
 */
export interface KillPlan {
  target: KillTarget;
  span: 'call' | 'file';
  skip: number;
  fraction: number;
}

/** A small seeded generator (mulberry32), so that every run kills at the same points. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Most kills aim at the posts, the writes with most room to tear; one in ten at the start. */
const targets: ReadonlyArray<[KillTarget, number]> = [
  ['startup', 0.1],
  ['post-lf', 0.25],
  ['post-crlf', 0.25],
  ['settings', 0.2],
  ['queue', 0.2],
];

export function nextKillPlan(random: () => number): KillPlan {
  let pick = random();
  const [target] = targets.find(([, weight]) => (pick -= weight) < 0) ?? targets[0]!;
  const span = target.startsWith('post-') && random() < 0.5 ? 'file' : 'call';
  return { target, span, skip: random() < 0.7 ? 0 : 1, fraction: random() * 1.2 };
}

/** How long writes of each kind and size have taken, as the parent saw them: a running average. */
export class WriteDurations {
  private readonly averages = new Map<string, number>();

  /** `key` names the kind and, for posts, the size: `post-lf:large`. */
  record(key: string, ms: number): void {
    const previous = this.averages.get(key);
    this.averages.set(key, previous === undefined ? ms : previous * 0.8 + ms * 0.2);
  }

  get(key: string, guess: number): number {
    return this.averages.get(key) ?? guess;
  }
}

/** The key `WriteDurations` keeps a write under: posts alternate small (even) and large (odd). */
export function durationKey(kind: WriteKind, generation: number): string {
  return kind.startsWith('post-') ? `${kind}:${generation % 2 === 1 ? 'large' : 'small'}` : kind;
}
