import type { WriteKind } from './crash-versions';
import type { KillPlan } from './kill-plan';

/** Calls `kill` after `ms`: at once, after a spin (timers are too coarse for a few ms), or by a timer. */
function killAfter(ms: number, kill: () => void): void {
  if (ms < 0.2) return kill();
  if (ms < 4) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // A settings write lasts about a millisecond; only a spin lands inside it.
    }
    return kill();
  }
  setTimeout(kill, ms);
}

/** Decides, from what the parent sees of one child, when to kill it as its plan says. */
export class KillTrigger {
  private span: KillPlan['span'];
  private skip: number;
  private tempSeen = false;
  private fired = false;

  /** `spanMs` answers how long a span of a write of `kind` has lasted so far. */
  constructor(
    private readonly plan: KillPlan,
    private readonly spanMs: (span: KillPlan['span'], kind: WriteKind) => number,
    private readonly kill: () => void,
  ) {
    this.span = plan.span;
    this.skip = plan.skip;
  }

  /** The child was spawned; `startupMs` is how long children have taken to begin their first write. */
  spawned(startupMs: number): void {
    if (this.plan.target === 'startup') this.fire(this.plan.fraction * startupMs);
  }

  /** A write began; `latest` when no later line came with it, so that it is under way as far as the parent knows. */
  begun(kind: WriteKind, latest: boolean): void {
    if (kind !== this.plan.target) return;
    this.tempSeen = false;
    if (this.span !== 'call') return;
    if (this.skip > 0) this.skip--;
    else if (latest) this.fire(this.plan.fraction * this.spanMs('call', kind));
  }

  ended(kind: WriteKind): void {
    // A writer that made no temp file (one writing in place) is aimed at through its call instead.
    if (kind === this.plan.target && this.span === 'file' && !this.tempSeen) this.span = 'call';
  }

  tempAppeared(kind: WriteKind): void {
    if (kind !== this.plan.target || this.span !== 'file') return;
    this.tempSeen = true;
    if (this.skip > 0) this.skip--;
    else this.fire(this.plan.fraction * this.spanMs('file', kind));
  }

  private fire(ms: number): void {
    if (this.fired) return;
    this.fired = true;
    killAfter(ms, this.kill);
  }
}
