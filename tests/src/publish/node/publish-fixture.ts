import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runGit } from '../../../../src/git/node/run-git';
import { withGitContext } from '../../../../src/git/node/git-context';
import { defaultCommitTemplates } from '../../../../src/publish/commit-message';
import type { PublishContext } from '../../../../src/publish/node/publish-post';
import type { PublishStep } from '../../../../src/publish/publish-types';
import { detectSite } from '../../../../src/site/node/detect-site';
import type { SiteProfile } from '../../../../src/site/site-profile';

/** Git as the tests run it, with an identity of its own and no hooks of the user's. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const identity = [
    '-c',
    'user.name=Other Device',
    '-c',
    'user.email=other@lanyard.invalid',
    '-c',
    'commit.gpgsign=false',
  ];
  return (await runGit([...identity, ...args], cwd)).stdout.trim();
}

/** The subjects of `ref`'s commits in `dir` (a working tree or a bare repository), newest first. */
export async function subjects(dir: string, ref = 'HEAD'): Promise<string[]> {
  return (await git(dir, 'log', '--format=%s', ref)).split('\n').filter((line) => line !== '');
}

/** `git status --porcelain` lines, for asserting a clean (or exactly this dirty) tree. */
export async function porcelain(dir: string): Promise<string[]> {
  const { stdout } = await runGit(['status', '--porcelain', '--untracked-files=all'], dir);
  return stdout.split('\n').filter((line) => line !== '');
}

export const POST_ID = '_posts/2026-11-23-day-1.md';
export const POST_TEXT =
  '---\ntitle: "re:Invent Day 1"\ndate: 2026-11-23 09:00:00 -0800\n---\n\nKeynote notes.\nSecond line.\n';

/** A Jekyll blog, committed and pushed to a bare remote beside it, as a writer's laptop has it. */
export interface BlogFixture {
  site: string;
  bare: string;
  profile: SiteProfile;
  /** A second clone ("another device") that can push first. */
  otherDevice(): Promise<string>;
}

/** Builds the blog in `temp`: `site/` (the working tree) and `remote.git` (bare, tracked as origin/main). */
export async function makeBlog(temp: string): Promise<BlogFixture> {
  const site = path.join(temp, 'site');
  const bare = path.join(temp, 'remote.git');
  await fs.mkdir(path.join(site, '_posts'), { recursive: true });
  await fs.mkdir(path.join(site, 'assets', 'images'), { recursive: true });
  await fs.writeFile(path.join(site, '_config.yml'), 'title: Conference notes\nurl: https://me.example.com\n');
  await fs.writeFile(path.join(site, POST_ID), POST_TEXT);
  await fs.writeFile(path.join(site, 'about.md'), '# About\n');
  await git(temp, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  await git(site, 'init', '--quiet', '--initial-branch=main');
  await git(site, 'add', '--all');
  await git(site, 'commit', '--quiet', '-m', 'Start the blog');
  await git(site, 'remote', 'add', 'origin', bare);
  await git(site, 'push', '--quiet', '-u', 'origin', 'main');
  const profile = await detectSite(site);
  let clones = 0;
  return {
    site,
    bare,
    profile,
    async otherDevice() {
      const folder = path.join(temp, `other-${++clones}`);
      await git(temp, 'clone', '--quiet', bare, folder);
      return folder;
    },
  };
}

/** Commits `text` at `file` in `clone` and pushes it, as another device would. */
export async function pushFromElsewhere(clone: string, file: string, text: string, message: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(clone, file)), { recursive: true });
  await fs.writeFile(path.join(clone, file), text);
  await git(clone, 'add', '--all');
  await git(clone, 'commit', '--quiet', '-m', message);
  await git(clone, 'push', '--quiet');
}

/** A publish context with recorded steps; `signal` from `controller` when given. */
export function publishContext(
  profile: SiteProfile,
  options: { wasPublished?: boolean; controller?: AbortController; now?: Date } = {},
): PublishContext & { steps: PublishStep[]; details: string[] } {
  const steps: PublishStep[] = [];
  const details: string[] = [];
  return {
    profile,
    templates: defaultCommitTemplates,
    now: options.now ?? new Date('2026-11-24T18:30:00Z'),
    wasPublished: options.wasPublished ?? false,
    signal: (options.controller ?? new AbortController()).signal,
    onProgress: (step, detail) => {
      if (detail === null) steps.push(step);
      else details.push(detail);
    },
    steps,
    details,
  };
}

/** Runs `work` inside a git context cancelled by `controller`, as the service does. */
export function withSignal<T>(controller: AbortController, work: () => Promise<T>): Promise<T> {
  return withGitContext({ signal: controller.signal }, work);
}
