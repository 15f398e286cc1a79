import { execFile } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { sampleBlogDir } from './paths';
import { freshTempDir } from './temp-dirs';

const run = promisify(execFile);

/** Runs git with an argument array (never a shell string) and an identity of its own. */
export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run(
    'git',
    ['-c', 'user.name=Lanyard Tests', '-c', 'user.email=tests@lanyard.invalid', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    },
  );
  return stdout;
}

/**
 * Copies resources/sample-blog to `<fresh temp folder>/sample-blog` and makes it a git
 * repository with one real commit. The parent folder is the test's own, so a spec can put
 * files "beside the site" there. Works without a global git identity.
 */
export async function copySampleSite(): Promise<string> {
  const site = path.join(await freshTempDir('site'), 'sample-blog');
  await cp(sampleBlogDir, site, { recursive: true });
  await git(site, ['init', '--quiet', '--initial-branch=main']);
  await git(site, ['add', '--all']);
  await git(site, ['commit', '--quiet', '--no-verify', '-m', 'Start from the Lanyard sample blog']);
  return site;
}

/** A post as the test reads it straight from disk, independently of Lanyard's own parser. */
export interface DiskPost {
  /** Site-relative POSIX path, which is also Lanyard's post id. */
  id: string;
  file: string;
  title: string;
  /** `YYYY-MM-DD…` from front matter, else from the file name. */
  date: string;
  text: string;
}

const frontMatter = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function dateText(value: unknown, fileName: string): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return /^\d{4}-\d{2}-\d{2}/.exec(fileName)?.[0] ?? '';
}

/** The posts in `_posts/`, newest first, with titles and dates from their front matter. */
export async function readDiskPosts(site: string): Promise<DiskPost[]> {
  const folder = path.join(site, '_posts');
  const names = (await readdir(folder)).filter((name) => /\.(md|markdown)$/i.test(name));
  const posts = await Promise.all(
    names.map(async (name): Promise<DiskPost> => {
      const file = path.join(folder, name);
      const text = await readFile(file, 'utf8');
      const data = (parseYaml(frontMatter.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;
      const title = typeof data.title === 'string' ? data.title : name;
      return { id: `_posts/${name}`, file, title, date: dateText(data.date, name), text };
    }),
  );
  return posts.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

/** The `title:` line exactly as the file has it: near the top, so the editor always renders it. */
export function titleLine(post: DiskPost): string {
  const line = post.text.split(/\r?\n/).find((candidate) => candidate.startsWith('title:'));
  if (!line) throw new Error(`${post.id} has no title line`);
  return line.trim();
}

/** The sample blog's Day 1 post, which has front matter of every common kind. */
export async function dayOnePost(site: string): Promise<DiskPost> {
  const post = (await readDiskPosts(site)).find((candidate) => candidate.file.endsWith('day-1.md'));
  if (!post) throw new Error('the sample blog has no Day 1 post');
  return post;
}
