import { spawn } from 'node:child_process';
import path from 'node:path';
import { crashPosts, type CrashPost, type WriteKind } from './crash-versions';
import { checkAfterKill, leftoverTempFiles, type Allowed, type CrashSite, type KillCheck } from './file-check';
import { durationKey, nextKillPlan, seededRandom, WriteDurations, type KillPlan } from './kill-plan';
import { KillTrigger } from './kill-trigger';
import { TempWatch } from './temp-watch';

/** What one kill did and what the files held after it. */
export interface KillRecord {
  plan: KillPlan;
  /** The write under way when the kill landed; `startup` before the first, `between` between two. */
  landed: WriteKind | 'startup' | 'between';
  /** Whether the kill left a writer's temp file behind: proof that it landed inside the write itself. */
  leftTemp: { post: boolean; settings: boolean };
  check: KillCheck;
  /** Set when the child's post list, read at its start, was not exactly the two posts: a temp file taken for a post. */
  indexProblem: string | null;
}

/** What a lane needs to run children: the built child, the templates folder, the site it writes. */
export interface LaneOptions {
  childFile: string;
  templatesDir: string;
  crash: CrashSite;
}

interface Marker {
  word: string;
  kind: WriteKind;
  generation: number;
}

function markerOf(line: string): Marker {
  const [word = '', kind = '', generation = ''] = line.split(' ');
  return { word, kind: kind as WriteKind, generation: Number(generation) };
}

/** The post whose temp file `name` is: the atomic writer names it `.<post>.lanyard-<random>.tmp`. */
function postOfTemp(name: string): WriteKind | undefined {
  const posts = Object.keys(crashPosts) as CrashPost[];
  const post = posts.find((candidate) => name.startsWith(`.${path.basename(crashPosts[candidate])}.`));
  return post === undefined ? undefined : `post-${post}`;
}

/** One site and the children that write to it, one after another. */
class KillLane {
  private readonly durations = new WriteDurations();
  /** The generation of the latest write of each kind seen to begin: it tells a post's size. */
  private readonly lastBegun = new Map<WriteKind, number>();
  private readonly postTemps: TempWatch;

  constructor(private readonly options: LaneOptions) {
    const isTemp = (name: string) => name.startsWith('.') && name.endsWith('.tmp');
    this.postTemps = new TempWatch(path.join(options.crash.site, '_posts'), isTemp, (name, livedMs) => {
      const kind = postOfTemp(name);
      const generation = kind === undefined ? undefined : this.lastBegun.get(kind);
      if (kind && generation !== undefined) this.durations.record(`${durationKey(kind, generation)}:file`, livedMs);
    });
  }

  close(): void {
    this.postTemps.close();
  }

  /** Spawns a child, kills it as `plan` says, and checks every file it was writing. */
  async killOnce(plan: KillPlan): Promise<KillRecord> {
    const { crash } = this.options;
    const tempsBefore = await leftoverTempFiles(crash);
    const lines = await this.runUntilKilled(plan);
    const markers = lines.filter((line) => !line.startsWith('ready ')).map(markerOf);
    const last = markers.at(-1);
    const inFlight = last?.word === 'begin' ? last : null;
    const completed = (kind: WriteKind) => markers.findLast((marker) => marker.word === 'end' && marker.kind === kind);
    const allowedFor = (kind: WriteKind) => ({
      old: completed(kind)?.generation ?? crash.onDisk[kind],
      new: inFlight?.kind === kind ? inFlight.generation : null,
    });
    const allowed: Allowed = {
      'post-lf': allowedFor('post-lf'),
      'post-crlf': allowedFor('post-crlf'),
      settings: allowedFor('settings'),
      queue: allowedFor('queue'),
    };
    const tempsAfter = await leftoverTempFiles(crash);
    return {
      plan,
      landed: inFlight?.kind ?? (last === undefined ? 'startup' : 'between'),
      leftTemp: {
        post: tempsAfter.posts.length > tempsBefore.posts.length,
        settings: tempsAfter.settings.length > tempsBefore.settings.length,
      },
      check: await checkAfterKill(crash, allowed),
      indexProblem: indexProblemOf(lines, crash),
    };
  }

  /** Runs one child, kills it as `plan` says and answers the child's stdout lines once it is gone. */
  private runUntilKilled(plan: KillPlan): Promise<string[]> {
    const { crash } = this.options;
    const { durations, lastBegun } = this;
    const args = [this.options.childFile, crash.site, crash.userDataDir, this.options.templatesDir];
    const firstKind = plan.target === 'startup' ? 'post-lf' : plan.target;
    const child = spawn(process.execPath, [...args, String(crash.queueClockBase), firstKind], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const spawnedAt = performance.now();
    const lines: string[] = [];
    const begunAt = new Map<string, number>();
    let partial = '';
    let stderr = '';
    let killed = false;
    const kill = () => {
      if (!killed) child.kill('SIGKILL');
      killed = true;
    };
    const safety = setTimeout(kill, 30_000);
    const spanMs = (span: KillPlan['span'], kind: WriteKind) => {
      const key = durationKey(kind, lastBegun.get(kind) ?? 1);
      return durations.get(span === 'file' ? `${key}:file` : key, 20);
    };
    const trigger = new KillTrigger(plan, spanMs, kill);
    trigger.spawned(durations.get('startup', 500));
    this.postTemps.onAppear = (name) => {
      const kind = postOfTemp(name);
      if (kind !== undefined) trigger.tempAppeared(kind);
    };

    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const now = performance.now();
      const fresh = (partial + chunk.toString()).split('\n');
      partial = fresh.pop() ?? '';
      lines.push(...fresh);
      fresh.forEach((line, index) => {
        const { word, kind, generation } = markerOf(line);
        if (word === 'begin') {
          if (begunAt.size === 0) durations.record('startup', now - spawnedAt);
          begunAt.set(line.slice(6), now);
          lastBegun.set(kind, generation);
          trigger.begun(kind, index === fresh.length - 1);
        } else if (word === 'end') {
          // Only a write seen to begin in an earlier chunk has a duration the parent can tell.
          const began = begunAt.get(line.slice(4));
          if (began !== undefined && began < now) durations.record(durationKey(kind, generation), now - began);
          trigger.ended(kind);
        }
      });
    });

    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(safety);
        this.postTemps.onAppear = null;
        if (signal === 'SIGKILL' && killed) resolve(lines);
        else
          reject(new Error(`the crash child ended by itself (${signal ?? `code ${code}`}): ${stderr.slice(0, 2000)}`));
      });
    });
  }
}

function indexProblemOf(lines: string[], crash: CrashSite): string | null {
  const ready = lines.find((line) => line.startsWith('ready '));
  if (ready === undefined) return null;
  const { root, posts } = JSON.parse(ready.slice(6)) as { root: string; posts: string[] };
  if (root !== crash.root) throw new Error(`the child opened ${root}, not ${crash.root}`);
  const expected = Object.values(crashPosts).sort();
  const listed = [...posts].sort();
  return listed.join('\n') === expected.join('\n') ? null : `the post list was ${JSON.stringify(listed)}`;
}

/** Kills `kills` children one after another on `options.crash`, at points drawn from `seed`. */
export async function runKillLane(options: LaneOptions, kills: number, seed: number): Promise<KillRecord[]> {
  const random = seededRandom(seed);
  const lane = new KillLane(options);
  const records: KillRecord[] = [];
  try {
    for (let kill = 0; kill < kills; kill++) records.push(await lane.killOnce(nextKillPlan(random)));
  } finally {
    lane.close();
  }
  return records;
}
