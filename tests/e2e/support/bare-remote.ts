import path from 'node:path';
import { git } from './sample-site';

/**
 * Makes `<site>/../remote.git`, a bare repository on `main`, adds it to the site as `origin`
 * and pushes `main` there with upstream tracking, as a blog cloned from a host would be.
 * Answers the bare repository's path.
 */
export async function addBareRemote(site: string): Promise<string> {
  const bare = path.join(path.dirname(site), 'remote.git');
  await git(path.dirname(site), ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  await git(site, ['remote', 'add', 'origin', bare]);
  await git(site, ['push', '--quiet', '--set-upstream', 'origin', 'main']);
  return bare;
}

/** The subject of the newest commit on `branch` of a bare repository. */
export async function newestSubject(bare: string, branch = 'main'): Promise<string> {
  return (await git(bare, ['--git-dir', bare, 'log', '-1', '--format=%s', branch])).trim();
}
