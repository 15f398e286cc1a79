import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { bench, describe } from 'vitest';
import { benchPostCount, ensureBigSite } from './fixtures/big-site';
import { openAndList } from './lanyard-open';
import { writeFootprint } from './footprint-file';
import { measureOpenSiteFootprint } from './open-site-memory';
import { pausableClock } from './pausable-clock';

const run = promisify(execFile);
/** `hugo list all` prints a line per page: a few MB at this size, past execFile's 1 MB default. */
const maxBuffer = 256 * 1024 * 1024;
/** Each iteration takes seconds: a few of them, after one warm-up. */
const few = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };
const scratch = path.resolve(import.meta.dirname, 'tmp', 'open-site');
/**
 * Jekyll's read phase alone: what `jekyll build --profile` spends before rendering anything.
 * It reads every post, front matter and body, as the site's post list needs.
 */
const jekyllRead =
  'site = Jekyll::Site.new(Jekyll.configuration("source" => ARGV[0], "destination" => ARGV[1], "quiet" => true)); ' +
  'site.reset; site.read; abort "no posts read" if site.posts.docs.empty?';

async function available(command: string, args: string[]): Promise<boolean> {
  return run(command, args).then(
    () => true,
    () => false,
  );
}

const posts = benchPostCount();
const site = await ensureBigSite(posts);
await fs.rm(scratch, { recursive: true, force: true });
await fs.mkdir(scratch, { recursive: true });
const hasHugo = await available('hugo', ['version']);
const hasJekyll = await available('ruby', ['-rjekyll', '-e', '']);
if (!hasHugo || !hasJekyll) console.warn('Skipping the peers that are not installed (hugo, ruby with jekyll).');

let opens = 0;
const freshUserData = () => path.join(scratch, `user-data-${++opens}`);

// Opening once writes the cache the warm group reuses, and warms the code the footprint measures.
const warmUserData = freshUserData();
await (await openAndList(site.jekyll, warmUserData)).core.dispose();
const footprint = await measureOpenSiteFootprint(site.jekyll, freshUserData());
console.log(`Open-site footprint (${posts} posts):`, footprint);
await writeFootprint(footprint);

/**
 * One open, timed until the post list is ready. Closing it (and its cache write) is off the
 * clock, and so is removing a cold open's user data, which holds a cache of several MB.
 */
function timedOpen(kind: 'cold' | 'warm' | 'warm, verified') {
  const clock = pausableClock();
  const open = async () => {
    const userData = kind === 'cold' ? freshUserData() : warmUserData;
    const opened = await openAndList(site.jekyll, userData);
    if (opened.posts.length !== posts) throw new Error(`Listed ${opened.posts.length} of ${posts} posts`);
    // A warm list comes from the cache; closing waits for its check against the disk, so timing the close shows when that ends.
    if (kind === 'warm, verified') await opened.core.dispose();
    await clock.untimed(async () => {
      await opened.core.dispose();
      if (kind === 'cold') await fs.rm(userData, { recursive: true, force: true });
    });
  };
  return { open, options: { ...few, now: clock.now } };
}

const label = `open a ${posts.toLocaleString('en')}-post site`;

describe(`${label}, cold (no index cache)`, () => {
  const cold = timedOpen('cold');
  bench('lanyard: detect, index every post, list (Jekyll layout)', cold.open, cold.options);
  bench.runIf(hasHugo)(
    'peer: hugo list all (Hugo layout)',
    async () => {
      await run('hugo', ['list', 'all'], { cwd: site.hugo, maxBuffer });
    },
    few,
  );
  bench.runIf(hasJekyll)(
    "peer: Jekyll's read phase, Site#read (Jekyll layout)",
    async () => {
      await run('ruby', ['-rjekyll', '-e', jekyllRead, site.jekyll, path.join(scratch, 'jekyll-site')], { maxBuffer });
    },
    few,
  );
});

describe(`${label}, warm (cache present)`, () => {
  const warm = timedOpen('warm');
  bench('lanyard: detect, list from the cache (Jekyll layout)', warm.open, warm.options);
  const verified = timedOpen('warm, verified');
  bench('lanyard: … and every post stat-checked against it', verified.open, verified.options);
});
