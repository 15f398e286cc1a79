import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { commitFiles, git } from '../../src/git/node/repo-fixtures';

/** Text every canary file carries: any answer that contains it read outside the site. */
export const canaryMarker = 'CANARY-7f3a91';

/** The time every canary entry is set to, so a touch shows even where the content is the same. */
const sentinelTime = new Date('2001-02-03T04:05:06Z');

/** The post every attack that needs a real post uses. */
export const dayOnePost = '_posts/2026-05-01-day-one.md';

/**
 * A temp folder holding a Jekyll site (`blog`, a git repository) and a `canary` folder beside
 * it, plus links inside the site that point into the canary. User data lives in its own temp
 * folder, so nothing Lanyard may write legitimately sits beside the canary.
 */
export interface AttackWorld {
  temp: string;
  site: string;
  /** A plain folder of notes (no generator), whose folders the writer sets: `notes/`. */
  plainSite: string;
  canary: string;
  userDataDir: string;
  /** The blog's bare `origin`, in the user-data folder. */
  remote: string;
}

/** A small real JPEG, for photos in the site and the canary. */
export function tinyJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 8, channels: 3, background: '#c04020' } })
    .jpeg()
    .toBuffer();
}

async function writeUnder(root: string, relative: string, content: string | Buffer): Promise<void> {
  const file = path.join(root, ...relative.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
}

async function makeCanary(canary: string, jpeg: Buffer): Promise<void> {
  const post = `---\ntitle: ${canaryMarker}\ndate: 2026-05-01\n---\n${canaryMarker} must never be read.\n`;
  const files: Record<string, string | Buffer> = {
    'secret.md': post,
    '2026-05-01-secret.md': post,
    'secret.jpg': Buffer.concat([jpeg, Buffer.from(canaryMarker)]),
    'secret.svg': `<svg xmlns="http://www.w3.org/2000/svg"><text>${canaryMarker}</text></svg>`,
    '.git/config': `[remote "origin"]\n\turl = https://user:${canaryMarker}@example.com/x.git\n`,
    'nested/deep.md': post,
  };
  for (const [relative, content] of Object.entries(files)) await writeUnder(canary, relative, content);
}

/** Sets every entry under `folder`, the folder itself included, to the sentinel time. */
async function touchAll(folder: string): Promise<void> {
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await touchAll(full);
    else await fs.utimes(full, sentinelTime, sentinelTime);
  }
  await fs.utimes(folder, sentinelTime, sentinelTime);
}

async function makeSite(site: string, canary: string, jpeg: Buffer): Promise<void> {
  const post = '---\ntitle: Day one\ndate: 2026-05-01\n---\nHello.\n\n![A photo](/assets/images/photo.jpg)\n';
  await git(path.dirname(site), '-c', 'init.defaultBranch=main', 'init', '--quiet', site);
  await commitFiles(site, {
    '_config.yml': 'title: Attack Test Blog\n',
    [dayOnePost]: post,
    'about.md': '---\ntitle: About\n---\nAbout.\n',
  });
  const files: Record<string, string | Buffer> = {
    'assets/images/photo.jpg': jpeg,
    'assets/images/photo.png': await sharp(jpeg).png().toBuffer(),
    'assets/images/photo.webp': await sharp(jpeg).webp().toBuffer(),
    'assets/images/drawing.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>',
    'assets/media/clip.mp4': Buffer.from('not really a video, but served by its name'),
    'assets/data.json': '{"secret": true}',
    'assets/page.html': '<script>alert(1)</script>',
    'assets/script.js': 'alert(1)',
    'assets/config.toml': 'a = 1',
    'assets/settings.yml': 'a: 1',
    'assets/.hidden/photo.jpg': jpeg,
    '.env': 'TOKEN=site-secret\n',
    '.lanyard/site.yml': 'postsFolder: _posts\n',
  };
  for (const [relative, content] of Object.entries(files)) await writeUnder(site, relative, content);
  // Links out of the site: a post, a post folder, a photo and a photo folder.
  await fs.symlink(path.join(canary, 'secret.md'), path.join(site, '_posts', '2026-05-02-linked.md'));
  await fs.symlink(canary, path.join(site, '_posts', 'linked-folder'));
  await fs.symlink(path.join(canary, 'secret.jpg'), path.join(site, 'assets', 'images', 'linked.jpg'));
  await fs.symlink(canary, path.join(site, 'assets', 'linked-folder'));
  await fs.symlink(canary, path.join(site, 'linked-folder'));
  // A relative link climbing out, as a checked-out repository could carry.
  await fs.symlink('../../canary/secret.svg', path.join(site, 'assets', 'relative-out.svg'));
}

