import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

const identityVariables = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'EMAIL',
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_SYSTEM',
  'GIT_DIR',
  'GIT_WORK_TREE',
];

/**
 * Points git at an empty home folder (no global config, so no identity and no default branch)
 * and stops it from looking for repositories above `ceiling`. Returns the home folder and a
 * function that puts the environment back.
 */
export async function isolateGit(ceiling: string): Promise<{ home: string; restore: () => void }> {
  const saved = { ...process.env };
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-home-'));
  for (const name of identityVariables) delete process.env[name];
  Object.assign(process.env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CEILING_DIRECTORIES: ceiling,
  });
  return {
    home,
    restore() {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
      void fs.rm(home, { recursive: true, force: true });
    },
  };
}

/**
 * Gives each test of the file a fresh temp folder, with git isolated as `isolateGit` does
 * above it; read `folder.path` inside a test. Both are removed after each test.
 */
export function useGitSandbox(): { readonly path: string } {
  const folder = { path: '' };
  let restore = (): void => undefined;
  beforeEach(async () => {
    folder.path = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
    ({ restore } = await isolateGit(path.dirname(folder.path)));
  });
  afterEach(async () => {
    restore();
    await fs.rm(folder.path, { recursive: true, force: true });
  });
  return folder;
}
