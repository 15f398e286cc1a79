import { LanyardError } from '../../api/lanyard-error';
import type { GitCommandRecord } from '../../git/git-command-record';
import { withGitContext } from '../../git/node/git-context';
import { progressPercent } from '../../publish/git-progress';
import { retryQueued } from '../../publish/node/retry-queued';
import type { PublishOutcome, PublishStep, QueuedPublish } from '../../publish/publish-types';
import { afterFailedAttempt, enqueue, type QueuedCommit } from '../../publish/queue-entry';
import type { HostAdapters } from './host-adapters';

/** The log keeps this many commands per site. */
const LOG_LIMIT = 300;
/** Git rewrites its progress line many times a second; the window hears of it this often. */
const PROGRESS_INTERVAL_MS = 100;

/** Reports progress for one run: step changes at once, git's own lines at most every 100 ms. */
export type ProgressReporter = (step: PublishStep, detail: string | null) => void;

/**
 * The state behind the publish channels: running publishes and clones (cancellable by run
 * id), one git operation at a time per site, the log of git commands, and the queue of
 * publishes waiting for the network, with a timer that retries them.
 */
export class PublishService {
  private readonly runs = new Map<string, AbortController>();
  private readonly logs = new Map<string, GitCommandRecord[]>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** How many publishes and clones are running or waiting, per site. */
  private readonly pending = new Map<string, number>();
  private disposed = false;
  /** The open site: only its queue is retried on a timer. */
  private openRoot: string | null = null;

  constructor(private readonly host: HostAdapters) {}

  /** Runs `work` for `run` with git commands logged for `root` and cancellable by `cancel(run)`, after the site's earlier work. */
  exclusive<T>(
    root: string,
    run: string,
    work: (signal: AbortSignal, progress: ProgressReporter) => Promise<T>,
  ): Promise<T> {
    if (this.runs.has(run)) throw new LanyardError('refused', `A publish named ${run} is already running.`);
    const controller = new AbortController();
    this.runs.set(run, controller);
    const progress = this.progressReporter(run);
    this.pending.set(root, (this.pending.get(root) ?? 0) + 1);
    const previous = this.locks.get(root) ?? Promise.resolve();
    const next = previous.then(() =>
      withGitContext({ onCommand: (record) => this.remember(root, record), signal: controller.signal }, () =>
        work(controller.signal, progress),
      ),
    );
    const settled = next.finally(() => {
      this.runs.delete(run);
      const left = (this.pending.get(root) ?? 1) - 1;
      if (left === 0) this.pending.delete(root);
      else this.pending.set(root, left);
    });
    this.locks.set(
      root,
      settled.catch(() => undefined),
    );
    return settled;
  }

  /** Whether a publish or clone is running or waiting for the site. */
  isBusy(root: string): boolean {
    return this.pending.has(root);
  }

  cancel(run: string): void {
    this.runs.get(run)?.abort();
  }

  log(root: string): GitCommandRecord[] {
    return [...(this.logs.get(root) ?? [])];
  }

  queued(root: string): QueuedPublish | null {
    return this.host.settings.get('publishQueue')[root] ?? null;
  }

  /** Files an outcome: a queued one joins the site's queue, a published one empties it. */
  settle(root: string, outcome: PublishOutcome, post: QueuedCommit['post']): void {
    const queued = this.queued(root);
    const target = outcome.target;
    // Only a push of the queued branch to the queued remote carries the queued commits.
    const sameBranch = queued !== null && target?.localBranch === queued.branch && target.remote === queued.remote;
    if (outcome.kind === 'published' && sameBranch) this.setQueued(root, null);
    const commit = outcome.commit ?? (sameBranch ? queued.commit : null);
    if (outcome.kind === 'queued' && target !== null && commit) {
      const { remote, localBranch: branch } = target;
      this.setQueued(root, enqueue(queued, { branch, remote, post, commit }, Date.now(), outcome.message));
    }
  }

  /** Tries the site's queued push now; null when nothing is queued. */
  async retry(root: string, run: string): Promise<PublishOutcome | null> {
    if (this.queued(root) === null) return null;
    let posts: string[] = [];
    let recorded = false;
    try {
      // Read inside the lock: a publish that ran first may have pushed or changed the queue.
      const outcome = await this.exclusive(root, run, async (_signal, progress) => {
        const entry = this.queued(root);
        if (entry === null) return null;
        posts = entry.posts.map((post) => post.id);
        return retryQueued(root, entry, progress);
      });
      const current = this.queued(root);
      if (outcome === null || current === null || outcome.kind === 'cancelled') return outcome;
      recorded = true;
      if (outcome.kind === 'published') {
        this.setQueued(root, null);
        this.host.emit('posts.changed', { ids: posts });
      } else {
        this.setQueued(root, afterFailedAttempt(current, Date.now(), outcome.message, outcome.kind === 'queued'));
      }
      return outcome;
    } finally {
      // A cancelled or broken attempt waits its turn like any other, so retries neither stop nor spin.
      const current = this.queued(root);
      if (!recorded && current !== null) {
        this.setQueued(root, afterFailedAttempt(current, Date.now(), 'The last attempt was stopped.', true));
      }
    }
  }

  /** The open site changed: only its queue is retried on a timer. */
  siteOpened(root: string): void {
    this.stopTimers();
    this.openRoot = root;
    this.schedule(root);
  }

  /** No site is open (File → Close Site): no queue is retried until one opens; the queues stay stored. */
  siteClosed(): void {
    this.stopTimers();
    this.openRoot = null;
  }

  /** Whether a retry of the site's queued push waits on a timer. */
  retryScheduled(root: string): boolean {
    return this.timers.has(root);
  }

  dispose(): void {
    this.disposed = true;
    this.stopTimers();
    for (const controller of this.runs.values()) controller.abort();
  }

  private stopTimers(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private setQueued(root: string, entry: QueuedPublish | null): void {
    const all = { ...this.host.settings.get('publishQueue') };
    if (entry === null) delete all[root];
    else all[root] = entry;
    this.host.settings.set('publishQueue', all);
    this.host.emit('publish.queueChanged', { queued: entry });
    this.schedule(root);
  }

  private schedule(root: string): void {
    clearTimeout(this.timers.get(root));
    this.timers.delete(root);
    const at = this.queued(root)?.nextAttemptAt ?? null;
    // A publish of a site closed meanwhile still files its outcome, but waits for the site to open again.
    if (this.disposed || at === null || root !== this.openRoot) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(root);
        this.retry(root, `queue-${Date.now()}`).catch((error: unknown) => this.host.report(error));
      },
      Math.max(0, at - Date.now()),
    );
    timer.unref();
    this.timers.set(root, timer);
  }

  private remember(root: string, record: GitCommandRecord): void {
    const log = this.logs.get(root) ?? [];
    log.push(record);
    if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
    this.logs.set(root, log);
  }

  private progressReporter(run: string): ProgressReporter {
    let lastDetailAt = 0;
    return (step, detail) => {
      const now = Date.now();
      if (detail !== null && now - lastDetailAt < PROGRESS_INTERVAL_MS) return;
      if (detail !== null) lastDetailAt = now;
      this.host.emit('publish.progress', {
        run,
        step,
        detail,
        percent: detail === null ? null : progressPercent(detail),
      });
    };
  }
}