/** Builds the world in fresh temp folders (real paths, so links compare as they resolve). */
export async function makeAttackWorld(): Promise<AttackWorld> {
  const tmp = await fs.realpath(os.tmpdir());
  const temp = await fs.mkdtemp(path.join(tmp, 'lanyard-attack-'));
  const userDataDir = await fs.mkdtemp(path.join(tmp, 'lanyard-attack-user-'));
  const site = path.join(temp, 'blog');
  const plainSite = path.join(temp, 'plain');
  const canary = path.join(temp, 'canary');
  const jpeg = await tinyJpeg();
  await makeCanary(canary, jpeg);
  await makeSite(site, canary, jpeg);
  // Its remote lives with the user data, away from the canary: a real publish pushes there.
  const remote = path.join(userDataDir, 'remote.git');
  await git(userDataDir, '-c', 'init.defaultBranch=main', 'init', '--quiet', '--bare', remote);
  await git(site, 'remote', 'add', 'origin', remote);
  await git(site, 'push', '--quiet', '--set-upstream', 'origin', 'main');
  await writeUnder(plainSite, 'notes/first.md', '# First note\n');
  await fs.symlink(canary, path.join(plainSite, 'linked-folder'));
  await fs.writeFile(path.join(temp, 'beside.md'), `---\ntitle: ${canaryMarker}\n---\n${canaryMarker}\n`);
  await touchAll(canary);
  await fs.utimes(path.join(temp, 'beside.md'), sentinelTime, sentinelTime);
  return { temp, site, plainSite, canary, userDataDir, remote };
}

export async function removeAttackWorld(world: AttackWorld): Promise<void> {
  await fs.rm(world.temp, { recursive: true, force: true });
  await fs.rm(world.userDataDir, { recursive: true, force: true });
}

async function describeEntry(full: string): Promise<string> {
  const stats = await fs.lstat(full);
  const kind = stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'dir' : 'file';
  const content =
    kind === 'link'
      ? await fs.readlink(full)
      : kind === 'file'
        ? createHash('sha256')
            .update(await fs.readFile(full))
            .digest('hex')
        : '';
  return `${kind} ${stats.size} ${stats.mtimeMs} ${stats.mode} ${content}`;
}

async function walk(folder: string, into: Map<string, string>, prefix: string): Promise<void> {
  into.set(prefix === '' ? '.' : prefix, await describeEntry(folder));
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) await walk(path.join(folder, entry.name), into, relative);
    else into.set(relative, await describeEntry(path.join(folder, entry.name)));
  }
}

/** Every entry under `folder` (links not followed), with its content hash, size, mode and mtime. */
export async function treeSnapshot(folder: string): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  await walk(folder, snapshot, '');
  return snapshot;
}

/**
 * Everything outside the site that an escape could touch: every canary entry's content hash,
 * size, mode and mtime, and the entries beside the site (a new file there is a write outside).
 */
export async function outsideSnapshot(world: AttackWorld): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  await walk(world.canary, snapshot, '');
  for (const name of await fs.readdir(world.temp)) {
    if (name === 'blog' || name === 'plain') continue;
    snapshot.set(`beside:${name}`, await describeEntry(path.join(world.temp, name)));
  }
  return snapshot;
}

/** The entries that differ between two snapshots: changed, gone or new. */
export function snapshotChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
